#include "rules/registry.h"

#include <algorithm>
#include <set>

#include "rules/loader.h"

namespace packaudit {
namespace {

bool CatalogLess(const RuleSpec& a, const RuleSpec& b) {
  const int oa = AreaOrder(a.area);
  const int ob = AreaOrder(b.area);
  if (oa != ob) return oa < ob;
  if (a.area != b.area) return a.area < b.area;
  return a.id < b.id;
}

}  // namespace

StatusOr<RuleSet> RuleSet::FromSpecs(std::vector<RuleSpec> specs) {
  std::sort(specs.begin(), specs.end(), CatalogLess);
  for (size_t i = 1; i < specs.size(); ++i) {
    if (specs[i].id == specs[i - 1].id) {
      return Status::Error(specs[i].source + ":1: id: '" + specs[i].id + "' is already defined in " +
                           specs[i - 1].source);
    }
  }
  RuleSet set;
  set.rules_ = std::move(specs);
  return set;
}

StatusOr<RuleSet> RuleSet::Load(const std::vector<std::string>& extra_dirs) {
  auto embedded = LoadEmbeddedRules();
  if (!embedded.ok()) return embedded.status();
  std::vector<RuleSpec> specs = std::move(embedded).value();
  for (const auto& dir : extra_dirs) {
    auto extra = LoadRuleDir(dir);
    if (!extra.ok()) return extra.status();
    for (auto& spec : extra.value()) specs.push_back(std::move(spec));
  }
  return FromSpecs(std::move(specs));
}

const RuleSpec* RuleSet::Find(std::string_view id) const {
  for (const auto& rule : rules_) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

StatusOr<std::vector<RuleSpec>> RuleSet::Select(const std::vector<std::string>& select,
                                                const std::vector<std::string>& ignore) const {
  std::set<std::string> areas;
  for (const auto& rule : rules_) areas.insert(rule.area);
  auto known = [&](const std::string& token) {
    return areas.count(token) > 0 || Find(token) != nullptr;
  };
  for (const auto* list : {&select, &ignore}) {
    for (const auto& token : *list) {
      if (!known(token)) {
        return Status::Error("unknown rule id or area '" + token +
                             "' (see `packaudit rules list`)");
      }
    }
  }
  auto matches = [](const std::vector<std::string>& tokens, const RuleSpec& rule) {
    return std::any_of(tokens.begin(), tokens.end(), [&](const std::string& token) {
      return token == rule.id || token == rule.area;
    });
  };
  std::vector<RuleSpec> enabled;
  for (const auto& rule : rules_) {
    const bool engine = rule.area == "engine";
    const bool selected = select.empty() || matches(select, rule) || engine;
    const bool ignored = engine ? std::find(ignore.begin(), ignore.end(), rule.id) != ignore.end()
                                : matches(ignore, rule);
    if (selected && !ignored) enabled.push_back(rule);
  }
  return enabled;
}

}  // namespace packaudit
