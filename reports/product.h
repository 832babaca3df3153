// Product constants shared by every report writer. Plain constants, thread-safe.
#ifndef PACKAUDIT_REPORTS_PRODUCT_H_
#define PACKAUDIT_REPORTS_PRODUCT_H_

#include <string>
#include <string_view>

namespace packaudit {

// The tool name in every report (SARIF tool.driver.name: part of GitHub's alert identity, so it
// never changes).
inline constexpr char kProductName[] = "packaudit";

// Absolute https URI of the project (SARIF tool.driver.informationUri).
inline constexpr char kProjectHomepage[] = "https://github.com/packaudit/packaudit";

// The documentation page of a rule, e.g. ".../blob/main/docs/rules/SEC001.md".
inline std::string RuleHelpUri(std::string_view rule_id) {
  return std::string(kProjectHomepage) + "/blob/main/docs/rules/" + std::string(rule_id) + ".md";
}

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_PRODUCT_H_
