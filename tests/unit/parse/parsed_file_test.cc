#include "parse/parsed_file.h"

#include <gtest/gtest.h>

#include <string>

namespace packaudit {
namespace {

ParsedFile Parse(const std::string& path, const std::string& text, FileKind kind) {
  return ParseFile(std::make_unique<SourceFile>(path, text), kind);
}

void ExpectAt(const Position& position, int line, int column) {
  EXPECT_EQ(position.line, line);
  EXPECT_EQ(position.column, column);
}

TEST(ParsedFileTest, BinaryContentIsNotParsed) {
  const ParsedFile parsed = Parse("a.py", std::string("x = 1\nab\0cd", 11), FileKind::kPython);
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].rule_id, "ENG004");
  EXPECT_EQ(parsed.diagnostics[0].message,
            "Binary content (NUL byte) in a text file; not scanned.");
  ExpectAt(parsed.diagnostics[0].position, 2, 3);
  EXPECT_EQ(parsed.code, nullptr);
  EXPECT_EQ(parsed.kind, FileKind::kPython);
  ASSERT_NE(parsed.source, nullptr);
  EXPECT_EQ(parsed.source->path(), "a.py");
}

TEST(ParsedFileTest, ImagesAndBinariesAreNotParsed) {
  const ParsedFile image = Parse("a.png", std::string("\x89PNG\0\0", 6), FileKind::kImage);
  EXPECT_TRUE(image.diagnostics.empty());
  const ParsedFile binary = Parse("a.zip", std::string("PK\0\0", 4), FileKind::kBinary);
  EXPECT_TRUE(binary.diagnostics.empty());
}

TEST(ParsedFileTest, InvalidUtf8IsReportedAndStillParsed) {
  const ParsedFile parsed = Parse("a.py", "x = 1\ny = '\xFF'\n", FileKind::kPython);
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].rule_id, "ENG005");
  EXPECT_EQ(parsed.diagnostics[0].message, "Invalid UTF-8 at byte 11; scanned as bytes.");
  ExpectAt(parsed.diagnostics[0].position, 2, 6);
  ASSERT_NE(parsed.code, nullptr);
  EXPECT_FALSE(parsed.code->has_error());

  const ParsedFile yaml = Parse("x.yml", "a: \"\xC3\"\n", FileKind::kOtherYaml);
  ASSERT_EQ(yaml.diagnostics.size(), 1u);
  EXPECT_EQ(yaml.diagnostics[0].rule_id, "ENG005");
  ASSERT_TRUE(yaml.doc.has_value());
  EXPECT_EQ(yaml.doc->Get("a")->Text(), "\xC3");
}

TEST(ParsedFileTest, BrokenYaml) {
  const ParsedFile parsed = Parse("P.yml", "id: x\nname: a: b\n", FileKind::kPlaybookYaml);
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].rule_id, "ENG001");
  EXPECT_EQ(parsed.diagnostics[0].message, "YAML parse error: illegal map value.");
  ExpectAt(parsed.diagnostics[0].position, 2, 8);
  EXPECT_FALSE(parsed.doc.has_value());
  EXPECT_FALSE(parsed.embedded.has_value());
}

TEST(ParsedFileTest, BrokenJson) {
  const ParsedFile parsed =
      Parse("pack_metadata.json", "{\n  \"name\": \"P\",\n}\n", FileKind::kPackMetadata);
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].rule_id, "ENG001");
  EXPECT_EQ(parsed.diagnostics[0].message,
            "JSON parse error: unexpected '}'; expected string literal.");
  ExpectAt(parsed.diagnostics[0].position, 3, 1);
  EXPECT_FALSE(parsed.doc.has_value());
}

TEST(ParsedFileTest, JsonKinds) {
  for (FileKind kind : {FileKind::kPackMetadata, FileKind::kReleaseNoteJson,
                        FileKind::kContributors, FileKind::kContentJson, FileKind::kOtherJson}) {
    const ParsedFile parsed = Parse("x.json", "{\"a\": [1]}", kind);
    EXPECT_TRUE(parsed.diagnostics.empty());
    ASSERT_TRUE(parsed.doc.has_value());
    EXPECT_TRUE(parsed.doc->Get("a")->IsSequence());
  }
}

