// Rule tokens as users write them in --select/--ignore and .packaudit.toml: a rule id ("SEC003"),
// an area ("security") or an id prefix ("SEC": every rule whose id is SEC + digits).
// Pure functions over a loaded RuleSet; thread-safe.
#ifndef PACKAUDIT_CLI_RULE_TOKENS_H_
#define PACKAUDIT_CLI_RULE_TOKENS_H_

#include <map>
#include <string>
#include <vector>

#include "core/severity.h"
#include "rules/registry.h"

namespace packaudit {

enum class RuleTokenKind { kUnknown, kId, kArea, kPrefix };

RuleTokenKind ClassifyRuleToken(const std::string& token, const RuleSet& rules);

// "unknown rule id or area 'X' (did you mean Y?)": names the closest id or area when one is near.
std::string UnknownRuleTokenProblem(const std::string& token, const RuleSet& rules);

// Ids and areas as given; a prefix becomes the ids it covers. Unknown tokens are kept (RuleSet::
// Select reports them).
std::vector<std::string> ExpandRuleTokens(const std::vector<std::string>& tokens,
                                          const RuleSet& rules);

// Whether `token` (an id, area or prefix) covers `rule`.
bool RuleTokenCovers(const std::string& token, const RuleSpec& rule);

// Sets the severity of every rule an override covers and drops its severity_by_support (an
// explicit level wins). Order of precedence: area, then prefix, then id (the most specific wins).
void ApplySeverityOverrides(const std::map<std::string, Severity>& overrides,
                            std::vector<RuleSpec>& rules);

}  // namespace packaudit

#endif  // PACKAUDIT_CLI_RULE_TOKENS_H_
