// Internal to parse/: converts many byte offsets of one file to positions without rescanning
// each line from its start (SourceFile::PositionOf), which would be quadratic on a long
// single-line document such as minified JSON. Remembers the last answer and moves from it when
// the next offset is on the same line. Offsets must fall on character boundaries (token starts
// and ends). Not thread-safe: one cursor per parse.
#ifndef PACKAUDIT_PARSE_POSITION_CURSOR_H_
#define PACKAUDIT_PARSE_POSITION_CURSOR_H_

#include <cstddef>

#include "core/source_file.h"

namespace packaudit {

class PositionCursor {
 public:
  explicit PositionCursor(const SourceFile& file) : file_(file) {}

  Position At(size_t offset);

 private:
  const SourceFile& file_;
  bool valid_ = false;
  size_t offset_ = 0;
  Position position_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_POSITION_CURSOR_H_
