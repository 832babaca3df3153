// DocEngine: evaluates `[doc]` rules (checks over a pack's documents and files) on each pack.
// Stateless; Scan() is const and thread-safe.
#ifndef PACKAUDIT_ENGINES_DOC_ENGINE_H_
#define PACKAUDIT_ENGINES_DOC_ENGINE_H_

#include <memory>
#include <vector>

#include "core/status.h"
#include "engines/emitter.h"
#include "model/pack.h"

namespace packaudit {

class DocEngine {
 public:
  static StatusOr<std::unique_ptr<DocEngine>> Build(const std::vector<const RuleSpec*>& rules);
  void Scan(const Pack& pack, Emitter& emitter) const;

 private:
  std::vector<const RuleSpec*> rules_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_DOC_ENGINE_H_
