#include "engines/rule_engines.h"

#include <algorithm>


namespace packaudit {

StatusOr<RuleEngines> RuleEngines::Build(const std::vector<RuleSpec>& rules) {
  std::vector<const RuleSpec*> pointers;
  RuleEngines engines;
  for (const RuleSpec& rule : rules) {
    pointers.push_back(&rule);
    if (rule.engine != EngineKind::kBuiltin) continue;
    const BuiltinEntry* entry = FindBuiltin(rule.builtin.name);
    if (entry == nullptr) {
      return Status::Error(rule.source + ":1: builtin.name: unknown builtin '" + rule.builtin.name +
                           "'");
    }
    if (entry->pack != nullptr) engines.pack_checks_.emplace_back(&rule, entry->pack);
    if (entry->file != nullptr) engines.file_checks_.emplace_back(&rule, entry->file);
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

void RuleEngines::ScanFile(const ParsedFile& file, Emitter& emitter,
                           const PackFileContext* pack) const {
  for (FileUnit unit : UnitsOf(file)) {
    unit.pack = pack;
    regex_->Scan(unit, emitter);
    query_->Scan(unit, emitter);
    for (const auto& [rule, check] : file_checks_) {
      if (std::binary_search(rule->file_kinds.begin(), rule->file_kinds.end(), unit.kind)) {
        check(*rule, unit, emitter);
      }
    }
  }
}

void RuleEngines::ScanPack(const Pack& pack, const CheckContext& context,
                           Emitter& emitter) const {
  field_->Scan(pack, emitter);
  doc_->Scan(pack, emitter);
  for (const auto& [rule, check] : pack_checks_) check(*rule, pack, context, emitter);
}

}  // namespace packaudit
