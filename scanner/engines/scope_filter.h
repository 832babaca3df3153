// ScopeFilter: applies each rule's [scope] (item types, unless_item predicates) to a finding once
// the item holding the finding's file is known. Built once per scan; InScope() is const and
// thread-safe. The RuleSpecs must outlive the filter.
#ifndef PACKAUDIT_ENGINES_SCOPE_FILTER_H_
#define PACKAUDIT_ENGINES_SCOPE_FILTER_H_

#include <vector>

#include "core/status.h"
#include "engines/predicate.h"
#include "model/pack.h"

namespace packaudit {

class ScopeFilter {
 public:
  static StatusOr<ScopeFilter> Build(const std::vector<RuleSpec>& rules);

  // Whether a finding of `rule` in `item` (nullptr: the file belongs to no item) is kept.
  bool InScope(const RuleSpec& rule, const Item* item) const;

 private:
  PredicateEvaluator predicates_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_SCOPE_FILTER_H_
