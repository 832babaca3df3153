#include "rules/rule_spec.h"

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

Severity RuleSpec::SeverityFor(const std::string& support_level) const {
  if (!support_level.empty()) {
    auto it = severity_by_support.find(support_level);
    if (it != severity_by_support.end()) return it->second;
  }
  return severity;
}

}  // namespace packaudit
