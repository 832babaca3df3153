// RuleSet: every known rule (embedded plus user rule folders), in catalog order, and selection of
// the enabled subset by rule id or area. Immutable after Load(); safe to share between threads.
#ifndef PACKAUDIT_RULES_REGISTRY_H_
#define PACKAUDIT_RULES_REGISTRY_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "rules/rule_spec.h"

namespace packaudit {

class RuleSet {
 public:
  // Embedded rules plus the rules of each folder in `extra_dirs`. A duplicate id is an error.
  static StatusOr<RuleSet> Load(const std::vector<std::string>& extra_dirs);
  // From already-parsed specs (tests). A duplicate id is an error.
  static StatusOr<RuleSet> FromSpecs(std::vector<RuleSpec> specs);

  const std::vector<RuleSpec>& rules() const { return rules_; }
  const RuleSpec* Find(std::string_view id) const;

  // The enabled rules: `select` (ids or areas; empty = all) minus `ignore` (ids or areas), in
  // catalog order. Engine diagnostics (area "engine") stay enabled unless ignored by id.
  // An unknown id or area is an error naming it.
  StatusOr<std::vector<RuleSpec>> Select(const std::vector<std::string>& select,
                                         const std::vector<std::string>& ignore) const;

 private:
  std::vector<RuleSpec> rules_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_RULES_REGISTRY_H_
