// Baselines: the file format round-trips byte for byte and never stores matched text; matching
// counts occurrences (one baselined finding never hides a second identical one), follows code
// that moves, flags edited text as new, counts what disappeared, skips waived findings; a
// malformed file is an error naming the file, line and problem; RunScan applies a baseline.
#include "scan/baseline.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "rules/registry.h"
#include "scan/finalize.h"
#include "scan/scanner.h"

namespace packaudit {
namespace {

Finding Make(const std::string& rule, const std::string& path, int line, const std::string& text,
             const std::string& message = "Something is wrong.") {
  Finding f;
  f.rule_id = rule;
  f.path = path;
  f.region = {line, 1, line, 10};
  f.message = message;
  f.match_text = text;
  return f;
}

// Findings as the pipeline leaves them: sorted, fingerprinted.
std::vector<Finding> Finalized(std::vector<Finding> findings) {
  SortAndFingerprint(findings);
  return findings;
}

Baseline RoundTrip(const std::vector<Finding>& findings) {
  auto parsed = ParseBaseline(RenderBaseline(MakeBaseline(findings)), "baseline.json");
  EXPECT_TRUE(parsed.ok()) << parsed.status().message();
  return parsed.ok() ? parsed.value() : Baseline{};
}

std::vector<BaselineState> States(const std::vector<Finding>& findings) {
  std::vector<BaselineState> out;
  for (const Finding& f : findings) out.push_back(f.baseline_state);
  return out;
}

constexpr BaselineState kNew = BaselineState::kNew;
constexpr BaselineState kUnchanged = BaselineState::kUnchanged;

TEST(BaselineTest, FingerprintHashDropsTheOccurrence) {
  EXPECT_EQ(FingerprintHash("0123456789abcdef:3"), "0123456789abcdef");
  EXPECT_EQ(FingerprintHash("0123456789abcdef"), "0123456789abcdef");
}

TEST(BaselineTest, FileIsSortedDeterministicAndRoundTrips) {
  const auto findings =
      Finalized({Make("SEC003", "b.py", 4, "token = 'x'"), Make("DOC001", "a.md", 1, "intro"),
                 Make("SEC003", "b.py", 9, "token = 'x'"),
                 Make("SEC009", "b.py", 2, "eval(x)", "Say \"no\" to eval.")});
  const Baseline baseline = MakeBaseline(findings);
  ASSERT_EQ(baseline.entries.size(), 3u);
  EXPECT_EQ(baseline.entries[0].path, "a.md");
  EXPECT_EQ(baseline.entries[1].rule_id, "SEC003");
  EXPECT_EQ(baseline.entries[1].count, 2);
  EXPECT_EQ(baseline.entries[1].fingerprint, FingerprintHash(findings[2].fingerprint));
  EXPECT_EQ(baseline.entries[2].rule_id, "SEC009");

  const std::string text = RenderBaseline(baseline);
  EXPECT_EQ(text.rfind("{\n  \"version\": 1,\n  \"tool\": \"packaudit\",\n  \"entries\": [\n", 0),
            0u)
      << text;
  EXPECT_NE(text.find("\"message\": \"Say \\\"no\\\" to eval.\""), std::string::npos) << text;
  // Shuffled input gives the same bytes.
  auto reversed = findings;
  std::reverse(reversed.begin(), reversed.end());
  EXPECT_EQ(RenderBaseline(MakeBaseline(reversed)), text);

  auto parsed = ParseBaseline(text, "base.json");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->path, "base.json");
  EXPECT_EQ(parsed->entries, baseline.entries);
  EXPECT_EQ(RenderBaseline(*parsed), text);
}

TEST(BaselineTest, EmptyBaselineIsValid) {
  const std::string text = RenderBaseline(Baseline{});
  EXPECT_EQ(text, "{\n  \"version\": 1,\n  \"tool\": \"packaudit\",\n  \"entries\": []\n}\n");
  auto parsed = ParseBaseline(text, "b.json");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_TRUE(parsed->entries.empty());
}

TEST(BaselineTest, MatchedTextIsNeverStored) {
  const auto findings = Finalized({Make("SEC003", "a.py", 1, "AKIAIOSFODNN7EXAMPLE")});
  const std::string text = RenderBaseline(MakeBaseline(findings));
  EXPECT_EQ(text.find("AKIAIOSFODNN7EXAMPLE"), std::string::npos) << text;
}

TEST(BaselineTest, OneBaselinedFindingNeverHidesASecondIdenticalOne) {
  const Baseline baseline = RoundTrip(Finalized({Make("SEC003", "a.py", 3, "key = 'abc'")}));
  auto now = Finalized(
      {Make("SEC003", "a.py", 3, "key = 'abc'"), Make("SEC003", "a.py", 7, "key = 'abc'")});
  EXPECT_EQ(ApplyBaseline(baseline, now), 0);
  EXPECT_EQ(States(now), (std::vector<BaselineState>{kUnchanged, kNew}));
  EXPECT_FALSE(now[0].active());
  EXPECT_TRUE(now[1].active());
}

TEST(BaselineTest, MovedCodeStaysUnchanged) {
  const Baseline baseline = RoundTrip(
      Finalized({Make("SEC009", "a.py", 3, "eval(x)"), Make("SEC009", "a.py", 5, "eval(x)")}));
  // Ten lines inserted above; runs of whitespace around the match are normalised.
  auto now =
      Finalized({Make("SEC009", "a.py", 13, "eval(x)"), Make("SEC009", "a.py", 15, "  eval(x)\n")});
  EXPECT_EQ(ApplyBaseline(baseline, now), 0);
  EXPECT_EQ(States(now), (std::vector<BaselineState>{kUnchanged, kUnchanged}));
}

TEST(BaselineTest, EditedTextBecomesNewAndTheOldEntryAbsent) {
  const Baseline baseline = RoundTrip(Finalized({Make("SEC009", "a.py", 3, "eval(x)")}));
  auto now = Finalized({Make("SEC009", "a.py", 3, "eval(y)")});
  EXPECT_EQ(ApplyBaseline(baseline, now), 1);
  EXPECT_EQ(States(now), (std::vector<BaselineState>{kNew}));
}

TEST(BaselineTest, SameTextInAnotherFileOrRuleIsNew) {
  const Baseline baseline = RoundTrip(Finalized({Make("SEC009", "a.py", 3, "eval(x)")}));
  auto now =
      Finalized({Make("SEC009", "b.py", 3, "eval(x)"), Make("SEC010", "a.py", 3, "eval(x)")});
  EXPECT_EQ(ApplyBaseline(baseline, now), 1);
  EXPECT_EQ(States(now), (std::vector<BaselineState>{kNew, kNew}));
}

TEST(BaselineTest, AbsentCountsEveryBaselinedFindingThatIsGone) {
  const Baseline baseline = RoundTrip(
      Finalized({Make("SEC009", "a.py", 3, "eval(x)"), Make("SEC009", "a.py", 4, "eval(x)"),
                 Make("SEC009", "a.py", 5, "eval(x)"), Make("DOC001", "README.md", 1, "intro")}));
  auto now = Finalized({Make("SEC009", "a.py", 3, "eval(x)")});
  EXPECT_EQ(ApplyBaseline(baseline, now), 3);
  EXPECT_EQ(States(now), (std::vector<BaselineState>{kUnchanged}));
}

TEST(BaselineTest, WaivedFindingsAreNeitherRecordedNorMatched) {
  auto findings = Finalized({Make("SEC009", "a.py", 3, "eval(x)")});
  findings[0].suppressions.push_back({"inSource", "reviewed", "a.py:2"});
  EXPECT_TRUE(MakeBaseline(findings).entries.empty());

  const Baseline baseline = RoundTrip(Finalized({Make("SEC009", "a.py", 3, "eval(x)")}));
  EXPECT_EQ(ApplyBaseline(baseline, findings), 1);
  EXPECT_EQ(findings[0].baseline_state, BaselineState::kNone);
}

TEST(BaselineTest, DuplicateEntriesAddUp) {
  const std::string entry =
      R"({"rule_id": "SEC009", "path": "a.py", "fingerprint": "0123456789abcdef", "count": 1})";
  auto parsed = ParseBaseline(
      R"({"version": 1, "tool": "packaudit", "entries": [)" + entry + ", " + entry + "]}",
      "b.json");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  ASSERT_EQ(parsed->entries.size(), 1u);
  EXPECT_EQ(parsed->entries[0].count, 2);
  EXPECT_EQ(parsed->entries[0].message, "");
}

struct MalformedCase {
  const char* text;
  const char* error;
};

class MalformedBaselineTest : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(MalformedBaselineTest, IsAnErrorNamingFileLineAndProblem) {
  auto parsed = ParseBaseline(GetParam().text, "ci/baseline.json");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().message().rfind(GetParam().error, 0), 0u) << parsed.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MalformedBaselineTest,
    ::testing::Values(
        MalformedCase{"", "ci/baseline.json:1: not a valid baseline file"},
        MalformedCase{"{\n  \"version\": 1,\n  \"entries\": [\n", "ci/baseline.json:"},
        MalformedCase{"[]", "ci/baseline.json:1: a baseline file must be a JSON object"},
        MalformedCase{R"({"tool": "packaudit", "entries": []})",
                      "ci/baseline.json:1: missing \"version\""},
        MalformedCase{"{\n\"version\": 2, \"tool\": \"packaudit\", \"entries\": []}",
                      "ci/baseline.json:2: version: unsupported baseline version '2' (allowed: 1)"},
        MalformedCase{R"({"version": "1", "tool": "packaudit", "entries": []})",
                      "ci/baseline.json:1: version: unsupported"},
        MalformedCase{R"({"version": 1, "tool": "other", "entries": []})",
                      "ci/baseline.json:1: tool: must be \"packaudit\""},
        MalformedCase{R"({"version": 1, "tool": "packaudit"})",
                      "ci/baseline.json:1: missing \"entries\""},
        MalformedCase{R"({"version": 1, "tool": "packaudit", "entries": {}})",
                      "ci/baseline.json:1: entries: must be an array"},
        MalformedCase{"{\"version\": 1, \"tool\": \"packaudit\", \"entries\": [\n  42]}",
                      "ci/baseline.json:2: entries[0]: must be an object"},
        MalformedCase{
            "{\"version\": 1, \"tool\": \"packaudit\", \"entries\": [\n"
            "  {\"path\": \"a.py\", \"fingerprint\": \"0123456789abcdef\", \"count\": 1}]}",
            "ci/baseline.json:2: entries[0]: missing \"rule_id\""},
        MalformedCase{"{\"version\": 1, \"tool\": \"packaudit\", \"entries\": [\n"
                      "  {\"rule_id\": \"SEC009\", \"path\": \"a.py\",\n"
                      "   \"fingerprint\": \"0123456789abcdef:1\", \"count\": 1}]}",
                      "ci/baseline.json:3: entries[0].fingerprint: must be 16 lower-case hex"},
        MalformedCase{"{\"version\": 1, \"tool\": \"packaudit\", \"entries\": [\n"
                      "  {\"rule_id\": \"SEC009\", \"path\": \"a.py\",\n"
                      "   \"fingerprint\": \"0123456789abcdef\", \"count\": 0}]}",
                      "ci/baseline.json:3: entries[0].count: must be a positive integer"},
        MalformedCase{"{\"version\": 1, \"tool\": \"packaudit\", \"entries\": [\n"
                      "  {\"rule_id\": \"SEC009\", \"path\": \"a.py\",\n"
                      "   \"fingerprint\": \"0123456789abcdef\", \"count\": \"2\"}]}",
                      "ci/baseline.json:3: entries[0].count: must be a positive integer"},
        MalformedCase{"{\"version\": 1, \"tool\": \"packaudit\", \"entries\": [\n"
                      "  {\"rule_id\": 7, \"path\": \"a.py\",\n"
                      "   \"fingerprint\": \"0123456789abcdef\", \"count\": 1}]}",
                      "ci/baseline.json:2: entries[0].rule_id: must be a non-empty string"}));

