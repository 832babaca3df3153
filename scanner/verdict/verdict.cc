#include "verdict/verdict.h"

#include <algorithm>

namespace packaudit {
namespace {

void AddSorted(std::vector<std::string>& list, const std::string& id) {
  auto it = std::lower_bound(list.begin(), list.end(), id);
  if (it == list.end() || *it != id) list.insert(it, id);
}

}  // namespace

std::string_view VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kBlocked:
      return "blocked";
    case Verdict::kNotCertified:
      return "not-certified";
    case Verdict::kCertificationReady:
      return "certification-ready";
  }
  return "blocked";
}

std::string_view VerdictTitle(Verdict verdict) {
  switch (verdict) {
    case Verdict::kBlocked:
      return "Blocked";
    case Verdict::kNotCertified:
      return "Not certified";
    case Verdict::kCertificationReady:
      return "Certification-ready";
  }
  return "Blocked";
}

const std::vector<std::pair<std::string, std::string>>& RequirementGroups() {
  static const std::vector<std::pair<std::string, std::string>> kGroups = {
      {"security", "Security"},
      {"privacy", "Privacy"},
      {"documentation", "Documentation"},
      {"use-case-maturity", "Use-case maturity"},
      {"coding-practices", "Coding practices"},
      {"support-metadata", "Support & metadata"},
      {"release-hygiene", "Release hygiene"},
      {"adoption", "Adoption"},
      {"scanner", "Scan completeness"},
  };
  return kGroups;
}

std::map<std::string, std::string, std::less<>> GroupsOfRules(const std::vector<RuleSpec>& rules) {
  std::map<std::string, std::string, std::less<>> groups;
  for (const RuleSpec& rule : rules) groups[rule.id] = rule.certification;
  return groups;
}

PackVerdict ComputeVerdict(const std::vector<const Finding*>& findings,
                           const std::map<std::string, std::string, std::less<>>& group_of_rule) {
  PackVerdict verdict;
  for (const auto& [name, title] : RequirementGroups()) {
    GroupResult group;
    group.name = name;
    group.title = title;
    verdict.groups.push_back(std::move(group));
  }
  for (const Finding* f : findings) {
    if (f->suppressed()) continue;  // waived: does not count (baselined findings do)
    auto rule = group_of_rule.find(f->rule_id);
    if (rule == group_of_rule.end()) continue;
    auto group = std::find_if(verdict.groups.begin(), verdict.groups.end(),
                              [&](const GroupResult& g) { return g.name == rule->second; });
    if (group == verdict.groups.end()) continue;
    AddSorted(group->rules, f->rule_id);
    switch (f->severity) {
      case Severity::kError:
        ++group->errors;
        group->passed = false;
        AddSorted(group->failing_rules, f->rule_id);
        break;
      case Severity::kWarning:
        ++group->warnings;
        break;
      case Severity::kNote:
        ++group->notes;
        break;
    }
  }
  bool blocked = false;
  bool failed = false;
  for (const GroupResult& g : verdict.groups) {
    if (g.passed) continue;
    (g.name == "security" || g.name == "privacy" ? blocked : failed) = true;
  }
  verdict.verdict = blocked  ? Verdict::kBlocked
                    : failed ? Verdict::kNotCertified
                             : Verdict::kCertificationReady;
  return verdict;
}

}  // namespace packaudit
