// Diagnostic: a problem the scanner met while reading or parsing a file. The scan pipeline turns
// each into an ENG finding (and a SARIF tool notification); a diagnostic never aborts a scan.
#ifndef PACKAUDIT_PARSE_DIAGNOSTIC_H_
#define PACKAUDIT_PARSE_DIAGNOSTIC_H_

#include <string>

#include "core/source_file.h"

namespace packaudit {

struct Diagnostic {
  std::string rule_id;  // an ENG rule id, e.g. "ENG001" (parse error)
  Position position;    // 1-based line, UTF-16 column, in the file that has the problem
  std::string message;  // "YAML parse error: ..."; never contains secrets
};

// ENG rule ids (rules/engine/ENG*.toml describe them).
inline constexpr const char kEngParseError[] = "ENG001";    // YAML/JSON/Markdown could not be parsed
inline constexpr const char kEngCodeSyntax[] = "ENG002";    // code has syntax errors (rules still ran)
inline constexpr const char kEngTooLarge[] = "ENG003";      // file over the size limit, skipped
inline constexpr const char kEngBinary[] = "ENG004";        // a text-kind file holds binary data
inline constexpr const char kEngInvalidUtf8[] = "ENG005";   // text file is not valid UTF-8
inline constexpr const char kEngSymlink[] = "ENG006";       // symlink loop or link out of the root
inline constexpr const char kEngUnreadable[] = "ENG007";    // I/O error reading a file or folder

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_DIAGNOSTIC_H_
