#include "verdict/verdict.h"

#include <gtest/gtest.h>

namespace packaudit {
namespace {

const std::map<std::string, std::string, std::less<>> kGroups = {
    {"SEC003", "security"},     {"PRIV006", "privacy"},         {"DOC010", "documentation"},
    {"DOC005", "documentation"}, {"META013", "use-case-maturity"}, {"ENG001", "scanner"},
    {"ADOPT003", "adoption"}};

Finding Make(const std::string& id, Severity severity) {
  Finding f;
  f.rule_id = id;
  f.severity = severity;
  f.pack = "Foo";
  return f;
}

PackVerdict Of(const std::vector<Finding>& findings) {
  std::vector<const Finding*> pointers;
  for (const Finding& f : findings) pointers.push_back(&f);
  return ComputeVerdict(pointers, kGroups);
}

const GroupResult& Group(const PackVerdict& v, const std::string& name) {
  for (const GroupResult& g : v.groups) {
    if (g.name == name) return g;
  }
  static const GroupResult kNone;
  ADD_FAILURE() << "no group " << name;
  return kNone;
}

TEST(VerdictTest, NoFindingsIsCertificationReadyWithEveryGroupListed) {
  const PackVerdict v = Of({});
  EXPECT_EQ(v.verdict, Verdict::kCertificationReady);
  ASSERT_EQ(v.groups.size(), RequirementGroups().size());
  for (const GroupResult& g : v.groups) EXPECT_TRUE(g.passed) << g.name;
}

TEST(VerdictTest, SecurityOrPrivacyErrorBlocks) {
  EXPECT_EQ(Of({Make("SEC003", Severity::kError)}).verdict, Verdict::kBlocked);
  EXPECT_EQ(Of({Make("PRIV006", Severity::kError)}).verdict, Verdict::kBlocked);
  // Blocked wins over other failing groups.
  EXPECT_EQ(Of({Make("DOC010", Severity::kError), Make("SEC003", Severity::kError)}).verdict,
            Verdict::kBlocked);
}

TEST(VerdictTest, SecurityWarningDoesNotBlock) {
  const PackVerdict v = Of({Make("SEC003", Severity::kWarning)});
  EXPECT_EQ(v.verdict, Verdict::kCertificationReady);
  EXPECT_TRUE(Group(v, "security").passed);
  EXPECT_EQ(Group(v, "security").warnings, 1);
  EXPECT_EQ(Group(v, "security").rules, std::vector<std::string>{"SEC003"});
  EXPECT_TRUE(Group(v, "security").failing_rules.empty());
}

TEST(VerdictTest, OtherGroupErrorsMeanNotCertified) {
  for (const char* id : {"DOC010", "META013", "ADOPT003", "ENG001"}) {
    const PackVerdict v = Of({Make(id, Severity::kError)});
    EXPECT_EQ(v.verdict, Verdict::kNotCertified) << id;
  }
}

TEST(VerdictTest, GroupsCountAndListSortedUniqueRules) {
  const PackVerdict v = Of({Make("DOC010", Severity::kError), Make("DOC005", Severity::kNote),
                            Make("DOC010", Severity::kError), Make("DOC005", Severity::kWarning)});
  const GroupResult& docs = Group(v, "documentation");
  EXPECT_FALSE(docs.passed);
  EXPECT_EQ(docs.errors, 2);
  EXPECT_EQ(docs.warnings, 1);
  EXPECT_EQ(docs.notes, 1);
  EXPECT_EQ(docs.rules, (std::vector<std::string>{"DOC005", "DOC010"}));
  EXPECT_EQ(docs.failing_rules, std::vector<std::string>{"DOC010"});
}

TEST(VerdictTest, WaivedFindingsDoNotCountBaselinedOnesDo) {
  Finding waived = Make("SEC003", Severity::kError);
  waived.suppressions.push_back({"inSource", "vendor test key", "Packs/Foo/a.py:3"});
  EXPECT_EQ(Of({waived}).verdict, Verdict::kCertificationReady);
  EXPECT_TRUE(Group(Of({waived}), "security").rules.empty());
  // A baseline only keeps old findings from failing the gate: the pack still has them.
  Finding baselined = Make("SEC003", Severity::kError);
  baselined.baseline_state = BaselineState::kUnchanged;
  EXPECT_EQ(Of({baselined}).verdict, Verdict::kBlocked);
  EXPECT_EQ(Group(Of({baselined}), "security").failing_rules, std::vector<std::string>{"SEC003"});
}

TEST(VerdictTest, UnknownRuleCountsNowhere) {
  EXPECT_EQ(Of({Make("XYZ001", Severity::kError)}).verdict, Verdict::kCertificationReady);
}

TEST(VerdictTest, NamesAreTheContract) {
  EXPECT_EQ(VerdictName(Verdict::kBlocked), "blocked");
  EXPECT_EQ(VerdictName(Verdict::kNotCertified), "not-certified");
  EXPECT_EQ(VerdictName(Verdict::kCertificationReady), "certification-ready");
}

}  // namespace
}  // namespace packaudit
