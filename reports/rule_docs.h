// Rule reference pages (docs/rules/): one Markdown page per rule and an index, generated from the
// rule specs so the docs never drift from the rules (a test compares docs/rules/ with this
// output). Pure functions; deterministic.
#ifndef PACKAUDIT_REPORTS_RULE_DOCS_H_
#define PACKAUDIT_REPORTS_RULE_DOCS_H_

#include <string>
#include <vector>

#include "rules/rule_spec.h"

namespace packaudit {

// docs/rules/<ID>.md
std::string RenderRulePage(const RuleSpec& rule);
// docs/rules/README.md: a table of every rule, in the given (catalog) order.
std::string RenderRuleIndex(const std::vector<RuleSpec>& rules);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_RULE_DOCS_H_
