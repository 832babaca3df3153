#include "suppress/suppress_pass.h"

#include <gtest/gtest.h>

namespace packaudit {
namespace {

RuleSpec Rule(const std::string& id, const std::string& area, bool inline_waiver = true) {
  RuleSpec r;
  r.id = id;
  r.area = area;
  r.inline_waiver = inline_waiver;
  r.severity = Severity::kWarning;
  return r;
}

Finding At(const std::string& id, const std::string& path, int line) {
  Finding f;
  f.rule_id = id;
  f.path = path;
  f.region = {line, 1, line, 2};
  return f;
}

class SuppressPassTest : public ::testing::Test {
 protected:
  SuppressPassTest() {
    rules_ = {Rule("SEC002", "security"),      Rule("SEC009", "security", false),
              Rule("TLS001", "tls"),           Rule("ENG008", "engine", false),
              Rule("ENG009", "engine", false), Rule("ENG010", "engine", false),
              Rule("ENG011", "engine", false)};
    input_.rules = &rules_;
    input_.known_rule_ids = {"DOC001"};
    input_.pack_root_of = [](const std::string& path) -> std::optional<std::string> {
      if (path.starts_with("Packs/P/")) return "Packs/P";
      return std::nullopt;
    };
  }
  void AddFile(const std::string& path, const std::string& text, FileKind kind) {
    sources_.push_back(std::make_unique<SourceFile>(path, text));
    FileWaivers w;
    w.path = path;
    w.directives = FindInlineDirectives(*sources_.back(), kind);
    if (path.ends_with("/.pack-ignore")) {
      w.is_pack_ignore = true;
      w.pack_root = path.substr(0, path.rfind('/'));
      w.pack_ignore = ParsePackIgnore(*sources_.back());
    }
    input_.files.push_back(std::move(w));
  }
  std::vector<std::string> Problems(const SuppressOutput& out) {
    std::vector<std::string> ids;
    for (const Finding& f : out.problems) {
      ids.push_back(f.rule_id + "@" + f.path + ":" + std::to_string(f.region.start_line));
    }
    return ids;
  }

