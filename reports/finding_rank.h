// Severity ranking of findings, for reports that keep only the most severe ones: the GitHub SARIF
// above GitHub's result limit and the Markdown summary's top findings.
//
// Order: the finding's level (error, then warning, then note); within a level, the security
// severity of the finding's rule as the SARIF writer states it (reports/rule_help.h
// SecuritySeverityText), higher first, rules without one after every rule with one; ties keep
// the order they were given in (ScanResult order). Pure functions; thread-safe.
#ifndef PACKAUDIT_REPORTS_FINDING_RANK_H_
#define PACKAUDIT_REPORTS_FINDING_RANK_H_

#include <vector>

#include "core/finding.h"
#include "rules/rule_spec.h"

namespace packaudit {

// `findings` reordered most severe first (a stable sort). The pointers must outlive the result;
// `rules` gives each rule id's security severity (the first rule with an id wins; unknown ids
// have none).
std::vector<const Finding*> MostSevereFirst(std::vector<const Finding*> findings,
                                            const std::vector<RuleSpec>& rules);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_FINDING_RANK_H_
