// Rule loader: parses and validates rule TOML files into RuleSpecs.
//
// Every problem is reported as "<file>:<line>: <field>: <problem>" (the CLI exits 2 with it).
// Validation covers required fields, value ranges, id/area/file-name agreement, regex patterns
// (compiled with RE2) and tree-sitter queries (compiled against their grammar, predicates and
// captures checked). Stateless and thread-safe.
#ifndef PACKAUDIT_RULES_LOADER_H_
#define PACKAUDIT_RULES_LOADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "rules/rule_spec.h"

namespace packaudit {

// Parses one rule. `display_name` names the file in errors and in RuleSpec::source; when it ends
// in "<ID>.toml" the id must equal that stem.
StatusOr<RuleSpec> ParseRuleFile(std::string_view toml_text, const std::string& display_name);

// The rules embedded at build time (rules/**/*.toml), in file order.
StatusOr<std::vector<RuleSpec>> LoadEmbeddedRules();

// Every *.toml file below `dir`, sorted by path.
StatusOr<std::vector<RuleSpec>> LoadRuleDir(const std::string& dir);

// The canonical area order of the catalog; areas not listed sort after these.
int AreaOrder(std::string_view area);

}  // namespace packaudit

#endif  // PACKAUDIT_RULES_LOADER_H_
