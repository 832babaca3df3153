// PredicateEvaluator: evaluates FieldPredicates ({path, op, values}) on YAML/JSON documents.
// Regexes of `matches`/`not_matches` predicates are compiled once by Add(); the predicates are
// kept by address, so the RuleSpecs holding them must outlive the evaluator. Holds() is const and
// thread-safe.
#ifndef PACKAUDIT_ENGINES_PREDICATE_H_
#define PACKAUDIT_ENGINES_PREDICATE_H_

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "parse/doc_node.h"
#include "rules/rule_spec.h"

namespace packaudit {

class PredicateEvaluator {
 public:
  // Compiles the regexes of `predicates`; an invalid one is an error naming `source`.
  Status Add(const std::vector<FieldPredicate>& predicates, const std::string& source);

  // Whether `p` holds on `root` (a path step that is absent makes exists/equals/matches false).
  bool Holds(const FieldPredicate& p, const DocNode& root) const;
  // Whether every predicate of `predicates` holds (true for an empty list).
  bool AllHold(const std::vector<FieldPredicate>& predicates, const DocNode& root) const;

 private:
  std::map<const FieldPredicate*, std::unique_ptr<RE2>> regexes_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_PREDICATE_H_
