// `packaudit init`: the starter file loads cleanly and changes nothing (same rules, severities,
// gate and limits as no config at all); its commented examples are valid once uncommented; the
// command refuses to overwrite without --force.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "cli/cli.h"
#include "cli/config.h"
#include "cli/init_command.h"
#include "cli/scan_command.h"
#include "unit/walk/temp_dir.h"

namespace packaudit {
namespace {

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const RuleSet& Rules() {
  static const RuleSet* rules = [] {
    auto loaded = RuleSet::Load({});
    EXPECT_TRUE(loaded.ok());
    return new RuleSet(std::move(loaded).value());
  }();
  return *rules;
}

TEST(InitTest, StarterLoadsCleanlyWithDefaults) {
  auto config = ParseConfig(StarterConfigText(), ".packaudit.toml", "/repo");
  ASSERT_TRUE(config.ok()) << config.status().message();
  EXPECT_TRUE(CheckConfigRules(*config, Rules()).ok());
  EXPECT_TRUE(config->select.empty());
  EXPECT_TRUE(config->ignore.empty());
  EXPECT_EQ(config->fail_on, "error");
  EXPECT_TRUE(config->rule_dirs.empty());
  EXPECT_EQ(config->max_file_size, WalkOptions{}.max_file_size);
  EXPECT_TRUE(config->exclude.empty());
  EXPECT_FALSE(config->baseline.has_value());
  EXPECT_TRUE(config->severity.empty());
  EXPECT_TRUE(config->waivers.empty());
}

TEST(InitTest, StarterMentionsEveryKeyAndNoMachinePath) {
  const std::string& text = StarterConfigText();
  for (const char* key :
       {"select =", "ignore =", "fail_on =", "rules =", "max_file_size =", "exclude =",
        "baseline =", "[severity]", "[[waiver]]", "paths =", "reason ="}) {
    EXPECT_NE(text.find(key), std::string::npos) << key;
  }
  // No absolute path anywhere: every path in the file is relative to it or to the scan root.
  EXPECT_FALSE(std::regex_search(text, std::regex(R"((^|[\s"'=\[])/[A-Za-z])")));
}

TEST(InitTest, CommentedExamplesAreValidOnceUncommented) {
  // Uncomment "# key = value" and "# [[waiver]]" lines.
  const std::regex setting(R"(^# ((\[\[waiver\]\])|([A-Za-z0-9_]+ = .*))$)");
  std::istringstream in(StarterConfigText());
  std::string line;
  std::string text;
  int uncommented = 0;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_match(line, m, setting)) {
      line = m[1];
      ++uncommented;
    }
    text += line + "\n";
  }
  EXPECT_GE(uncommented, 7);
  auto config = ParseConfig(text, ".packaudit.toml", "/repo");
  ASSERT_TRUE(config.ok()) << config.status().message() << "\n" << text;
  EXPECT_TRUE(CheckConfigRules(*config, Rules()).ok());
  EXPECT_TRUE(config->baseline.has_value());
  EXPECT_EQ(config->severity.size(), 2u);
  EXPECT_EQ(config->waivers.size(), 1u);
}

TEST(InitTest, WrittenFileChangesNothing) {
  testing::TempDir dir;
  ASSERT_TRUE(dir.ok());
  dir.WriteFile("repo/Packs/Foo/Scripts/S/S.py", "print(1)\n");
  std::ostringstream out, err;
  ASSERT_EQ(RunInitCommand(dir.Sub("repo"), false, out, err), kExitOk) << err.str();
  EXPECT_EQ(Read(dir.Sub("repo/.packaudit.toml")), StarterConfigText());

  ScanArgs args;
  args.root = dir.Sub("repo");
  args.paths = {dir.Sub("repo/Packs/Foo")};
  auto with = PrepareScan(args, true);
  args.no_config = true;
  auto without = PrepareScan(args, true);
  ASSERT_TRUE(with.ok()) << with.status().message();
  ASSERT_TRUE(without.ok()) << without.status().message();
  EXPECT_EQ(with->notes, std::vector<std::string>{"Config: .packaudit.toml"});
  EXPECT_EQ(with->fail_on, without->fail_on);
  EXPECT_EQ(with->options.walk.max_file_size, without->options.walk.max_file_size);
  EXPECT_EQ(with->options.walk.exclude, without->options.walk.exclude);
  EXPECT_TRUE(with->options.waivers.empty());
  EXPECT_FALSE(with->options.baseline.has_value());
  ASSERT_EQ(with->options.rules.size(), without->options.rules.size());
  for (size_t i = 0; i < with->options.rules.size(); ++i) {
    const RuleSpec& a = with->options.rules[i];
    const RuleSpec& b = without->options.rules[i];
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.severity, b.severity) << a.id;
    EXPECT_EQ(a.severity_by_support, b.severity_by_support) << a.id;
  }
}

TEST(InitTest, RefusesToOverwriteWithoutForce) {
  testing::TempDir dir;
  ASSERT_TRUE(dir.ok());
  dir.WriteFile(".packaudit.toml", "fail_on = \"note\"\n");
  std::ostringstream out, err;
  EXPECT_EQ(RunInitCommand(dir.path(), false, out, err), kExitUsage);
  EXPECT_NE(err.str().find(".packaudit.toml already exists (use --force to overwrite it)"),
            std::string::npos)
      << err.str();
  EXPECT_EQ(Read(dir.Sub(".packaudit.toml")), "fail_on = \"note\"\n");
  EXPECT_EQ(RunInitCommand(dir.path(), true, out, err), kExitOk);
  EXPECT_EQ(Read(dir.Sub(".packaudit.toml")), StarterConfigText());
}

TEST(InitTest, ThroughTheCommandLine) {
  testing::TempDir dir;
  ASSERT_TRUE(dir.ok());
  std::ostringstream out, err;
  const std::string target = dir.path();
  const char* argv[] = {"packaudit", "init", target.c_str()};
  EXPECT_EQ(RunCli(3, argv, out, err), kExitOk) << err.str();
  EXPECT_EQ(RunCli(3, argv, out, err), kExitUsage);
  const char* forced[] = {"packaudit", "init", target.c_str(), "--force"};
  EXPECT_EQ(RunCli(4, forced, out, err), kExitOk) << err.str();
  const std::string missing = dir.Sub("nope");
  const char* bad[] = {"packaudit", "init", missing.c_str()};
  EXPECT_EQ(RunCli(3, bad, out, err), kExitUsage);
}

}  // namespace
}  // namespace packaudit
