#include "engines/rule_engines.h"

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

StatusOr<RuleEngines> RuleEngines::Build(const std::vector<RuleSpec>& rules) {
  std::vector<const RuleSpec*> pointers;
  RuleEngines engines;
  for (const RuleSpec& rule : rules) {
    pointers.push_back(&rule);
    if (rule.engine != EngineKind::kBuiltin) continue;
    if (!IsKnownBuiltin(rule.builtin.name)) {
      return Status::Error(rule.source + ":1: builtin.name: unknown builtin '" + rule.builtin.name +
                           "'");
    }
    if (FindPackCheck(rule.builtin.name) != nullptr) engines.builtins_.push_back(&rule);
  }
  auto regex = RegexEngine::Build(pointers);
  if (!regex.ok()) return regex.status();
  auto query = QueryEngine::Build(pointers);
  if (!query.ok()) return query.status();
  auto field = FieldEngine::Build(pointers);
  if (!field.ok()) return field.status();
  auto doc = DocEngine::Build(pointers);
  if (!doc.ok()) return doc.status();
  engines.regex_ = std::move(regex).value();
  engines.query_ = std::move(query).value();
  engines.field_ = std::move(field).value();
  engines.doc_ = std::move(doc).value();
  return engines;
}

void RuleEngines::ScanFile(const ParsedFile& file, Emitter& emitter) const {
  for (const FileUnit& unit : UnitsOf(file)) {
    regex_->Scan(unit, emitter);
    query_->Scan(unit, emitter);
  }
}

void RuleEngines::ScanPack(const Pack& pack, Emitter& emitter) const {
  field_->Scan(pack, emitter);
  doc_->Scan(pack, emitter);
  for (const RuleSpec* rule : builtins_) FindPackCheck(rule->builtin.name)(*rule, pack, emitter);
}

}  // namespace packaudit
