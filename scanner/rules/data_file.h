// Data lists shipped with the rules (rules/data/*: approved values, host lists, ...), embedded
// into the binary with the rule files. Read-only, thread-safe.
#ifndef PACKAUDIT_RULES_DATA_FILE_H_
#define PACKAUDIT_RULES_DATA_FILE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace packaudit {

// The bytes of the embedded file at `path` relative to rules/ ("data/approved-tags.txt").
std::optional<std::string_view> EmbeddedRuleData(std::string_view path);

// The entries of a line list: one entry per line, trimmed; blank lines and lines starting with
// '#' are skipped, and " #" starts a trailing comment.
std::vector<std::string> DataLines(std::string_view text);

}  // namespace packaudit

#endif  // PACKAUDIT_RULES_DATA_FILE_H_
