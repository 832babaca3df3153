// PrepareScan (shared by `scan` and `baseline write`): config discovery upward from the first
// path, --config, --no-config, flags winning over the file, excludes and waivers handed to the
// scan, severity overrides on the enabled rules, the baseline read, and the scope note.
#include <gtest/gtest.h>

#include <algorithm>

#include "cli/scan_command.h"
#include "unit/walk/temp_dir.h"

namespace packaudit {
namespace {

std::vector<std::string> Ids(const std::vector<RuleSpec>& rules) {
  std::vector<std::string> out;
  for (const RuleSpec& r : rules) out.push_back(r.id);
  return out;
}

bool Has(const std::vector<RuleSpec>& rules, const std::string& id) {
  return std::any_of(rules.begin(), rules.end(), [&](const RuleSpec& r) { return r.id == id; });
}

const RuleSpec* Find(const std::vector<RuleSpec>& rules, const std::string& id) {
  for (const RuleSpec& r : rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

class PrepareScanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    dir_.WriteFile("repo/Packs/Foo/Scripts/S/S.py", "print(1)\n");
  }
  ScanArgs Args() const {
    ScanArgs args;
    args.root = dir_.Sub("repo");
    args.paths = {dir_.Sub("repo/Packs/Foo")};
    return args;
  }
  void Config(const std::string& text) const { dir_.WriteFile("repo/.packaudit.toml", text); }

  testing::TempDir dir_;
};

TEST_F(PrepareScanTest, FindsTheConfigAboveTheFirstPath) {
  Config(R"(select = ["SEC009", "DOC001"]
fail_on = "warning"
max_file_size = 1234
exclude = ["Packs/Foo/test_data"]

[severity]
SEC009 = "note"

[[waiver]]
rules = ["DOC001"]
reason = "Docs live elsewhere."
)");
  auto prepared = PrepareScan(Args(), true);
  ASSERT_TRUE(prepared.ok()) << prepared.status().message();
  const ScanOptions& o = prepared->options;
  EXPECT_EQ(prepared->fail_on, "warning");
  EXPECT_EQ(o.walk.max_file_size, 1234u);
  EXPECT_EQ(o.walk.exclude, std::vector<std::string>{"Packs/Foo/test_data"});
  EXPECT_EQ(o.walk.exclude_source, ".packaudit.toml");
  EXPECT_TRUE(Has(o.rules, "SEC009"));
  EXPECT_TRUE(Has(o.rules, "DOC001"));
  EXPECT_FALSE(Has(o.rules, "SEC003"));
  EXPECT_EQ(Find(o.rules, "SEC009")->severity, Severity::kNote);
  ASSERT_EQ(o.waivers.size(), 1u);
  EXPECT_EQ(o.waivers[0].source, ".packaudit.toml:9");
  EXPECT_EQ(o.scope, std::vector<std::string>{"Packs/Foo"});
  EXPECT_FALSE(o.known_rule_ids.empty());
  EXPECT_EQ(prepared->notes, std::vector<std::string>{"Config: .packaudit.toml"});
}

TEST_F(PrepareScanTest, FlagsWinOverTheFile) {
  Config(R"(select = ["DOC001"]
ignore = ["SEC009", "docs"]
fail_on = "warning"
max_file_size = 1234
)");
  ScanArgs args = Args();
  args.select = {"SEC009,SEC003"};
  args.ignore = {"SEC003"};
  args.fail_on = "none";
  args.max_file_size = 99;
  auto prepared = PrepareScan(args, true);
  ASSERT_TRUE(prepared.ok()) << prepared.status().message();
  EXPECT_EQ(prepared->fail_on, "none");
  EXPECT_EQ(prepared->options.walk.max_file_size, 99u);
  // --select replaced the file's select; the file's ignore does not drop a rule --select names
  // by id; --ignore still applies.
  EXPECT_TRUE(Has(prepared->options.rules, "SEC009"));
  EXPECT_FALSE(Has(prepared->options.rules, "SEC003"));
  EXPECT_FALSE(Has(prepared->options.rules, "DOC001"));
}

TEST_F(PrepareScanTest, FileIgnoreStillAppliesWithAnAreaSelect) {
  Config("ignore = [\"SEC009\"]\n");
  ScanArgs args = Args();
  args.select = {"security"};
  auto prepared = PrepareScan(args, true);
  ASSERT_TRUE(prepared.ok()) << prepared.status().message();
  EXPECT_TRUE(Has(prepared->options.rules, "SEC003"));
  EXPECT_FALSE(Has(prepared->options.rules, "SEC009"));
}

TEST_F(PrepareScanTest, IdPrefixesSelect) {
  ScanArgs args = Args();
  args.no_config = true;
  args.select = {"TLS"};
  auto prepared = PrepareScan(args, true);
  ASSERT_TRUE(prepared.ok()) << prepared.status().message();
  for (const RuleSpec& r : prepared->options.rules) {
    EXPECT_TRUE(r.area == "tls" || r.area == "engine") << r.id;
  }
  EXPECT_GT(prepared->options.rules.size(), 8u);
}

TEST_F(PrepareScanTest, NoConfigSkipsTheSearch) {
  Config("colour = \"blue\"\n");
  ScanArgs args = Args();
  EXPECT_FALSE(PrepareScan(args, true).ok());
  args.no_config = true;
  auto prepared = PrepareScan(args, true);
  ASSERT_TRUE(prepared.ok()) << prepared.status().message();
  EXPECT_TRUE(prepared->notes.empty());
  EXPECT_EQ(prepared->fail_on, "error");
}

TEST_F(PrepareScanTest, ExplicitConfigAndErrors) {
  dir_.WriteFile("ci/strict.toml", "fail_on = \"note\"\n");
  ScanArgs args = Args();
  args.config = dir_.Sub("ci/strict.toml");
  auto prepared = PrepareScan(args, true);
  ASSERT_TRUE(prepared.ok()) << prepared.status().message();
  EXPECT_EQ(prepared->fail_on, "note");
  EXPECT_EQ(prepared->notes, std::vector<std::string>{"Config: " + args.config});

  args.no_config = true;
  auto both = PrepareScan(args, true);
  ASSERT_FALSE(both.ok());
  EXPECT_EQ(both.status().message(), "--config and --no-config cannot be used together");

  args = Args();
  args.no_config = true;
  args.select = {"SEC0009"};
  auto unknown = PrepareScan(args, true);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().message(),
            "--select: unknown rule id or area 'SEC0009' (did you mean SEC009?) (see `packaudit "
            "rules list`)");
}

TEST_F(PrepareScanTest, ConfigRuleErrorsNameTheLine) {
  Config("fail_on = \"error\"\nselect = [\"SEC003\", \"SEC0003\"]\n");
  auto prepared = PrepareScan(Args(), true);
  ASSERT_FALSE(prepared.ok());
  EXPECT_EQ(prepared.status().message().rfind(".packaudit.toml:2: select: unknown rule id or area "
                                              "'SEC0003' (did you mean SEC003?)",
                                              0),
            0u)
      << prepared.status().message();
}

TEST_F(PrepareScanTest, BaselineFromTheFileOrTheFlag) {
  const std::string empty = "{\"version\": 1, \"tool\": \"packaudit\", \"entries\": []}\n";
  dir_.WriteFile("repo/ci/base.json", empty);
  Config("baseline = \"ci/base.json\"\n");
  auto prepared = PrepareScan(Args(), true);
  ASSERT_TRUE(prepared.ok()) << prepared.status().message();
  ASSERT_TRUE(prepared->options.baseline.has_value());
  EXPECT_EQ(prepared->options.baseline->path, "ci/base.json");
  // `baseline write` does not read it.
  auto for_write = PrepareScan(Args(), false);
  ASSERT_TRUE(for_write.ok());
  EXPECT_FALSE(for_write->options.baseline.has_value());

  ScanArgs args = Args();
  args.baseline = dir_.Sub("missing.json");
  auto missing = PrepareScan(args, true);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), args.baseline + ": cannot read baseline file");

  dir_.WriteFile("bad.json", "{\"version\": 1,\n \"tool\": \"packaudit\"}\n");
  args.baseline = dir_.Sub("bad.json");
  auto bad = PrepareScan(args, true);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), args.baseline + ":1: missing \"entries\"");
}

TEST_F(PrepareScanTest, SameRulesWithAnEmptyConfigAsWithout) {
  ScanArgs args = Args();
  args.no_config = true;
  auto without = PrepareScan(args, true);
  Config("");
  auto with = PrepareScan(Args(), true);
  ASSERT_TRUE(without.ok() && with.ok());
  EXPECT_EQ(Ids(with->options.rules), Ids(without->options.rules));
}

}  // namespace
}  // namespace packaudit