  std::vector<RuleSpec> rules_;
  std::vector<std::unique_ptr<SourceFile>> sources_;
  SuppressInput input_;
};

TEST_F(SuppressPassTest, InlineWaiverMarksTheFinding) {
  AddFile("Packs/P/a.py", "x = 'a@b.example'  # packaudit: ignore[SEC002] public mailbox\n",
          FileKind::kPython);
  std::vector<Finding> findings = {At("SEC002", "Packs/P/a.py", 1),
                                   At("TLS001", "Packs/P/a.py", 1)};
  const SuppressOutput out = ApplySuppressions(input_, findings);
  ASSERT_EQ(findings.size(), 2u);
  ASSERT_EQ(findings[0].suppressions.size(), 1u);
  EXPECT_EQ(findings[0].suppressions[0],
            (Suppression{"inSource", "public mailbox", "Packs/P/a.py:1"}));
  EXPECT_FALSE(findings[0].active());
  EXPECT_TRUE(findings[1].active());
  EXPECT_TRUE(out.problems.empty());
}

TEST_F(SuppressPassTest, NotInlineWaivableRuleStaysActive) {
  AddFile("Packs/P/a.py", "# packaudit: ignore[SEC009, SEC002] trusted\nx = eval(y)\n",
          FileKind::kPython);
  std::vector<Finding> findings = {At("SEC009", "Packs/P/a.py", 2),
                                   At("SEC002", "Packs/P/a.py", 2)};
  const SuppressOutput out = ApplySuppressions(input_, findings);
  EXPECT_TRUE(findings[0].active());
  EXPECT_FALSE(findings[1].active());
  EXPECT_EQ(Problems(out), (std::vector<std::string>{"ENG011@Packs/P/a.py:1"}));
}

TEST_F(SuppressPassTest, MalformedUnknownAndUnused) {
  AddFile("Packs/P/a.py",
          "x = 1  # packaudit: ignore[SEC002]\n"
          "y = 1  # packaudit: ignore[SEC002, SEC999, DOC001] reason\n"
          "z = 1  # packaudit: ignore[TLS001] reason\n",
          FileKind::kPython);
  std::vector<Finding> findings = {At("SEC002", "Packs/P/a.py", 1),
                                   At("SEC002", "Packs/P/a.py", 2)};
  const SuppressOutput out = ApplySuppressions(input_, findings);
  EXPECT_TRUE(findings[0].active());   // the malformed waiver waives nothing
  EXPECT_FALSE(findings[1].active());  // the unknown id does not stop the others
  // DOC001 exists but is not enabled: not judged.
  EXPECT_EQ(Problems(out),
            (std::vector<std::string>{"ENG008@Packs/P/a.py:1", "ENG009@Packs/P/a.py:2",
                                      "ENG010@Packs/P/a.py:3"}));
}

TEST_F(SuppressPassTest, PackIgnoreByBasename) {
  AddFile("Packs/P/.pack-ignore",
          "[file:a.py]\nignore=IN126,SEC002\n[file:b.py]\nignore=TLS001,SEC998\n",
          FileKind::kPackIgnore);
  std::vector<Finding> findings = {At("SEC002", "Packs/P/Scripts/a/a.py", 3),
                                   At("SEC002", "Packs/Q/Scripts/a/a.py", 3),
                                   At("TLS001", "Packs/P/Scripts/a/a.py", 3)};
  const SuppressOutput out = ApplySuppressions(input_, findings);
  ASSERT_EQ(findings[0].suppressions.size(), 1u);
  EXPECT_EQ(findings[0].suppressions[0],
            (Suppression{"external", ".pack-ignore", "Packs/P/.pack-ignore:2"}));
  EXPECT_TRUE(findings[1].active());  // another pack
  EXPECT_TRUE(findings[2].active());  // another file
  EXPECT_EQ(Problems(out), (std::vector<std::string>{"ENG009@Packs/P/.pack-ignore:4",
                                                     "ENG010@Packs/P/.pack-ignore:4"}));
}

TEST_F(SuppressPassTest, ConfigWaiversByIdAreaAndGlob) {
  input_.config_waivers = {
      {{"SEC009"}, {"Packs/P/**/*.py"}, "reviewed by security", ".packaudit.toml:3"},
      {{"tls"}, {}, "lab network only", ".packaudit.toml:8"},
      {{"SEC002"}, {"Packs/Other"}, "stale", ".packaudit.toml:12"},
      {{"DOC001"}, {}, "docs not scanned", ".packaudit.toml:15"}};
  std::vector<Finding> findings = {At("SEC009", "Packs/P/Scripts/a/a.py", 3),
                                   At("SEC009", "loose/a.py", 3), At("TLS001", "loose/a.py", 4)};
  const SuppressOutput out = ApplySuppressions(input_, findings);
  EXPECT_EQ(findings[0].suppressions,
            (std::vector<Suppression>{{"external", "reviewed by security", ".packaudit.toml:3"}}));
  EXPECT_TRUE(findings[1].active());
  EXPECT_EQ(findings[2].suppressions[0].source, ".packaudit.toml:8");
  // The config file was not scanned: the unused waiver of an enabled rule is a note.
  EXPECT_TRUE(out.problems.empty());
  ASSERT_EQ(out.notes.size(), 1u);
  EXPECT_NE(out.notes[0].find(".packaudit.toml:12"), std::string::npos);
}

TEST_F(SuppressPassTest, UnusedConfigWaiverOnAScannedConfigFile) {
  SourceFile config(".packaudit.toml", "[[waiver]]\nrules = [\"SEC002\"]\nreason = \"x\"\n");
  input_.sources[".packaudit.toml"] = &config;
  input_.config_waivers = {{{"SEC002"}, {}, "x", ".packaudit.toml:1"}};
  std::vector<Finding> findings;
  const SuppressOutput out = ApplySuppressions(input_, findings);
  EXPECT_EQ(Problems(out), (std::vector<std::string>{"ENG010@.packaudit.toml:1"}));
  EXPECT_TRUE(out.notes.empty());
}

TEST_F(SuppressPassTest, ExistingSuppressionsAreKept) {
  std::vector<Finding> findings = {At("SEC002", "Packs/P/a.py", 1)};
  findings[0].suppressions.push_back({"external", ".secrets-ignore", "Packs/P/.secrets-ignore:2"});
  input_.config_waivers = {{{"SEC002"}, {}, "also", ".packaudit.toml:1"}};
  ApplySuppressions(input_, findings);
  EXPECT_EQ(findings[0].suppressions.size(), 2u);
}

TEST_F(SuppressPassTest, DisabledProblemRulesAreSilent) {
  rules_ = {Rule("SEC002", "security")};
  AddFile("Packs/P/a.py", "x = 1  # packaudit: ignore[SEC002]\n", FileKind::kPython);
  std::vector<Finding> findings;
  EXPECT_TRUE(ApplySuppressions(input_, findings).problems.empty());
}

TEST(EmbeddedRuleIdsTest, HoldsTheCatalog) {
  const auto ids = EmbeddedRuleIds();
  EXPECT_EQ(ids.count("SEC003"), 1u);
  EXPECT_EQ(ids.count("ENG011"), 1u);
}

}  // namespace
}  // namespace packaudit
