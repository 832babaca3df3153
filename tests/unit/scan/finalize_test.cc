// Finalizing findings: the secret of a redact finding leaves no trace in any snippet, context,
// message or match_text of any finding in the file; fingerprints ignore line moves.
#include "scan/finalize.h"

#include <gtest/gtest.h>

#include "core/source_file.h"

namespace packaudit {
namespace {

constexpr char kSecret[] = "AKIAJ7Q3EXAMPLE2KZQ4";

Finding At(const char* rule, Region region, std::string message, std::string match,
           bool redact) {
  Finding f;
  f.rule_id = rule;
  f.path = "Foo.py";
  f.region = region;
  f.message = std::move(message);
  f.match_text = std::move(match);
  f.redact = redact;
  return f;
}

std::vector<Finding> Finalize(const SourceFile& file, std::vector<Finding> findings) {
  std::vector<Finding*> pointers;
  for (Finding& f : findings) pointers.push_back(&f);
  AddSourceDetails(&file, pointers);
  SortAndFingerprint(findings);
  return findings;
}

TEST(FinalizeTest, SecretsLeaveNoTrace) {
  const SourceFile file("Foo.py", std::string("def main():\n    key = \"") + kSecret +
                                      "\"\n    print(key)\n");
  std::vector<Finding> findings = {
      At("SEC003", {2, 12, 2, 32}, "Hard-coded key.", kSecret, true),
      // Another rule whose region and message quote the same line.
      At("X001", {2, 5, 2, 33}, std::string("Assignment of \"") + kSecret + "\".",
         std::string("key = \"") + kSecret + "\"", false),
      At("CODE001", {3, 5, 3, 15}, "print() call.", "print(key)", false)};
  findings = Finalize(file, std::move(findings));
  ASSERT_EQ(findings.size(), 3u);
  for (const Finding& f : findings) {
    EXPECT_EQ(f.snippet.find(kSecret), std::string::npos) << f.rule_id;
    EXPECT_EQ(f.context.find(kSecret), std::string::npos) << f.rule_id;
    EXPECT_EQ(f.message.find(kSecret), std::string::npos) << f.rule_id;
    EXPECT_TRUE(f.match_text.empty()) << f.rule_id;
  }
  const Finding& secret = findings[1];  // sorted: line 2 col 5 (X001), line 2 col 12 (SEC003)
  ASSERT_EQ(secret.rule_id, "SEC003");
  EXPECT_EQ(secret.snippet, "[REDACTED]");
  EXPECT_EQ(secret.context, "def main():\n    key = \"[REDACTED]\"\n    print(key)");
  EXPECT_EQ(findings[0].message, "Assignment of \"[REDACTED]\".");
  EXPECT_EQ(findings[2].context.find("[REDACTED]"), 23u);  // line 2 is context of line 3
}

TEST(FinalizeTest, FingerprintsIgnoreLineMovesAndCountDuplicates) {
  const SourceFile a("Foo.py", "x = eval(data)\ny = eval(data)\n");
  const SourceFile b("Foo.py", "\n\n# moved\nx = eval(data)\ny = eval(data)\n");
  auto fa = Finalize(a, {At("SEC009", {1, 5, 1, 15}, "m.", "eval(data)", false),
                         At("SEC009", {2, 5, 2, 15}, "m.", "eval(data)", false)});
  auto fb = Finalize(b, {At("SEC009", {4, 5, 4, 15}, "m.", "eval(data)", false),
                         At("SEC009", {5, 5, 5, 15}, "m.", "eval(data)", false)});
  ASSERT_EQ(fa.size(), 2u);
  ASSERT_EQ(fb.size(), 2u);
  EXPECT_EQ(fa[0].fingerprint, fb[0].fingerprint);
  EXPECT_EQ(fa[1].fingerprint, fb[1].fingerprint);
  EXPECT_NE(fa[0].fingerprint, fa[1].fingerprint);
  EXPECT_EQ(fa[0].fingerprint.substr(fa[0].fingerprint.size() - 2), ":1");
  EXPECT_EQ(fa[1].fingerprint.substr(fa[1].fingerprint.size() - 2), ":2");
}

TEST(FinalizeTest, DuplicatesAreMergedButDistinctMessagesKept) {
  const SourceFile file("Foo.py", "x = 1\n");
  auto findings = Finalize(file, {At("DOC001", {1, 1, 1, 6}, "No README.md.", "README.md", false),
                                  At("DOC001", {1, 1, 1, 6}, "No .pack-ignore.", ".pack-ignore", false),
                                  At("DOC001", {1, 1, 1, 6}, "No README.md.", "README.md", false)});
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].message, "No .pack-ignore.");
  EXPECT_EQ(findings[1].message, "No README.md.");
}

}  // namespace
}  // namespace packaudit
