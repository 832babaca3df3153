// Internal to parse/: where to report a problem found at a byte offset. Pure, thread-safe.
#ifndef PACKAUDIT_PARSE_DIAGNOSTIC_POSITION_H_
#define PACKAUDIT_PARSE_DIAGNOSTIC_POSITION_H_

#include <algorithm>

#include "core/source_file.h"

namespace packaudit {

// The position of `offset`, kept on its line: an offset past the end, or at a line break (as
// "end of input" errors are), is reported just after the line's last character.
inline Position DiagnosticPosition(const SourceFile& file, size_t offset) {
  offset = std::min(offset, file.size());
  const int line = file.LineOf(offset);
  return file.PositionOf(std::min(offset, file.LineEnd(line)));
}

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_DIAGNOSTIC_POSITION_H_
