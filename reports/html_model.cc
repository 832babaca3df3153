#include "reports/html_model.h"

#include <algorithm>
#include <tuple>

namespace packaudit {

HtmlModel BuildHtmlModel(const ScanResult& result) {
  HtmlModel model;
  model.result = &result;
  model.baseline = !result.baseline_path.empty();
  for (const RuleSpec& rule : result.rules) model.rules.emplace(rule.id, &rule);
  model.pack_active.assign(result.packs.size(), SeverityCounts{});
  model.pack_suppressed.assign(result.packs.size(), 0);
  std::map<std::string, size_t, std::less<>> pack_index;  // first pack of each name
  for (size_t i = 0; i < result.packs.size(); ++i) pack_index.emplace(result.packs[i].name, i);

  // Pack groups in pack order, then one for files outside any pack.
  for (size_t i = 0; i < result.packs.size(); ++i) {
    if (pack_index.at(result.packs[i].name) != i) continue;
    HtmlPackGroup group;
    group.pack = result.packs[i].name;
    group.anchor = PackAnchor(i);
    model.groups.push_back(std::move(group));
  }
  std::map<std::string, size_t, std::less<>> group_index;
  for (size_t g = 0; g < model.groups.size(); ++g) group_index.emplace(model.groups[g].pack, g);

  for (const Finding& finding : result.findings) {
    const auto pack = pack_index.find(finding.pack);
    const bool in_pack = !finding.pack.empty() && pack != pack_index.end();
    if (finding.suppressed()) {
      ++model.suppressed;
      if (in_pack) ++model.pack_suppressed[pack->second];
      model.suppressed_findings.push_back(&finding);
      continue;
    }
    if (finding.active()) {
      ++model.active[static_cast<int>(finding.severity)];
      if (in_pack) ++model.pack_active[pack->second][static_cast<int>(finding.severity)];
    } else {
      ++model.baselined;
    }
    const std::string group_name = in_pack ? finding.pack : std::string();
    auto at = group_index.find(group_name);
    if (at == group_index.end()) {
      HtmlPackGroup group;
      group.pack = group_name;
      model.groups.push_back(std::move(group));
      at = group_index.emplace(group_name, model.groups.size() - 1).first;
    }
    HtmlPackGroup& group = model.groups[at->second];
    auto rule = std::find_if(group.rules.begin(), group.rules.end(),
                             [&](const HtmlRuleGroup& r) { return r.rule_id == finding.rule_id; });
    if (rule == group.rules.end()) {
      HtmlRuleGroup added;
      added.rule_id = finding.rule_id;
      const auto spec = model.rules.find(finding.rule_id);
      added.rule = spec == model.rules.end() ? nullptr : spec->second;
      group.rules.push_back(std::move(added));
      rule = group.rules.end() - 1;
    }
    rule->findings.push_back(&finding);
    rule->worst = std::max(rule->worst, finding.severity);
    ++group.count;
    ++model.listed;
  }
  for (HtmlPackGroup& group : model.groups) {
    std::sort(group.rules.begin(), group.rules.end(),
              [](const HtmlRuleGroup& a, const HtmlRuleGroup& b) {
                return std::make_tuple(-static_cast<int>(a.worst), std::string_view(a.rule_id)) <
                       std::make_tuple(-static_cast<int>(b.worst), std::string_view(b.rule_id));
              });
  }
  // Files outside any pack come last.
  std::stable_partition(model.groups.begin(), model.groups.end(), [](const HtmlPackGroup& g) {
    return !g.pack.empty() || !g.anchor.empty();
  });
  return model;
}

std::string_view FindingArea(const HtmlModel& model, const Finding& finding) {
  const auto rule = model.rules.find(finding.rule_id);
  if (rule == model.rules.end() || rule->second->area.empty()) return "other";
  return rule->second->area;
}

std::string_view FindingStatus(const HtmlModel& model, const Finding& finding) {
  if (finding.suppressed()) return "suppressed";
  if (!model.baseline) return "open";
  return finding.baseline_state == BaselineState::kUnchanged ? "baselined" : "new";
}

std::string PackAnchor(size_t index) { return "pack-" + std::to_string(index + 1); }

std::string FindingAnchor(const ScanResult& result, const Finding& finding) {
  return "f-" + std::to_string(&finding - result.findings.data() + 1);
}

std::string CountText(int n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace packaudit
