#include "suppress/inline_directive.h"

#include <gtest/gtest.h>

#include <random>

namespace packaudit {
namespace {

std::vector<InlineDirective> Find(const std::string& path, const std::string& text, FileKind kind) {
  SourceFile file(path, text);
  return FindInlineDirectives(file, kind);
}

// (line, target line, ids joined, reason) of the one directive found.
void ExpectOne(const std::vector<InlineDirective>& found, int line, int target,
               const std::string& ids, const std::string& reason) {
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].line, line);
  EXPECT_EQ(found[0].target_line, target);
  std::string joined;
  for (const auto& id : found[0].ids) joined += (joined.empty() ? "" : ",") + id;
  EXPECT_EQ(joined, ids);
  EXPECT_EQ(found[0].reason, reason);
  EXPECT_EQ(found[0].problem, "");
}

TEST(InlineDirectiveTest, PythonTrailingAndLineBefore) {
  ExpectOne(
      Find("a.py", "x = eval(y)  # packaudit: ignore[SEC009, TLS001] trusted\n", FileKind::kPython),
      1, 1, "SEC009,TLS001", "trusted");
  ExpectOne(Find("a.py", "# packaudit: ignore[SEC002] public mailbox\n# other\nx = 1\n",
                 FileKind::kPython),
            1, 3, "SEC002", "public mailbox");
  // A blank line ends the search.
  ExpectOne(Find("a.py", "# packaudit: ignore[SEC002] r\n\nx = 1\n", FileKind::kPython), 1, 0,
            "SEC002", "r");
}

TEST(InlineDirectiveTest, StringLiteralsAreNotComments) {
  EXPECT_TRUE(Find("a.py", "x = \"# packaudit: ignore[SEC002] r\"\n", FileKind::kPython).empty());
  EXPECT_TRUE(
      Find("a.py", "x = '''\n# packaudit: ignore[SEC002] r\n'''\n", FileKind::kPython).empty());
  EXPECT_TRUE(
      Find("a.js", "var s = '// packaudit: ignore[SEC002] r';\n", FileKind::kJavaScript).empty());
  EXPECT_TRUE(
      Find("a.js", "var s = `\n/* packaudit: ignore[SEC002] r */`;\n", FileKind::kJavaScript)
          .empty());
  EXPECT_TRUE(
      Find("a.ps1", "$s = \"# packaudit: ignore[SEC002] r\"\n", FileKind::kPowerShell).empty());
  EXPECT_TRUE(Find("a.ps1", "$s = @\"\n# packaudit: ignore[SEC002] r\n\"@\n", FileKind::kPowerShell)
                  .empty());
  EXPECT_TRUE(Find("a.sh", "echo \"# packaudit: ignore[SEC002] r\"\n", FileKind::kText).empty());
  EXPECT_TRUE(Find("a.sh", "echo a#packaudit: ignore[SEC002] r\n", FileKind::kText).empty());
  EXPECT_TRUE(
      Find("a.yml", "k: \"# packaudit: ignore[SEC002] r\"\n", FileKind::kOtherYaml).empty());
  EXPECT_TRUE(Find("a.yml", "k: a#packaudit: ignore[SEC002] r\n", FileKind::kOtherYaml).empty());
  EXPECT_TRUE(Find("a.md", "```\n<!-- packaudit: ignore[SEC002] r -->\n```\n", FileKind::kMarkdown)
                  .empty());
  EXPECT_TRUE(
      Find("a.md", "Use `<!-- packaudit: ignore[SEC002] r -->` to waive.\n", FileKind::kMarkdown)
          .empty());
  EXPECT_TRUE(Find("a.c", "char *s = \"/* packaudit: ignore[SEC024] r */\";\n", FileKind::kCSource)
                  .empty());
  // JSON has no comments.
  EXPECT_TRUE(Find("a.json", "{\"k\": \"# packaudit: ignore[SEC002] r\"}\n", FileKind::kContentJson)
                  .empty());
}

