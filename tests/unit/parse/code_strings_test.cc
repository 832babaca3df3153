#include "parse/code_strings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/parsed_file.h"

namespace packaudit {
namespace {

CodeStrings Extract(Language language, const std::string& text) {
  const auto tree = CodeTree::Parse(language, text);
  if (tree == nullptr) {
    ADD_FAILURE() << "no tree";
    return {};
  }
  return ExtractCodeStrings(*tree);
}

std::vector<std::string> Values(const CodeStrings& strings) {
  std::vector<std::string> out;
  for (const CodeString& s : strings.strings) out.push_back(s.value);
  return out;
}

const std::string kHole(1, kCodeStringHole);

TEST(CodeStringsTest, PythonLiteralsInSourceOrderWithoutComments) {
  const std::string code =
      "# 'test-module' only in a comment\n"
      "def main():\n"
      "    command = demisto.command()\n"
      "    if command == 'test-module':\n"
      "        return \"ok\\n\"\n"
      "    elif command in ('a-get', r'\\d+'):\n"
      "        pass\n"
      "    url = f'{base}/api/{{v1}}'\n"
      "    x = 'one' \"two\"\n"
      "    y = f'plain'\n";
  const CodeStrings strings = Extract(Language::kPython, code);
  EXPECT_TRUE(strings.extracted);
  EXPECT_FALSE(strings.truncated);
  EXPECT_EQ(Values(strings),
            (std::vector<std::string>{"test-module", "ok\n", "a-get", "\\d+", kHole + "/api/{v1}",
                                      "one", "two", "plain"}));
  const CodeString& first = strings.strings[0];
  EXPECT_EQ(code.substr(first.begin, first.end - first.begin), "'test-module'");
  EXPECT_FALSE(first.interpolated);
  EXPECT_TRUE(strings.strings[4].interpolated);
  EXPECT_FALSE(strings.strings[7].interpolated);
}

TEST(CodeStringsTest, PythonStringsInsideInterpolationsAreListed) {
  const CodeStrings strings = Extract(Language::kPython, "x = f\"{d['key']}!\"\n");
  EXPECT_EQ(Values(strings), (std::vector<std::string>{kHole + "!", "key"}));
}

TEST(CodeStringsTest, JavaScriptStringsAndTemplates) {
  const std::string code =
      "// case 'hidden':\n"
      "switch (command) {\n"
      "  case 'test-module':\n"
      "    return \"it\\'s ok\";\n"
      "  case `x-get`:\n"
      "    return `${base}/v1`;\n"
      "}\n";
  const CodeStrings strings = Extract(Language::kJavaScript, code);
  EXPECT_EQ(Values(strings),
            (std::vector<std::string>{"test-module", "it's ok", "x-get", kHole + "/v1"}));
  EXPECT_FALSE(strings.strings[2].interpolated);
  EXPECT_TRUE(strings.strings[3].interpolated);
  const CodeString& first = strings.strings[0];
  EXPECT_EQ(code.substr(first.begin, first.end - first.begin), "'test-module'");
}

TEST(CodeStringsTest, PowerShellQuotedAndHereStrings) {
  const std::string code =
      "# \"hidden\"\n"
      "switch ($command) {\n"
      "    \"test-module\" { $x = 1 }\n"
      "    'x-get' { $y = 'it''s' }\n"
      "    x-bare { }\n"
      "}\n"
      "$u = \"$base/api `\"q`\"\"\n"
      "$h = @\"\n"
      "line one\n"
      "\"@\n";
  const CodeStrings strings = Extract(Language::kPowerShell, code);
  EXPECT_EQ(Values(strings), (std::vector<std::string>{"test-module", "x-get", "it's", "x-bare",
                                                       kHole + "/api \"q\"", "line one"}));
  EXPECT_TRUE(strings.strings[4].interpolated);
  const CodeString& first = strings.strings[0];
  EXPECT_EQ(code.substr(first.begin, first.end - first.begin), "\"test-module\"");
}

TEST(CodeStringsTest, EmbeddedCodeOffsetsPointIntoTheYaml) {
  const std::string yaml =
      "commonfields:\n"
      "  id: Test\n"
      "name: Test\n"
      "script:\n"
      "  type: python\n"
      "  subtype: python3\n"
      "  script: |-\n"
      "    def main():\n"
      "        if demisto.command() == 'test-module':\n"
      "            pass\n"
      "  dockerimage: demisto/python3:3.10.13.1\n";
  const ParsedFile parsed =
      ParseFile(std::make_unique<SourceFile>("Packs/P/Integrations/T/T.yml", yaml),
                FileKind::kIntegrationYaml);
  ASSERT_TRUE(parsed.embedded.has_value());
  ASSERT_TRUE(parsed.code_strings.extracted);
  ASSERT_EQ(parsed.code_strings.strings.size(), 1u);
  const CodeString& s = parsed.code_strings.strings[0];
  EXPECT_EQ(s.value, "test-module");
  EXPECT_EQ(yaml.substr(s.begin, s.end - s.begin), "'test-module'");
  // The same literal in the embedded code the tree was parsed from.
  const std::string_view code = parsed.embedded->code->text();
  EXPECT_NE(s.text_begin, s.begin);
  EXPECT_EQ(code.substr(s.text_begin, s.text_end - s.text_begin), "'test-module'");
}

TEST(CodeStringsTest, SeparateCodeFileAndNonCode) {
  const ParsedFile code =
      ParseFile(std::make_unique<SourceFile>("a.py", "x = 'v'\n"), FileKind::kPython);
  ASSERT_TRUE(code.code_strings.extracted);
  EXPECT_EQ(Values(code.code_strings), (std::vector<std::string>{"v"}));
  EXPECT_EQ(code.code_strings.strings[0].text_begin, code.code_strings.strings[0].begin);
  EXPECT_EQ(code.code_strings.strings[0].text_end, code.code_strings.strings[0].end);
  const ParsedFile text =
      ParseFile(std::make_unique<SourceFile>("a.md", "x = 'v'\n"), FileKind::kMarkdown);
  EXPECT_FALSE(text.code_strings.extracted);
  EXPECT_TRUE(text.code_strings.strings.empty());
}

TEST(CodeStringsTest, CapsCountAndValueLength) {
  std::string code;
  for (size_t i = 0; i < kMaxCodeStrings + 5; ++i) code += "'a'\n";
  code += "'" + std::string(kMaxCodeStringValue + 10, 'b') + "'\n";
  const CodeStrings many = Extract(Language::kPython, code);
  EXPECT_TRUE(many.truncated);
  EXPECT_EQ(many.strings.size(), kMaxCodeStrings);

  const CodeStrings long_one =
      Extract(Language::kPython, "'" + std::string(kMaxCodeStringValue + 10, 'b') + "'\n");
  ASSERT_EQ(long_one.strings.size(), 1u);
  EXPECT_TRUE(long_one.strings[0].cut);
  EXPECT_EQ(long_one.strings[0].value.size(), kMaxCodeStringValue);
}

}  // namespace
}  // namespace packaudit
