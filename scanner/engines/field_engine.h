// FieldEngine: evaluates `[field]` rules (predicates over document paths) on each pack's model.
// Stateless apart from compiled regexes; Scan() is const and thread-safe.
#ifndef PACKAUDIT_ENGINES_FIELD_ENGINE_H_
#define PACKAUDIT_ENGINES_FIELD_ENGINE_H_

#include <memory>
#include <vector>

#include "core/status.h"
#include "engines/emitter.h"
#include "engines/predicate.h"
#include "model/pack.h"

namespace packaudit {

class FieldEngine {
 public:
  static StatusOr<std::unique_ptr<FieldEngine>> Build(const std::vector<const RuleSpec*>& rules);
  void Scan(const Pack& pack, Emitter& emitter) const;

  // Whether predicate `p` holds on `root` (exposed for tests).
  bool Holds(const FieldPredicate& p, const DocNode& root) const {
    return predicates_.Holds(p, root);
  }

 private:
  std::vector<const RuleSpec*> rules_;
  PredicateEvaluator predicates_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_FIELD_ENGINE_H_
