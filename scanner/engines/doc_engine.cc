#include "engines/doc_engine.h"

namespace packaudit {

StatusOr<std::unique_ptr<DocEngine>> DocEngine::Build(const std::vector<const RuleSpec*>& rules) {
  auto engine = std::unique_ptr<DocEngine>(new DocEngine());
  for (const RuleSpec* rule : rules) {
    if (rule->engine == EngineKind::kDoc) engine->rules_.push_back(rule);
  }
  return engine;
}

void DocEngine::Scan(const Pack& pack, Emitter& emitter) const {
  const ParsedFile* anchor = pack.AnchorFile();
  if (anchor == nullptr) return;
  for (const RuleSpec* rule : rules_) {
    if (rule->doc.check == "pack_files_present") {
      for (const std::string& required : rule->doc.files) {
        if (pack.FileAt(required) != nullptr) continue;
        emitter.AtLine(*rule, *anchor->source, 1, {{"pack", pack.name}, {"file", required}},
                       required);
      }
    }
  }
}

}  // namespace packaudit
