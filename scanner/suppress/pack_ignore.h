// `.pack-ignore`, the per-pack file XSOAR authors already use to silence demisto-sdk validations:
// INI-like `[file:NAME]` sections with `ignore=CODE,CODE` lines. Codes that look like packaudit
// rule ids (an area prefix DOC, META, ADOPT, REL, CODE, SEC, TLS, PRIV or ENG, then three digits)
// waive that rule in the pack's files whose basename is NAME; demisto-sdk codes (IN126, BA101...)
// and other sections ([known_words], [tests_format]...) are not ours and are skipped. Never fails:
// malformed lines are skipped. Pure function; thread-safe.
#ifndef PACKAUDIT_SUPPRESS_PACK_IGNORE_H_
#define PACKAUDIT_SUPPRESS_PACK_IGNORE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/source_file.h"

namespace packaudit {

struct PackIgnoreEntry {
  std::string file;  // the section's NAME (a basename)
  std::string code;  // a packaudit-looking rule id
  int line = 0;      // 1-based line of the ignore= line
  Region region;     // the code in the file
};

// Whether `code` looks like a packaudit rule id (one of our area prefixes + 3 digits).
bool IsPackauditCode(std::string_view code);

// The packaudit entries of a `.pack-ignore`, in file order.
std::vector<PackIgnoreEntry> ParsePackIgnore(const SourceFile& file);

}  // namespace packaudit

#endif  // PACKAUDIT_SUPPRESS_PACK_IGNORE_H_
