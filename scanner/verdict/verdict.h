// Per-pack certification verdict, computed from a pack's findings and the rules' requirement
// groups (each rule's TOML `certification`). Pure functions; thread-safe.
//
//   Blocked              an unsuppressed security or privacy finding at severity error
//   Not certified        secure, but another group fails (documentation, use-case maturity,
//                        coding practices, support & metadata, release hygiene, adoption, or the
//                        scanner could not examine some of the pack's files)
//   Certification-ready  every group passes (reviewers still do the demo and access review)
//
// A group fails when it holds at least one finding at severity error; warnings and notes are
// listed but do not fail it (rule severities already encode the support level's strictness).
// Waived findings do not count (Finding::suppressed()); findings already in a baseline do: a
// baseline keeps old debt from failing a pull request's gate, but the pack still has it, so its
// certification verdict still shows it. The scan pipeline passes only unwaived findings, and
// ComputeVerdict skips any waived one it is given.
#ifndef PACKAUDIT_VERDICT_VERDICT_H_
#define PACKAUDIT_VERDICT_VERDICT_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "rules/rule_spec.h"

namespace packaudit {

enum class Verdict { kBlocked, kNotCertified, kCertificationReady };

std::string_view VerdictName(Verdict verdict);   // "blocked" | "not-certified" | ...
std::string_view VerdictTitle(Verdict verdict);  // "Blocked" | "Not certified" | ...

struct GroupResult {
  std::string name;   // requirement group id: "security", "documentation", ...
  std::string title;  // "Security", "Support & metadata", ...
  bool passed = true;
  int errors = 0;
  int warnings = 0;
  int notes = 0;
  std::vector<std::string> rules;          // ids of the rules with findings here, sorted
  std::vector<std::string> failing_rules;  // ids of the rules with error findings, sorted
};

struct PackVerdict {
  Verdict verdict = Verdict::kCertificationReady;
  std::vector<GroupResult> groups;  // every group, in RequirementGroups() order
};

// The requirement groups in report order (id, title).
const std::vector<std::pair<std::string, std::string>>& RequirementGroups();

// The verdict of one pack from its findings; `group_of_rule` maps a rule id to its group
// (a finding of an unknown rule counts in no group).
PackVerdict ComputeVerdict(const std::vector<const Finding*>& findings,
                           const std::map<std::string, std::string, std::less<>>& group_of_rule);

// rule id -> requirement group, for the given rules.
std::map<std::string, std::string, std::less<>> GroupsOfRules(const std::vector<RuleSpec>& rules);

}  // namespace packaudit

#endif  // PACKAUDIT_VERDICT_VERDICT_H_
