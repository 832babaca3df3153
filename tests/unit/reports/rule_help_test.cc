#include "reports/rule_help.h"

#include <gtest/gtest.h>

#include <string>

#include "reports/uri.h"
#include "unit/reports/synthetic_scan.h"

namespace packaudit {
namespace {

TEST(RuleHelpTest, DisplayName) {
  RuleSpec rule;
  rule.id = "SEC003";
  rule.name = "provider-secret-pattern";
  EXPECT_EQ(RuleDisplayName(rule), "ProviderSecretPattern");
  rule.name = "tls-v1_0-allowed";
  EXPECT_EQ(RuleDisplayName(rule), "TlsV10Allowed");
  rule.name = "";
  EXPECT_EQ(RuleDisplayName(rule), "SEC003");
  rule.name = std::string(400, 'a');
  EXPECT_LE(RuleDisplayName(rule).size(), kMaxRuleNameChars);
}

TEST(RuleHelpTest, Descriptions) {
  RuleSpec rule = testing::ReadmeRule();
  EXPECT_EQ(RuleShortDescription(rule), "The pack has no README.md.");
  EXPECT_EQ(RuleFullDescription(rule),
            "The pack has no README.md. Reviewers and users read the README first.");
  rule.rationale = "Line one.\n\n   Line   two.";
  EXPECT_EQ(RuleFullDescription(rule), "The pack has no README.md. Line one. Line two.");
  rule.summary = "";
  rule.rationale = "";
  EXPECT_EQ(RuleShortDescription(rule), "Rule DOC001.");
  EXPECT_EQ(RuleFullDescription(rule), "Rule DOC001.");
}

TEST(RuleHelpTest, LongDescriptionsAreCutAtAWord) {
  RuleSpec rule = testing::ReadmeRule();
  rule.rationale.clear();
  for (int i = 0; i < 300; ++i) rule.rationale += "word\xC3\xA9 ";  // 6 characters, 7 bytes each
  const std::string full = RuleFullDescription(rule);
  EXPECT_TRUE(full.ends_with("word\xC3\xA9..."));
  // Counted in characters, not bytes.
  size_t chars = 0;
  for (const char c : full) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  EXPECT_LE(chars, kMaxDescriptionChars);
  EXPECT_GT(chars, kMaxDescriptionChars - 10);
}

TEST(RuleHelpTest, TruncateText) {
  EXPECT_EQ(TruncateText("short", 10), "short");
  EXPECT_EQ(TruncateText("exactly10!", 10), "exactly10!");
  EXPECT_EQ(TruncateText("one two three four", 12), "one two...");
  EXPECT_EQ(TruncateText("abcdefghijklmnop", 8), "abcde...");
  // Never splits a multi-byte character.
  EXPECT_EQ(TruncateText("\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC", 4),
            "\xE2\x82\xAC...");
}

TEST(RuleHelpTest, HelpText) {
  const std::string text = RuleHelpText(testing::SecretRule());
  EXPECT_EQ(text,
            "A cloud provider access key is hard-coded.\n\n"
            "Keys in code leak through the Marketplace and <em>cannot</em> be rotated.\n\n"
            "Remediation: Read the key from a `credentials` parameter with `demisto.params()`.\n\n"
            "Example that is flagged:\napi_key = \"AKIA...\"\n\n"
            "Example that passes:\napi_key = demisto.params()[\"credentials\"][\"password\"]\n\n"
            "References:\n- CWE-798\n- https://xsoar.pan.dev/docs/integrations/code-conventions\n");
  EXPECT_EQ(RuleHelpText(testing::NoteRule()), "print() is used instead of demisto.debug().\n");
}

TEST(RuleHelpTest, HelpMarkdown) {
  const std::string markdown = RuleHelpMarkdown(testing::SecretRule());
  EXPECT_EQ(
      markdown,
      "Keys in code leak through the Marketplace and \\<em\\>cannot\\</em\\> be rotated.\n"
      "\n## Remediation\n\n"
      "Read the key from a `credentials` parameter with `demisto.params()`.\n"
      "\n## Example\n"
      "\nFlagged:\n\n```python\napi_key = \"AKIA...\"\n```\n"
      "\nPasses:\n\n```python\napi_key = demisto.params()[\"credentials\"][\"password\"]\n```\n"
      "\n## References\n\n"
      "- [CWE-798](https://cwe.mitre.org/data/definitions/798.html)\n"
      "- [https://xsoar.pan.dev/docs/integrations/code-conventions]"
      "(https://xsoar.pan.dev/docs/integrations/code-conventions)\n");
}

TEST(RuleHelpTest, MarkdownHasNoRawHtml) {
  RuleSpec rule = testing::ReadmeRule();
  rule.rationale = "Use <b>bold</b> or `<tag>` carefully; a < b and ``x`` <!-- c -->.";
  rule.remediation = "Unclosed `code <i>";
  rule.references = {"See <https://example.com>"};
  rule.example_bad = "```\n<script>alert(1)</script>\n";
  const std::string markdown = RuleHelpMarkdown(rule);
  // Every '<' outside code is escaped; inside code spans and fences it stays literal.
  EXPECT_NE(markdown.find("Use \\<b\\>bold\\</b\\>"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("`<tag>`"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("a \\< b"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("\\<!-- c --\\>"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("Unclosed `code \\<i\\>"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("- See \\<https://example.com\\>"), std::string::npos) << markdown;
  // The fence is longer than the backtick run inside the example.
  EXPECT_NE(markdown.find("\n````json\n```\n<script>alert(1)</script>\n````\n"), std::string::npos)
      << markdown;
}

TEST(RuleHelpTest, Tags) {
  EXPECT_EQ(RuleTags(testing::SecretRule()),
            (std::vector<std::string>{"security", "secrets", "external/cwe/cwe-798"}));
  RuleSpec rule = testing::ReadmeRule();
  rule.references = {"cwe-95", "CWE-95", "CWE-abc", "CWE-"};
  rule.tags = {"docs", "docs", " "};
  EXPECT_EQ(RuleTags(rule), (std::vector<std::string>{"docs", "external/cwe/cwe-95"}));
}

TEST(RuleHelpTest, SecuritySeverity) {
  RuleSpec rule = testing::SecretRule();
  EXPECT_EQ(SecuritySeverityText(rule), "8.5");
  rule.security_severity = 10.0;
  EXPECT_EQ(SecuritySeverityText(rule), "10.0");
  rule.security_severity = 8.96;
  EXPECT_EQ(SecuritySeverityText(rule), "9.1");  // 9.0 after rounding, never written
  rule.security_severity = 3.0;
  EXPECT_EQ(SecuritySeverityText(rule), "7.0");  // error rules stay high
  rule.severity = Severity::kWarning;
  EXPECT_EQ(SecuritySeverityText(rule), "4.0");
  rule.security_severity = 5.56;
  EXPECT_EQ(SecuritySeverityText(rule), "5.6");
  rule.severity = Severity::kNote;
  EXPECT_EQ(SecuritySeverityText(rule), "3.9");
  rule.security_severity = 2.0;
  EXPECT_EQ(SecuritySeverityText(rule), "2.0");
  rule.security_severity.reset();
  EXPECT_EQ(SecuritySeverityText(rule), std::nullopt);
  EXPECT_EQ(ProblemSeverity(Severity::kError), "error");
  EXPECT_EQ(ProblemSeverity(Severity::kWarning), "warning");
  EXPECT_EQ(ProblemSeverity(Severity::kNote), "recommendation");
}

TEST(UriTest, PercentEncodePath) {
  EXPECT_EQ(PercentEncodePath("Packs/Foo/x.py"), "Packs/Foo/x.py");
  EXPECT_EQ(PercentEncodePath("Packs/My Pack/a&b=c.md"), "Packs/My%20Pack/a%26b%3Dc.md");
  EXPECT_EQ(PercentEncodePath("a\\b"), "a%5Cb");
  EXPECT_EQ(PercentEncodePath("caf\xC3\xA9"), "caf%C3%A9");
  EXPECT_EQ(PercentEncodePath("100%"), "100%25");
  EXPECT_EQ(PercentEncodePath(""), "");
}

}  // namespace
}  // namespace packaudit
