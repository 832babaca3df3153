#include "engines/scope_filter.h"

#include <algorithm>

namespace packaudit {

StatusOr<ScopeFilter> ScopeFilter::Build(const std::vector<RuleSpec>& rules) {
  ScopeFilter filter;
  for (const RuleSpec& rule : rules) {
    if (Status s = filter.predicates_.Add(rule.scope.unless_item, rule.source + ": scope");
        !s.ok()) {
      return s;
    }
  }
  return filter;
}

bool ScopeFilter::InScope(const RuleSpec& rule, const Item* item) const {
  if (item == nullptr) return true;
  const ScopeSpec& scope = rule.scope;
  if (!scope.item_types.empty() &&
      std::find(scope.item_types.begin(), scope.item_types.end(), ItemTypeName(item->type)) ==
          scope.item_types.end()) {
    return false;
  }
  if (!scope.unless_item.empty() && item->yaml != nullptr && item->yaml->doc &&
      predicates_.AllHold(scope.unless_item, *item->yaml->doc)) {
    return false;
  }
  return true;
}

}  // namespace packaudit
