#include "engines/field_engine.h"

#include <algorithm>

namespace packaudit {
namespace {

void CollectArgs(const DocNode& root, const std::vector<FieldPredicate>& predicates,
                 MessageArgs& args) {
  for (const auto& p : predicates) {
    const DocNode* node = root.Find(p.path);
    args[p.path] = node != nullptr ? std::string(node->Text()) : "";
  }
}

}  // namespace

StatusOr<std::unique_ptr<FieldEngine>> FieldEngine::Build(
    const std::vector<const RuleSpec*>& rules) {
  auto engine = std::unique_ptr<FieldEngine>(new FieldEngine());
  for (const RuleSpec* rule : rules) {
    if (rule->engine != EngineKind::kField) continue;
    engine->rules_.push_back(rule);
    for (const auto* list : {&rule->field.when, &rule->field.require_any}) {
      if (Status st = engine->predicates_.Add(*list, rule->source + ": field"); !st.ok()) return st;
    }
  }
  return engine;
}

void FieldEngine::Scan(const Pack& pack, Emitter& emitter) const {
  for (const RuleSpec* rule : rules_) {
    // Target "pack_metadata" (the only target so far): the pack's metadata object.
    if (pack.metadata == nullptr) continue;
    const DocNode& root = *pack.metadata;
    const FieldSpec& spec = rule->field;
    const bool when = std::all_of(spec.when.begin(), spec.when.end(),
                                  [&](const FieldPredicate& p) { return Holds(p, root); });
    if (!when) continue;
    const bool satisfied = std::any_of(spec.require_any.begin(), spec.require_any.end(),
                                       [&](const FieldPredicate& p) { return Holds(p, root); });
    if (satisfied) continue;
    MessageArgs args{{"pack", pack.name}};
    CollectArgs(root, spec.when, args);
    CollectArgs(root, spec.require_any, args);
    const std::string locate =
        !spec.locate.empty() ? spec.locate
                             : (!spec.when.empty() ? spec.when.front().path
                                                   : spec.require_any.front().path);
    const SourceFile& file = *pack.metadata_file->source;
    // Locate the key (the last path step) under its parent.
    const size_t dot = locate.rfind('.');
    const DocNode* parent = dot == std::string::npos ? &root : root.Find(locate.substr(0, dot));
    const DocNode* key = parent != nullptr
                             ? parent->KeyNode(dot == std::string::npos ? locate
                                                                        : locate.substr(dot + 1))
                             : nullptr;
    const DocNode* value = root.Find(locate);
    if (key != nullptr) {
      const size_t begin = file.OffsetOf(key->position);
      size_t end = file.OffsetOf(value != nullptr && value->end.line == key->position.line
                                     ? value->end
                                     : key->end);
      emitter.AtBytes(*rule, file, begin, std::max(end, begin), args, locate);
    } else {
      emitter.AtLine(*rule, file, 1, args, locate);
    }
  }
}

}  // namespace packaudit
