#include "rules/rule_spec.h"

#include <algorithm>

namespace packaudit {

std::string_view EngineName(EngineKind engine) {
  switch (engine) {
    case EngineKind::kRegex:
      return "regex";
    case EngineKind::kQuery:
      return "query";
    case EngineKind::kField:
      return "field";
    case EngineKind::kDoc:
      return "doc";
    case EngineKind::kBuiltin:
      return "builtin";
  }
  return "builtin";
}

Severity RuleSpec::SeverityFor(const std::string& support_level, bool certified) const {
  Severity result = severity;
  if (!support_level.empty()) {
    auto it = severity_by_support.find(support_level);
    if (it != severity_by_support.end()) result = it->second;
  }
  if (certified) {
    auto it = severity_by_support.find("certified");
    if (it != severity_by_support.end()) result = std::max(result, it->second);
  }
  return result;
}

}  // namespace packaudit
