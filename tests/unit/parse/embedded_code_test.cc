#include "parse/embedded_code.h"

#include <gtest/gtest.h>

#include <string>

#include "parse/yaml_doc.h"

namespace packaudit {
namespace {

DocNode MustParse(const SourceFile& file) {
  auto result = ParseYaml(file);
  if (auto* diagnostic = std::get_if<Diagnostic>(&result)) {
    ADD_FAILURE() << "unexpected diagnostic: " << diagnostic->message;
    return DocNode();
  }
  return std::get<DocNode>(std::move(result));
}

// Every non-line-break byte of the extracted code maps to the same byte in the YAML.
void ExpectExactMapping(const SourceFile& yaml, const EmbeddedCode& embedded) {
  const std::string_view code = embedded.code->text();
  for (size_t i = 0; i < code.size(); ++i) {
    if (code[i] == '\n') continue;
    const size_t mapped = embedded.MapOffset(yaml, i);
    ASSERT_LT(mapped, yaml.size());
    ASSERT_EQ(yaml.text()[mapped], code[i]) << "code offset " << i;
  }
}

constexpr char kIntegration[] =
    "commonfields:\n"                                  // 1
    "  id: Test\n"                                     // 2
    "script:\n"                                        // 3
    "  type: python\n"                                 // 4
    "  subtype: python3\n"                             // 5
    "  script: |-\n"                                   // 6
    "    import demistomock as demisto\n"              // 7
    "\n"                                               // 8
    "    def main():\n"                                // 9
    "        return eval(demisto.args()['x'])  # é\n"  // 10
    "  dockerimage: demisto/python3:3.10\n";           // 11

TEST(EmbeddedCodeTest, IntegrationLiteralBlock) {
  const SourceFile yaml("Packs/P/Integrations/T/T.yml", kIntegration);
  const auto embedded = ExtractEmbeddedCode(yaml, MustParse(yaml));
  ASSERT_TRUE(embedded.has_value());
  EXPECT_EQ(embedded->language, Language::kPython);
  EXPECT_EQ(embedded->code->path(), "Packs/P/Integrations/T/T.yml#script");
  EXPECT_EQ(
      embedded->code->text(),
      "import demistomock as demisto\n\ndef main():\n    return eval(demisto.args()['x'])  # é");
  EXPECT_TRUE(embedded->line_mapped);
  EXPECT_EQ(embedded->first_line, 7);
  EXPECT_EQ(embedded->indent, 4u);

  const size_t eval = embedded->code->text().find("eval(");
  const Position position = yaml.PositionOf(embedded->MapOffset(yaml, eval));
  EXPECT_EQ(position.line, 10);
  EXPECT_EQ(position.column, 16);
  ExpectExactMapping(yaml, *embedded);
}

TEST(EmbeddedCodeTest, ScriptYamlWithCrlf) {
  const SourceFile yaml("Packs/P/Scripts/S/S.yml",
                        "commonfields:\r\n"
                        "  id: S\r\n"
                        "name: S\r\n"
                        "script: |\r\n"
                        "  var x = 1;\r\n"
                        "    eval(args.code);\r\n"
                        "type: javascript\r\n");
  const auto embedded = ExtractEmbeddedCode(yaml, MustParse(yaml));
  ASSERT_TRUE(embedded.has_value());
  EXPECT_EQ(embedded->language, Language::kJavaScript);
  EXPECT_EQ(embedded->code->text(), "var x = 1;\n  eval(args.code);\n");
  EXPECT_TRUE(embedded->line_mapped);
  const size_t eval = embedded->code->text().find("eval(");
  const Position position = yaml.PositionOf(embedded->MapOffset(yaml, eval));
  EXPECT_EQ(position.line, 6);
  EXPECT_EQ(position.column, 5);
  ExpectExactMapping(yaml, *embedded);
}

TEST(EmbeddedCodeTest, ExplicitIndentationIndicator) {
  const SourceFile yaml("S.yml",
                        "type: powershell\nscript: |2\n    Invoke-Expression $x\n  iex $y\n");
  const auto embedded = ExtractEmbeddedCode(yaml, MustParse(yaml));
  ASSERT_TRUE(embedded.has_value());
  EXPECT_EQ(embedded->language, Language::kPowerShell);
  EXPECT_EQ(embedded->code->text(), "  Invoke-Expression $x\niex $y\n");
  EXPECT_TRUE(embedded->line_mapped);
  EXPECT_EQ(embedded->indent, 2u);
  EXPECT_EQ(embedded->first_line, 3);
  ExpectExactMapping(yaml, *embedded);
}

TEST(EmbeddedCodeTest, QuotedScalarMapsToItsStart) {
  const SourceFile yaml("S.yml", "name: S\ntype: python\nscript: \"import os\\neval('1')\"\n");
  const auto embedded = ExtractEmbeddedCode(yaml, MustParse(yaml));
  ASSERT_TRUE(embedded.has_value());
  EXPECT_EQ(embedded->code->text(), "import os\neval('1')");
  EXPECT_FALSE(embedded->line_mapped);
  EXPECT_EQ(embedded->scalar_offset, 29u);  // the opening quote
  const size_t eval = embedded->code->text().find("eval(");
  EXPECT_EQ(embedded->MapOffset(yaml, eval), 29u);
  EXPECT_EQ(embedded->MapOffset(yaml, 0), 29u);
  const Position position = yaml.PositionOf(embedded->MapOffset(yaml, eval));
  EXPECT_EQ(position.line, 3);
  EXPECT_EQ(position.column, 9);
}

TEST(EmbeddedCodeTest, FoldedScalarIsNotLineMapped) {
  const SourceFile yaml("S.yml", "type: python\nscript: >\n  x = 1\n  y = 2\n");
  const auto embedded = ExtractEmbeddedCode(yaml, MustParse(yaml));
  ASSERT_TRUE(embedded.has_value());
  EXPECT_FALSE(embedded->line_mapped);
  EXPECT_EQ(embedded->MapOffset(yaml, 3), yaml.OffsetOf(Position{2, 9}));
}

TEST(EmbeddedCodeTest, DashEmptyOrMissingMeansNoCode) {
  for (const char* text : {
           "script:\n  type: python\n  script: '-'\n",
           "script:\n  type: python\n  script: '  - '\n",
           "script:\n  type: python\n  script: ''\n",
           "script:\n  type: python\n  script:\n",
           "script:\n  type: python\n",
           "type: python\nscript: '-'\n",
           "type: python\nscript: \"\"\n",
           "type: python\nscript: |\n   \n",
           "name: x\n",
           "type: python\nscript: [1, 2]\n",
       }) {
    const SourceFile yaml("x.yml", text);
    EXPECT_FALSE(ExtractEmbeddedCode(yaml, MustParse(yaml)).has_value()) << text;
  }
}

TEST(EmbeddedCodeTest, UnknownLanguageMeansNoCode) {
  const SourceFile yaml("x.yml", "type: ruby\nscript: |\n  puts 1\n");
  EXPECT_FALSE(ExtractEmbeddedCode(yaml, MustParse(yaml)).has_value());
  const SourceFile upper("x.yml", "type: Python\nscript: |\n  pass\n");
  const auto embedded = ExtractEmbeddedCode(upper, MustParse(upper));
  ASSERT_TRUE(embedded.has_value());
  EXPECT_EQ(embedded->language, Language::kPython);
}

}  // namespace
}  // namespace packaudit