TEST(ParsedFileTest, MarkdownKinds) {
  for (FileKind kind :
       {FileKind::kPackReadme, FileKind::kReleaseNote, FileKind::kIntegrationDescription,
        FileKind::kItemReadme, FileKind::kPlaybookReadme, FileKind::kMarkdown}) {
    const ParsedFile parsed = Parse("README.md", "# Title\n", kind);
    ASSERT_TRUE(parsed.markdown.has_value());
    ASSERT_EQ(parsed.markdown->headings.size(), 1u);
    EXPECT_FALSE(parsed.doc.has_value());
  }
}

TEST(ParsedFileTest, OtherKindsAreNotParsed) {
  const ParsedFile parsed = Parse("notes.txt", "{not json\n", FileKind::kText);
  EXPECT_TRUE(parsed.diagnostics.empty());
  EXPECT_FALSE(parsed.doc.has_value());
  EXPECT_FALSE(parsed.markdown.has_value());
  EXPECT_EQ(parsed.code, nullptr);
  const ParsedFile c = Parse("a.c", "int main( {\n", FileKind::kCSource);
  EXPECT_TRUE(c.diagnostics.empty());
  EXPECT_EQ(c.code, nullptr);
}

TEST(ParsedFileTest, CodeSyntaxErrors) {
  ParsedFile parsed = Parse("a.py", "x = 1\ndef f(:\n  pass\n", FileKind::kPythonTest);
  ASSERT_NE(parsed.code, nullptr);
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].rule_id, "ENG002");
  EXPECT_EQ(parsed.diagnostics[0].message, "Python syntax error; rules ran on the recovered tree.");
  ExpectAt(parsed.diagnostics[0].position, 2, 7);

  parsed = Parse("a.js", "var x = 1;\nfunction (\n", FileKind::kJavaScript);
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].message,
            "JavaScript syntax error; rules ran on the recovered tree.");
  ExpectAt(parsed.diagnostics[0].position, 2, 1);

  parsed = Parse("a.ps1", "if ($x -eq 1 {\n}\n", FileKind::kPowerShell);
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].message,
            "PowerShell syntax error; rules ran on the recovered tree.");

  parsed = Parse("a.Tests.ps1", "Describe 'x' { It 'y' { 1 | Should -Be 1 } }\n",
                 FileKind::kPowerShellTest);
  EXPECT_TRUE(parsed.diagnostics.empty());
  ASSERT_NE(parsed.code, nullptr);
  EXPECT_EQ(parsed.code->language(), Language::kPowerShell);
}

TEST(ParsedFileTest, IntegrationWithEmbeddedCode) {
  const ParsedFile parsed = Parse("T.yml",
                                  "name: T\n"
                                  "script:\n"
                                  "  type: python\n"
                                  "  script: |\n"
                                  "    import os\n"
                                  "    print(eval('1'))\n",
                                  FileKind::kIntegrationYaml);
  EXPECT_TRUE(parsed.diagnostics.empty());
  ASSERT_TRUE(parsed.doc.has_value());
  ASSERT_TRUE(parsed.embedded.has_value());
  ASSERT_NE(parsed.embedded_tree, nullptr);
  EXPECT_FALSE(parsed.embedded_tree->has_error());
  EXPECT_EQ(parsed.embedded_tree->text(), parsed.embedded->code->text());
  EXPECT_EQ(parsed.code, nullptr);
}

TEST(ParsedFileTest, EmbeddedSyntaxErrorIsMappedToTheYaml) {
  const ParsedFile parsed = Parse("S.yml",
                                  "name: S\n"
                                  "type: python\n"
                                  "script: |-\n"
                                  "  x = 1\n"
                                  "  def f(:\n"
                                  "      pass\n",
                                  FileKind::kScriptYaml);
  ASSERT_TRUE(parsed.embedded.has_value());
  ASSERT_NE(parsed.embedded_tree, nullptr);
  EXPECT_TRUE(parsed.embedded_tree->has_error());
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].rule_id, "ENG002");
  EXPECT_EQ(parsed.diagnostics[0].message, "Python syntax error; rules ran on the recovered tree.");
  ExpectAt(parsed.diagnostics[0].position, 5, 9);
}

TEST(ParsedFileTest, PlaybooksHaveNoEmbeddedCode) {
  const ParsedFile parsed =
      Parse("P.yml", "type: python\nscript: |\n  eval(1)\n", FileKind::kPlaybookYaml);
  ASSERT_TRUE(parsed.doc.has_value());
  EXPECT_FALSE(parsed.embedded.has_value());
  EXPECT_EQ(parsed.embedded_tree, nullptr);
}

}  // namespace
}  // namespace packaudit
