#include "engines/regex_engine.h"

#include <algorithm>

namespace packaudit {
namespace {

constexpr int64_t kSetMemoryBudget = 256 << 20;

RE2::Options PatternOptions(bool case_insensitive) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(!case_insensitive);
  return options;
}

int RegionGroupOf(const RE2& re) {
  const auto& names = re.NamedCapturingGroups();
  for (const char* name : {"secret", "match"}) {
    auto it = names.find(name);
    if (it != names.end()) return it->second;
  }
  return 0;
}

}  // namespace

StatusOr<std::unique_ptr<RegexEngine>> RegexEngine::Build(
    const std::vector<const RuleSpec*>& rules) {
  auto engine = std::unique_ptr<RegexEngine>(new RegexEngine());
  for (const RuleSpec* rule : rules) {
    if (rule->engine != EngineKind::kRegex) continue;
    const int rule_index = static_cast<int>(engine->rules_.size());
    engine->rules_.push_back(rule);
    RuleFilters filters;
    const RE2::Options options = PatternOptions(rule->regex.case_insensitive);
    for (const auto& p : rule->regex.exclude_lines) {
      filters.exclude_lines.push_back(std::make_unique<RE2>(p, options));
    }
    for (const auto& p : rule->regex.exclude_values) {
      filters.exclude_values.push_back(std::make_unique<RE2>(p, options));
    }
    engine->filters_.push_back(std::move(filters));
    for (const auto& pattern : rule->regex.patterns) {
      Pattern compiled;
      compiled.rule = rule;
      compiled.rule_index = rule_index;
      compiled.label = pattern.label;
      compiled.re = std::make_unique<RE2>(pattern.pattern, options);
      if (!compiled.re->ok()) {
        return Status::Error(rule->source + ": regex.patterns: " + compiled.re->error());
      }
      compiled.region_group = RegionGroupOf(*compiled.re);
      engine->patterns_.push_back(std::move(compiled));
    }
  }
  RE2::Options set_options;
  set_options.set_log_errors(false);
  set_options.set_max_mem(kSetMemoryBudget);
  for (int kind = 0; kind < kFileKindCount; ++kind) {
    KindSet& ks = engine->sets_[kind];
    for (size_t i = 0; i < engine->patterns_.size(); ++i) {
      const Pattern& p = engine->patterns_[i];
      const auto& kinds = p.rule->file_kinds;
      if (!std::binary_search(kinds.begin(), kinds.end(), static_cast<FileKind>(kind))) continue;
      if (!ks.set) ks.set = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
      std::string error;
      const std::string pattern =
          (p.rule->regex.case_insensitive ? "(?i)" : "") + p.re->pattern();
      if (ks.set->Add(pattern, &error) < 0) {
        return Status::Error(p.rule->source + ": regex.patterns: " + error);
      }
      ks.patterns.push_back(static_cast<int>(i));
    }
    if (ks.set && !ks.set->Compile()) {
      return Status::Error("regex rules for file kind '" +
                           std::string(FileKindName(static_cast<FileKind>(kind))) +
                           "' exceed the RE2 memory budget");
    }
  }
  return engine;
}

void RegexEngine::Scan(const FileUnit& unit, Emitter& emitter) const {
  const KindSet& ks = sets_[static_cast<int>(unit.kind)];
  if (!ks.set) return;
  const std::string_view text = unit.text->text();
  std::vector<int> hits;
  if (!ks.set->Match(text, &hits)) return;
  std::sort(hits.begin(), hits.end());
  std::vector<int> reported(rules_.size(), 0);  // matches reported per rule
  for (int hit : hits) {
    const Pattern& p = patterns_[ks.patterns[hit]];
    const RuleFilters& filters = filters_[p.rule_index];
    const int groups = p.re->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> match(groups + 1);
    size_t pos = 0;
    while (pos <= text.size() && reported[p.rule_index] < p.rule->regex.max_per_file) {
      if (!p.re->Match(text, pos, text.size(), RE2::UNANCHORED, match.data(), groups + 1)) break;
      const re2::StringPiece whole = match[0];
      re2::StringPiece region = match[p.region_group];
      if (region.data() == nullptr) region = whole;
      const size_t begin = static_cast<size_t>(region.data() - text.data());
      const size_t end = begin + region.size();
      const size_t whole_end = static_cast<size_t>(whole.data() - text.data()) + whole.size();
      pos = whole.empty() ? whole_end + 1 : whole_end;

      const std::string_view value(region.data(), region.size());
      bool excluded = std::any_of(filters.exclude_values.begin(), filters.exclude_values.end(),
                                  [&](const auto& re) { return RE2::PartialMatch(value, *re); });
      if (!excluded && !filters.exclude_lines.empty()) {
        const int line = unit.text->LineOf(begin);
        const std::string_view line_text = unit.text->Line(line);
        excluded = std::any_of(filters.exclude_lines.begin(), filters.exclude_lines.end(),
                               [&](const auto& re) { return RE2::PartialMatch(line_text, *re); });
      }
      if (excluded) continue;
      ++reported[p.rule_index];
      MessageArgs args{{"kind", p.label}};
      emitter.AtBytes(*p.rule, *unit.file, unit.MapOffset(begin),
                      unit.MapOffset(end > begin ? end - 1 : begin) + (end > begin ? 1 : 0), args,
                      std::string(value));
    }
  }
}

}  // namespace packaudit