TEST(BaselineTest, RunScanMarksBaselinedFindingsUnchanged) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/a.py", "x = eval(data)\n");
  auto rules = RuleSet::Load({});
  ASSERT_TRUE(rules.ok());
  ScanOptions options;
  options.inputs = {"/repo"};
  options.scope = {"."};
  options.display_root = "/repo";
  options.rules = rules->Select({"SEC009"}, {}).value();
  auto first = RunScan(fs, options);
  ASSERT_TRUE(first.ok()) << first.status().message();
  ASSERT_EQ(first->findings.size(), 1u);
  EXPECT_EQ(first->findings[0].baseline_state, BaselineState::kNone);
  EXPECT_EQ(first->baseline_path, "");

  Baseline baseline = MakeBaseline(first->findings);
  baseline.path = "baseline.json";
  fs.AddFile("/repo/a.py", "import os\n\nx = eval(data)\ny = eval(data)\n");
  options.baseline = baseline;
  auto second = RunScan(fs, options);
  ASSERT_TRUE(second.ok()) << second.status().message();
  ASSERT_EQ(second->findings.size(), 2u);
  EXPECT_EQ(States(second->findings), (std::vector<BaselineState>{kUnchanged, kNew}));
  EXPECT_EQ(second->baseline_path, "baseline.json");
  EXPECT_EQ(second->baseline_absent, 0);
}

}  // namespace
}  // namespace packaudit
