#include "parse/yaml_doc.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace packaudit {
namespace {

DocNode MustParse(const std::string& text) {
  const SourceFile file("test.yml", text);
  auto result = ParseYaml(file);
  if (auto* diagnostic = std::get_if<Diagnostic>(&result)) {
    ADD_FAILURE() << "unexpected diagnostic: " << diagnostic->message;
    return DocNode();
  }
  return std::get<DocNode>(std::move(result));
}

Diagnostic MustFail(const std::string& text) {
  const SourceFile file("test.yml", text);
  auto result = ParseYaml(file);
  if (!std::holds_alternative<Diagnostic>(result)) {
    ADD_FAILURE() << "expected a diagnostic";
    return Diagnostic();
  }
  return std::get<Diagnostic>(std::move(result));
}

void ExpectAt(const Position& position, int line, int column) {
  EXPECT_EQ(position.line, line);
  EXPECT_EQ(position.column, column);
}

constexpr char kIntegration[] =
    "name: Test\n"                         // 1
    "description: \"Café ☕ done\"\n"       // 2
    "commonfields:\n"                      // 3
    "  id: abc\n"                          // 4
    "  version: -1\n"                      // 5
    "script:\n"                            // 6
    "  type: python\n"                     // 7
    "  script: |-\n"                       // 8
    "    import demistomock as demisto\n"  // 9
    "    x = eval(\"1\")\n"                // 10
    "  isfetch: true\n";                   // 11

TEST(YamlDocTest, KeysAndValuesHaveExactPositions) {
  const DocNode root = MustParse(kIntegration);
  ASSERT_TRUE(root.IsMap());
  ExpectAt(root.position, 1, 1);
  ASSERT_EQ(root.entries.size(), 4u);

  const DocNode* name_key = root.KeyNode("name");
  ASSERT_NE(name_key, nullptr);
  EXPECT_TRUE(name_key->IsScalar());
  ExpectAt(name_key->position, 1, 1);
  ExpectAt(name_key->end, 1, 5);
  const DocNode* name = root.Get("name");
  EXPECT_EQ(name->Text(), "Test");
  EXPECT_FALSE(name->quoted);
  ExpectAt(name->position, 1, 7);
  ExpectAt(name->end, 1, 11);

  const DocNode* description = root.Get("description");
  EXPECT_EQ(description->Text(), "Café ☕ done");
  EXPECT_TRUE(description->quoted);
  ExpectAt(description->position, 2, 14);
  ExpectAt(description->end, 2, 27);

  const DocNode* version = root.Find("commonfields.version");
  ASSERT_NE(version, nullptr);
  EXPECT_EQ(version->Text(), "-1");
  ExpectAt(version->position, 5, 12);
  ExpectAt(root.Find("commonfields")->KeyNode("id")->position, 4, 3);
  ExpectAt(root.Get("commonfields")->position, 4, 3);
  EXPECT_EQ(root.Find("script.isfetch")->Text(), "true");
}

TEST(YamlDocTest, LiteralBlockScalar) {
  const DocNode root = MustParse(kIntegration);
  const DocNode* code = root.Find("script.script");
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(code->block_literal);
  EXPECT_FALSE(code->quoted);
  EXPECT_EQ(code->Text(), "import demistomock as demisto\nx = eval(\"1\")");
  ExpectAt(code->position, 8, 11);  // the '|' indicator
  ExpectAt(code->end, 10, 18);
  EXPECT_FALSE(root.Find("script.type")->block_literal);
}

TEST(YamlDocTest, BlockScalarStyles) {
  const DocNode root = MustParse(
      "keep: |+\n  a\n\n"
      "folded: >\n  b\n  c\n"
      "single: 'it''s'\n"
      "tagged: !!str |\n  d\n"
      "anchored: &x |-\n  e\n");
  EXPECT_TRUE(root.Get("keep")->block_literal);
  EXPECT_EQ(root.Get("keep")->Text(), "a\n\n");
  EXPECT_FALSE(root.Get("folded")->block_literal);
  EXPECT_FALSE(root.Get("folded")->quoted);
  EXPECT_EQ(root.Get("folded")->Text(), "b c\n");
  EXPECT_TRUE(root.Get("single")->quoted);
  EXPECT_EQ(root.Get("single")->Text(), "it's");
  ExpectAt(root.Get("single")->end, 7, 16);
  EXPECT_TRUE(root.Get("tagged")->block_literal);
  ExpectAt(root.Get("tagged")->position, 8, 15);
  EXPECT_TRUE(root.Get("anchored")->block_literal);
  ExpectAt(root.Get("anchored")->position, 10, 14);
}

TEST(YamlDocTest, NonAsciiAndNonBmpColumnsAreUtf16) {
  const DocNode root = MustParse("é: ü\n{\"😀\": 1, k: v}: x\nlist: [\"😀😀\", z]\n");
  ExpectAt(root.Get("é")->position, 1, 4);
  // The second key is a flow map; its key "k" comes after a non-BMP character.
  const DocNode& flow_key = root.entries[1].first;
  ASSERT_TRUE(flow_key.IsMap());
  ExpectAt(flow_key.entries[1].first.position, 2, 11);
  ExpectAt(flow_key.entries[1].second.position, 2, 14);
  const DocNode* list = root.Get("list");
  ASSERT_TRUE(list->IsSequence());
  ASSERT_EQ(list->items.size(), 2u);
  ExpectAt(list->items[0].position, 3, 8);
  ExpectAt(list->items[0].end, 3, 14);
  ExpectAt(list->items[1].position, 3, 16);
  ExpectAt(list->end, 3, 18);
}

TEST(YamlDocTest, ByteOrderMarkAndCrlf) {
  const DocNode root = MustParse(
      "\xEF\xBB\xBF"
      "a: 1\r\nb: |\r\n  x\r\n  y\r\n");
  ExpectAt(root.KeyNode("a")->position, 1, 2);  // the BOM is one UTF-16 unit
  ExpectAt(root.Get("b")->position, 2, 4);
  EXPECT_EQ(root.Get("b")->Text(), "x\ny\n");
  ExpectAt(root.Get("b")->end, 4, 4);
}

TEST(YamlDocTest, NullsAliasesAndSequences) {
  const DocNode root = MustParse(
      "empty:\n"
      "tilde: ~\n"
      "base: &b {x: 1}\n"
      "other: *b\n"
      "items:\n"
      "  - one\n"
      "  - k: v\n");
  EXPECT_TRUE(root.Get("empty")->IsNull());
  ExpectAt(root.Get("empty")->position, 1, 6);
  EXPECT_TRUE(root.Get("tilde")->IsNull());
  ExpectAt(root.Get("tilde")->position, 2, 8);
  ASSERT_TRUE(root.Get("other")->IsMap());
  EXPECT_EQ(root.Get("other")->Get("x")->Text(), "1");
  const DocNode* items = root.Get("items");
  ASSERT_TRUE(items->IsSequence());
  ExpectAt(items->position, 6, 3);
  ASSERT_EQ(items->items.size(), 2u);
  ExpectAt(items->items[0].position, 6, 5);
  ExpectAt(items->items[1].KeyNode("k")->position, 7, 5);
  ExpectAt(items->end, 7, 9);
}

TEST(YamlDocTest, EmptyInputIsNull) {
  EXPECT_TRUE(MustParse("").IsNull());
  EXPECT_TRUE(MustParse("# only a comment\n\n").IsNull());
}

TEST(YamlDocTest, OnlyTheFirstDocument) {
  const DocNode root = MustParse("a: 1\n---\nb: 2\n");
  EXPECT_NE(root.Get("a"), nullptr);
  EXPECT_EQ(root.Get("b"), nullptr);
}

TEST(YamlDocTest, SyntaxErrorsHavePositions) {
  Diagnostic d = MustFail("a: b: c\n");
  EXPECT_EQ(d.rule_id, "ENG001");
  EXPECT_EQ(d.message, "YAML parse error: illegal map value.");
  ExpectAt(d.position, 1, 5);

  d = MustFail("a:\n  b: 1\n c: 2\n");
  EXPECT_EQ(d.message, "YAML parse error: end of map not found.");
  ExpectAt(d.position, 3, 2);

  d = MustFail("key: [1, 2\n");
  EXPECT_EQ(d.message, "YAML parse error: end of sequence flow not found.");
  ExpectAt(d.position, 1, 11);

  d = MustFail("a: *missing\n");
  EXPECT_EQ(d.message, "YAML parse error: the referenced anchor is not defined.");
  ExpectAt(d.position, 1, 4);
}

double SecondsToParse(const std::string& text, Diagnostic* out) {
  const auto start = std::chrono::steady_clock::now();
  *out = MustFail(text);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(YamlDocTest, DeepNestingIsRejectedQuickly) {
  for (const std::string& text : {std::string(100000, '['), std::string(100000, '{'), [] {
                                    std::string s;
                                    for (int i = 0; i < 50000; ++i) s += "- ";
                                    return s + "x\n";
                                  }()}) {
    Diagnostic d;
    EXPECT_LT(SecondsToParse(text, &d), 5.0);
    EXPECT_EQ(d.rule_id, "ENG001");
    EXPECT_EQ(d.message, "YAML document too large or too deeply nested.");
  }
}

TEST(YamlDocTest, AliasBombIsRejectedQuickly) {
  // Nine levels of nine aliases each would expand to 9^9 scalars.
  std::string text =
      "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n";
  const std::string names = "abcdefghi";
  for (size_t i = 1; i < names.size(); ++i) {
    text += std::string(1, names[i]) + ": &" + names[i] + " [";
    for (int k = 0; k < 9; ++k) text += (k ? ", *" : "*") + std::string(1, names[i - 1]);
    text += "]\n";
  }
  Diagnostic d;
  EXPECT_LT(SecondsToParse(text, &d), 5.0);
  EXPECT_EQ(d.message, "YAML document too large or too deeply nested.");
  EXPECT_GE(d.position.line, 6);

  // A few aliases of one huge scalar: bounded by bytes, not by node count.
  const std::string big = "s: &s \"" + std::string(1 << 20, 'x') + "\"\nl: [" + [] {
    std::string aliases;
    for (int k = 0; k < 100; ++k) aliases += k ? ", *s" : "*s";
    return aliases;
  }() + "]\n";
  EXPECT_LT(SecondsToParse(big, &d), 5.0);
  EXPECT_EQ(d.message, "YAML document too large or too deeply nested.");
  // The 64 MiB budget: the scalar and its anchor copy take 2 MiB and the keys 2 bytes, so the
  // 62nd alias (at column 1 + 4 * 62) crosses it.
  ExpectAt(d.position, 2, 1 + 4 * 62);
}

TEST(YamlDocTest, ModerateAliasUseIsFine) {
  const DocNode root = MustParse("d: &d {a: 1, b: [1, 2]}\nx: [*d, *d, *d]\n");
  ASSERT_EQ(root.Get("x")->items.size(), 3u);
  EXPECT_EQ(root.Get("x")->items[2].Find("b")->items[1].Text(), "2");
}

}  // namespace
}  // namespace packaudit
