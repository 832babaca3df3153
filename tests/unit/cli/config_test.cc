// .packaudit.toml parsing: every key, every error with its line and the allowed values, rule
// tokens checked against the loaded rules (with a suggestion), severity overrides, waivers for
// the suppression pass, and discovery upward from a folder.
#include "cli/config.h"

#include <gtest/gtest.h>

#include "cli/rule_tokens.h"
#include "unit/walk/temp_dir.h"

namespace packaudit {
namespace {

namespace fs = std::filesystem;

const RuleSet& Rules() {
  static const RuleSet* rules = [] {
    auto loaded = RuleSet::Load({});
    EXPECT_TRUE(loaded.ok());
    return new RuleSet(std::move(loaded).value());
  }();
  return *rules;
}

StatusOr<ConfigFile> Parse(const std::string& text) {
  return ParseConfig(text, ".packaudit.toml", "/repo");
}

std::string ErrorOf(const std::string& text) {
  auto config = Parse(text);
  if (config.ok()) {
    Status s = CheckConfigRules(*config, Rules());
    return s.ok() ? "(no error)" : s.message();
  }
  return config.status().message();
}

TEST(ConfigTest, EveryKey) {
  auto config = Parse(R"(select = ["security", "DOC001"]
ignore = ["REL002", "SEC"]
fail_on = "warning"
rules = ["custom-rules", "../shared/rules"]
max_file_size = 1000
exclude = ["Packs/Old", "**/test_data/**"]
baseline = "ci/packaudit-baseline.json"

[severity]
SEC010 = "warning"
docs = "note"

[[waiver]]
rules = ["DOC001", "PRIV"]
paths = ["Packs/Legacy/**"]
reason = "Legacy pack."

[[waiver]]
rules = ["SEC009"]
reason = "Reviewed."
)");
  ASSERT_TRUE(config.ok()) << config.status().message();
  EXPECT_EQ(config->name, ".packaudit.toml");
  ASSERT_EQ(config->select.size(), 2u);
  EXPECT_EQ(config->select[0].value, "security");
  EXPECT_EQ(config->select[1].value, "DOC001");
  EXPECT_EQ(config->select[1].line, 1);
  ASSERT_EQ(config->ignore.size(), 2u);
  EXPECT_EQ(config->ignore[1].value, "SEC");
  EXPECT_EQ(config->ignore[1].line, 2);
  EXPECT_EQ(config->fail_on, "warning");
  EXPECT_EQ(config->rule_dirs, (std::vector<std::string>{"/repo/custom-rules", "/shared/rules"}));
  EXPECT_EQ(config->max_file_size, 1000u);
  EXPECT_EQ(config->exclude, (std::vector<std::string>{"Packs/Old", "**/test_data/**"}));
  EXPECT_EQ(config->baseline, "/repo/ci/packaudit-baseline.json");
  ASSERT_EQ(config->severity.size(), 2u);
  EXPECT_EQ(config->severity.at("SEC010").value, "warning");
  EXPECT_EQ(config->severity.at("SEC010").line, 10);
  EXPECT_EQ(config->severity.at("docs").value, "note");
  ASSERT_EQ(config->waivers.size(), 2u);
  EXPECT_EQ(config->waivers[0].line, 13);
  EXPECT_EQ(config->waivers[0].rules.size(), 2u);
  EXPECT_EQ(config->waivers[0].paths, std::vector<std::string>{"Packs/Legacy/**"});
  EXPECT_EQ(config->waivers[0].reason, "Legacy pack.");
  EXPECT_EQ(config->waivers[1].line, 18);
  EXPECT_TRUE(config->waivers[1].paths.empty());
  EXPECT_TRUE(CheckConfigRules(*config, Rules()).ok());

  const auto waivers = ScanWaivers(*config, Rules());
  ASSERT_EQ(waivers.size(), 2u);
  EXPECT_EQ(waivers[0].source, ".packaudit.toml:13");
  EXPECT_EQ(waivers[0].reason, "Legacy pack.");
  EXPECT_EQ(waivers[0].rules.front(), "DOC001");
  EXPECT_GT(waivers[0].rules.size(), 2u);  // PRIV expanded to the privacy rule ids
  for (const auto& id : waivers[0].rules) {
    EXPECT_TRUE(id == "DOC001" || id.rfind("PRIV", 0) == 0) << id;
  }
  EXPECT_EQ(waivers[1].source, ".packaudit.toml:18");
}

TEST(ConfigTest, EmptyFileIsAllDefaults) {
  auto config = Parse("# nothing\n");
  ASSERT_TRUE(config.ok());
  EXPECT_TRUE(config->select.empty() && config->ignore.empty() && config->rule_dirs.empty() &&
              config->exclude.empty() && config->severity.empty() && config->waivers.empty());
  EXPECT_FALSE(config->fail_on || config->max_file_size || config->baseline);
}

struct ErrorCase {
  const char* text;
  const char* error;
};

class ConfigErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ConfigErrorTest, NamesFileLineKeyAndAllowedValues) {
  EXPECT_EQ(ErrorOf(GetParam().text), GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ConfigErrorTest,
    ::testing::Values(
        ErrorCase{
            "select = [\"SEC\"]\ncolour = \"blue\"\n",
            ".packaudit.toml:2: colour: unknown key (allowed: select, ignore, fail_on, rules, "
            "max_file_size, exclude, baseline, severity, waiver)"},
        ErrorCase{"\nfail_on = \"sometimes\"\n",
                  ".packaudit.toml:2: fail_on: not a gate level (allowed: error, warning, note, "
                  "none)"},
        ErrorCase{"fail_on = 1\n",
                  ".packaudit.toml:1: fail_on: not a gate level (allowed: error, warning, note, "
                  "none)"},
        ErrorCase{"max_file_size = 0\n",
                  ".packaudit.toml:1: max_file_size: must be a positive number of bytes (allowed: "
                  "an integer such as 5242880)"},
        ErrorCase{"max_file_size = \"5MB\"\n",
                  ".packaudit.toml:1: max_file_size: must be a positive number of bytes (allowed: "
                  "an integer such as 5242880)"},
        ErrorCase{"select = \"SEC003\"\n",
                  ".packaudit.toml:1: select: must be an array of strings (allowed: [\"...\"])"},
        ErrorCase{"exclude = [\n  \"a\",\n  3,\n]\n",
                  ".packaudit.toml:3: exclude: must be an array of non-empty strings (allowed: "
                  "[\"...\"])"},
        ErrorCase{"rules = [\"\"]\n",
                  ".packaudit.toml:1: rules: must be an array of non-empty strings (allowed: "
                  "[\"...\"])"},
        ErrorCase{"baseline = \"\"\n",
                  ".packaudit.toml:1: baseline: must be a non-empty string (allowed: a baseline "
                  "file relative to the config file)"},
        ErrorCase{"severity = \"high\"\n",
                  ".packaudit.toml:1: severity: must be a table (allowed: [severity] with ID = "
                  "\"error|warning|note\")"},
        ErrorCase{"[severity]\nSEC010 = \"high\"\n",
                  ".packaudit.toml:2: severity.SEC010: not a severity (allowed: error, warning, "
                  "note)"},
        ErrorCase{"waiver = \"x\"\n",
                  ".packaudit.toml:1: waiver: must be an array of tables (allowed: [[waiver]] with "
                  "rules, paths, reason)"},
        ErrorCase{"[[waiver]]\nrules = [\"DOC001\"]\n",
                  ".packaudit.toml:1: waiver: missing reason (allowed: reason = \"why these "
                  "findings are accepted\")"},
        ErrorCase{"\n[[waiver]]\nreason = \"x\"\n",
                  ".packaudit.toml:2: waiver: missing rules (allowed: rules = [\"ID or area\", "
                  "...])"},
        ErrorCase{"[[waiver]]\nrules = []\nreason = \"x\"\n",
                  ".packaudit.toml:2: waiver.rules: must not be empty (allowed: [\"...\"])"},
        ErrorCase{"[[waiver]]\nrules = [\"DOC001\"]\nreason = \"\"\n",
                  ".packaudit.toml:3: waiver.reason: must be a non-empty string (allowed: a "
                  "sentence saying why)"},
        ErrorCase{"[[waiver]]\nrules = [\"DOC001\"]\nreason = \"x\"\nfiles = [\"a\"]\n",
                  ".packaudit.toml:4: waiver.files: unknown key (allowed: rules, paths, reason)"},
        // Rule tokens, checked against the loaded rules.
        ErrorCase{"select = [\"SEC003\",\n  \"SEC0003\"]\n",
                  ".packaudit.toml:2: select: unknown rule id or area 'SEC0003' (did you mean "
                  "SEC003?) (allowed: rule ids, areas or id prefixes from `packaudit rules "
                  "list`)"},
        ErrorCase{"ignore = [\"securty\"]\n",
                  ".packaudit.toml:1: ignore: unknown rule id or area 'securty' (did you mean "
                  "security?) (allowed: rule ids, areas or id prefixes from `packaudit rules "
                  "list`)"},
        ErrorCase{"[severity]\nNOPE999 = \"note\"\n",
                  ".packaudit.toml:2: severity.NOPE999: unknown rule id or area 'NOPE999' "
                  "(allowed: rule ids, areas or id prefixes from `packaudit rules list`)"},
        ErrorCase{"[[waiver]]\nrules = [\"DOC001\", \"DOCS\"]\nreason = \"x\"\n",
                  ".packaudit.toml:2: waiver.rules: unknown rule id or area 'DOCS' (did you mean "
                  "docs?) (allowed: rule ids, areas or id prefixes from `packaudit rules list`)"}));

TEST(ConfigTest, TomlSyntaxErrorNamesTheLine) {
  const std::string error = ErrorOf("fail_on = \"error\"\nselect = [\"SEC003\"\n");
  EXPECT_EQ(error.rfind(".packaudit.toml:", 0), 0u) << error;
  EXPECT_NE(error.find(": toml: "), std::string::npos) << error;
}

TEST(ConfigTest, SeverityOverridesMostSpecificWinsAndReplaceSupportLevels) {
  auto config = Parse(
      "[severity]\nsecurity = \"note\"\nSEC = \"warning\"\nSEC003 = \"error\"\n"
      "docs = \"note\"\n");
  ASSERT_TRUE(config.ok()) << config.status().message();
  std::vector<RuleSpec> rules = Rules().rules();
  ApplySeverityOverrides(SeverityOverrides(*config), rules);
  int checked = 0;
  for (const RuleSpec& r : rules) {
    if (r.id == "SEC003") {
      EXPECT_EQ(r.severity, Severity::kError);
    } else if (r.id.rfind("SEC", 0) == 0) {
      EXPECT_EQ(r.severity, Severity::kWarning) << r.id;
    } else if (r.area == "security") {
      EXPECT_EQ(r.severity, Severity::kNote) << r.id;
    } else if (r.area == "docs") {
      EXPECT_EQ(r.severity, Severity::kNote) << r.id;
    } else {
      continue;
    }
    EXPECT_TRUE(r.severity_by_support.empty()) << r.id;
    ++checked;
  }
  EXPECT_GT(checked, 20);
  // Rules no override covers keep their levels.
  const RuleSpec* meta = nullptr;
  for (const RuleSpec& r : rules) {
    if (r.area == "metadata" && !r.severity_by_support.empty()) meta = &r;
  }
  if (meta != nullptr) {
    EXPECT_EQ(meta->severity_by_support, Rules().Find(meta->id)->severity_by_support);
  }
}

TEST(ConfigTest, RuleTokens) {
  EXPECT_EQ(ClassifyRuleToken("SEC003", Rules()), RuleTokenKind::kId);
  EXPECT_EQ(ClassifyRuleToken("security", Rules()), RuleTokenKind::kArea);
  EXPECT_EQ(ClassifyRuleToken("SEC", Rules()), RuleTokenKind::kPrefix);
  EXPECT_EQ(ClassifyRuleToken("SE", Rules()), RuleTokenKind::kUnknown);
  EXPECT_EQ(ClassifyRuleToken("SEC00", Rules()), RuleTokenKind::kUnknown);
  const auto expanded = ExpandRuleTokens({"docs", "TLS"}, Rules());
  ASSERT_GT(expanded.size(), 2u);
  EXPECT_EQ(expanded[0], "docs");
  for (size_t i = 1; i < expanded.size(); ++i) EXPECT_EQ(expanded[i].rfind("TLS", 0), 0u);
}

TEST(ConfigTest, FindConfigFileWalksUpFromTheFolder) {
  testing::TempDir dir;
  ASSERT_TRUE(dir.ok());
  dir.WriteFile("repo/.packaudit.toml", "");
  dir.WriteFile("repo/Packs/Foo/Integrations/X/X.py", "");
  dir.WriteFile("repo/Packs/Bar/.packaudit.toml", "");
  EXPECT_EQ(FindConfigFile(dir.Sub("repo/Packs/Foo/Integrations/X")),
            fs::path(dir.Sub("repo/.packaudit.toml")));
  EXPECT_EQ(FindConfigFile(dir.Sub("repo")), fs::path(dir.Sub("repo/.packaudit.toml")));
  EXPECT_EQ(FindConfigFile(dir.Sub("repo/Packs/Bar")),
            fs::path(dir.Sub("repo/Packs/Bar/.packaudit.toml")));
  // A folder named like the file does not count.
  dir.MakeDir("other/.packaudit.toml");
  dir.MakeDir("other/sub");
  const auto none = FindConfigFile(dir.Sub("other/sub"));
  EXPECT_TRUE(!none || none->string().find(dir.path()) == std::string::npos);
}

TEST(ConfigTest, LoadConfigFileResolvesPathsAgainstItsFolder) {
  testing::TempDir dir;
  ASSERT_TRUE(dir.ok());
  dir.WriteFile("repo/ci/packaudit.toml", "rules = [\"rules\"]\nbaseline = \"../base.json\"\n");
  auto config = LoadConfigFile(dir.Sub("repo/ci/packaudit.toml"), "ci/packaudit.toml");
  ASSERT_TRUE(config.ok()) << config.status().message();
  EXPECT_EQ(config->name, "ci/packaudit.toml");
  EXPECT_EQ(config->rule_dirs, std::vector<std::string>{dir.Sub("repo/ci/rules")});
  EXPECT_EQ(config->baseline, dir.Sub("repo/base.json"));
  auto missing = LoadConfigFile(dir.Sub("nope.toml"), "nope.toml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "nope.toml: cannot open config file");
}

}  // namespace
}  // namespace packaudit