TEST(InlineDirectiveTest, EveryCommentSyntax) {
  ExpectOne(Find("a.js", "f(); // packaudit: ignore[SEC009] r\n", FileKind::kJavaScript), 1, 1,
            "SEC009", "r");
  ExpectOne(Find("a.js", "/* packaudit: ignore[SEC009] r */\nf();\n", FileKind::kJavaScript), 1, 2,
            "SEC009", "r");
  ExpectOne(Find("a.c", "f(); /* packaudit: ignore[SEC024] r */\n", FileKind::kCSource), 1, 1,
            "SEC024", "r");
  ExpectOne(Find("a.cpp", "// packaudit: ignore[SEC024] r\nf();\n", FileKind::kCppSource), 1, 2,
            "SEC024", "r");
  ExpectOne(Find("a.ps1", "f  # packaudit: ignore[SEC009] r\n", FileKind::kPowerShell), 1, 1,
            "SEC009", "r");
  ExpectOne(Find("a.ps1", "<#\n packaudit: ignore[SEC009] block\n#>\nf\n", FileKind::kPowerShell),
            2, 4, "SEC009", "block");
  ExpectOne(Find("a.ps1", "f <# packaudit: ignore[SEC009] inline #>\n", FileKind::kPowerShell), 1,
            1, "SEC009", "inline");
  ExpectOne(Find("run.sh", "curl x  # packaudit: ignore[SEC002] r\n", FileKind::kText), 1, 1,
            "SEC002", "r");
  ExpectOne(Find("a.yml", "k: v  # packaudit: ignore[SEC002] r\n", FileKind::kIntegrationYaml), 1,
            1, "SEC002", "r");
  ExpectOne(Find("a.yml", "script: |-\n  # packaudit: ignore[SEC009] r\n  eval(x)\n",
                 FileKind::kIntegrationYaml),
            2, 3, "SEC009", "r");
  ExpectOne(Find("a.md", "<!-- packaudit: ignore[SEC002] public -->\nMail a@b.example.\n",
                 FileKind::kMarkdown),
            1, 2, "SEC002", "public");
  ExpectOne(Find("a.md", "Mail a@b.example. <!-- packaudit: ignore[SEC002] public -->\n",
                 FileKind::kMarkdown),
            1, 1, "SEC002", "public");
}

TEST(InlineDirectiveTest, Malformed) {
  const std::vector<std::string> bad = {
      "# packaudit: ignore[SEC002]\n",        "# packaudit: ignore[SEC002]   \n",
      "# packaudit: ignore[] reason\n",       "# packaudit: ignore[SEC002 reason\n",
      "# packaudit: ignore[sec002] reason\n", "# packaudit: ignore[SEC002,] reason\n",
      "# packaudit: ignore SEC002 reason\n",  "# packaudit: ignore[SEC02] reason\n",
      "# packaudit: ignore[SEC002] -\n"};
  for (const std::string& text : bad) {
    const auto found = Find("a.py", text + "x = 1\n", FileKind::kPython);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_NE(found[0].problem, "") << text;
    EXPECT_TRUE(found[0].ids.empty()) << text;
  }
  // Not directives.
  for (const std::string text : {"# packaudit: ignored for now\n", "# packaudit ignore[SEC002] r\n",
                                 "# packaudit: ignore-file r\n", "# mypackaudit: ignore[X] r\n"}) {
    EXPECT_TRUE(Find("a.py", text, FileKind::kPython).empty()) << text;
  }
}

TEST(InlineDirectiveTest, RuleIdSyntax) {
  EXPECT_TRUE(IsRuleIdSyntax("SEC009"));
  EXPECT_TRUE(IsRuleIdSyntax("ADOPT003"));
  EXPECT_FALSE(IsRuleIdSyntax("SEC09"));
  EXPECT_FALSE(IsRuleIdSyntax("sec009"));
  EXPECT_FALSE(IsRuleIdSyntax("SEC0091"));
  EXPECT_FALSE(IsRuleIdSyntax("S1234"));
}

TEST(InlineDirectiveTest, RandomInputNeverCrashes) {
  std::mt19937 rng(7);
  const std::string alphabet = "#/*<>!-`'\"@\\\n []packaudit:ignoreSEC0129,x";
  const FileKind kinds[] = {FileKind::kPython,    FileKind::kPowerShell, FileKind::kJavaScript,
                            FileKind::kOtherYaml, FileKind::kMarkdown,   FileKind::kText};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 80);
    for (int i = 0; i < n; ++i) text += alphabet[rng() % alphabet.size()];
    for (FileKind kind : kinds) {
      for (const InlineDirective& d : Find("a.sh", text, kind)) {
        EXPECT_GE(d.line, 1);
        EXPECT_GE(d.target_line, 0);
      }
    }
  }
}

}  // namespace
}  // namespace packaudit
