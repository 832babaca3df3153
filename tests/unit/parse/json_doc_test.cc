#include "parse/json_doc.h"

#include <gtest/gtest.h>

#include <string>

namespace packaudit {
namespace {

DocNode MustParse(const std::string& text) {
  const SourceFile file("test.json", text);
  auto result = ParseJson(file);
  if (auto* diagnostic = std::get_if<Diagnostic>(&result)) {
    ADD_FAILURE() << "unexpected diagnostic: " << diagnostic->message;
    return DocNode();
  }
  return std::get<DocNode>(std::move(result));
}

Diagnostic MustFail(const std::string& text) {
  const SourceFile file("test.json", text);
  auto result = ParseJson(file);
  if (!std::holds_alternative<Diagnostic>(result)) {
    ADD_FAILURE() << "expected a diagnostic for: " << text;
    return Diagnostic();
  }
  return std::get<Diagnostic>(std::move(result));
}

void ExpectAt(const Position& position, int line, int column) {
  EXPECT_EQ(position.line, line);
  EXPECT_EQ(position.column, column);
}

TEST(JsonDocTest, ValuesAndKinds) {
  const DocNode root =
      MustParse(R"({"name": "Pack", "n": 1.5e3, "ok": true, "nothing": null, "list": [1, "two"], )"
                R"("esc": "a\"b\u00e9\n"})");
  ASSERT_TRUE(root.IsMap());
  ASSERT_EQ(root.entries.size(), 6u);
  EXPECT_EQ(root.Get("name")->Text(), "Pack");
  EXPECT_TRUE(root.Get("name")->quoted);
  EXPECT_EQ(root.Get("n")->Text(), "1.5e3");
  EXPECT_FALSE(root.Get("n")->quoted);
  EXPECT_EQ(root.Get("ok")->Text(), "true");
  EXPECT_TRUE(root.Get("nothing")->IsNull());
  ASSERT_TRUE(root.Get("list")->IsSequence());
  EXPECT_EQ(root.Get("list")->items[1].Text(), "two");
  EXPECT_EQ(root.Get("esc")->Text(), "a\"b\xC3\xA9\n");
  EXPECT_TRUE(root.KeyNode("esc")->quoted);
  EXPECT_EQ(root.KeyNode("esc")->Text(), "esc");
}

TEST(JsonDocTest, ExactPositionsWithNonAsciiAndNonBmp) {
  const DocNode root = MustParse(
      "{\n"
      "  \"café\": \"crème\",\n"
      "  \"x😀\": {\"inner\": [1, 2]},\n"
      "  \"emoji\": \"😀😀\", \"key\": \"v\"\n"
      "}\n");
  ExpectAt(root.position, 1, 1);
  ExpectAt(root.end, 5, 2);
  ExpectAt(root.KeyNode("café")->position, 2, 3);
  ExpectAt(root.KeyNode("café")->end, 2, 9);
  ExpectAt(root.Get("café")->position, 2, 11);
  ExpectAt(root.Get("café")->end, 2, 18);
  ExpectAt(root.KeyNode("x😀")->position, 3, 3);
  ExpectAt(root.KeyNode("x😀")->end, 3, 8);
  const DocNode* inner = root.Get("x😀");
  ExpectAt(inner->position, 3, 10);
  ExpectAt(inner->KeyNode("inner")->position, 3, 11);
  ExpectAt(inner->Get("inner")->position, 3, 20);
  ExpectAt(inner->Get("inner")->items[1].position, 3, 24);
  ExpectAt(inner->Get("inner")->end, 3, 26);
  // After a value holding two non-BMP characters (two UTF-16 units each).
  ExpectAt(root.KeyNode("key")->position, 4, 20);
  ExpectAt(root.Get("key")->position, 4, 27);
  ExpectAt(root.Get("key")->end, 4, 30);
}

TEST(JsonDocTest, ByteOrderMarkIsAccepted) {
  const DocNode root = MustParse("\xEF\xBB\xBF{\"a\": 1}");
  ExpectAt(root.position, 1, 2);
  ExpectAt(root.Get("a")->position, 1, 8);
  ExpectAt(MustFail("\xEF\xBB\xBF{\"a\": 1,}").position, 1, 10);
}

TEST(JsonDocTest, ScalarAndArrayRoots) {
  EXPECT_EQ(MustParse(" \"only\" ").Text(), "only");
  EXPECT_EQ(MustParse("[]").items.size(), 0u);
  EXPECT_TRUE(MustParse("[]").IsSequence());
}

TEST(JsonDocTest, TrailingComma) {
  const Diagnostic d = MustFail("{\"a\": 1,}");
  EXPECT_EQ(d.rule_id, "ENG001");
  EXPECT_EQ(d.message, "JSON parse error: unexpected '}'; expected string literal.");
  ExpectAt(d.position, 1, 9);
  ExpectAt(MustFail("[1,\n 2,\n]").position, 3, 1);
}

TEST(JsonDocTest, MissingBrace) {
  const Diagnostic d = MustFail("{\n  \"a\": 1\n");
  EXPECT_EQ(d.message, "JSON parse error: unexpected end of input; expected '}'.");
  ExpectAt(d.position, 2, 9);
}

TEST(JsonDocTest, EmptyFile) {
  Diagnostic d = MustFail("");
  EXPECT_EQ(d.rule_id, "ENG001");
  EXPECT_EQ(d.message,
            "JSON parse error: unexpected end of input; expected '[', '{', or a literal.");
  ExpectAt(d.position, 1, 1);
  d = MustFail("  \n");
  ExpectAt(d.position, 1, 3);
}

TEST(JsonDocTest, TwoTopLevelValues) {
  const Diagnostic d = MustFail("{\"a\": 1}\n{\"b\": 2}\n");
  EXPECT_EQ(d.message, "JSON parse error: unexpected '{'; expected end of input.");
  ExpectAt(d.position, 2, 1);
}

TEST(JsonDocTest, CommentsAreErrors) {
  Diagnostic d = MustFail("{\"a\": 1 // note\n}");
  EXPECT_EQ(d.message, "JSON parse error: invalid literal.");
  ExpectAt(d.position, 1, 9);
  ExpectAt(MustFail("/* c */ {}").position, 1, 1);
}

TEST(JsonDocTest, BadTokensPointAtTheirStart) {
  ExpectAt(MustFail("{\"a\": tru}").position, 1, 7);
  ExpectAt(MustFail("{\"a\" \"b\"}").position, 1, 6);
  ExpectAt(MustFail("[1.]").position, 1, 2);
  // A bad string points at the offending character.
  const Diagnostic d = MustFail("{\"😀\": \"x\\q\"}");
  EXPECT_EQ(d.message, "JSON parse error: invalid string: forbidden character after backslash.");
  ExpectAt(d.position, 1, 11);
}

TEST(JsonDocTest, MessagesDoNotQuoteTheInput) {
  const Diagnostic d = MustFail("{\"token\": \"AKIASECRET\tx\"}");
  EXPECT_EQ(d.message.find("AKIA"), std::string::npos) << d.message;
  EXPECT_EQ(d.message.find("last read"), std::string::npos) << d.message;
  ExpectAt(d.position, 1, 22);
}

TEST(JsonDocTest, DeepNestingIsBounded) {
  const std::string deep = std::string(5000, '[') + std::string(5000, ']');
  const Diagnostic d = MustFail(deep);
  EXPECT_EQ(d.message, "JSON document too deeply nested.");
  ExpectAt(d.position, 1, 1001);
  EXPECT_EQ(MustFail(std::string(100000, '[')).rule_id, "ENG001");
  // Nesting up to the bound is fine.
  const DocNode ok = MustParse(std::string(1000, '[') + std::string(1000, ']'));
  EXPECT_TRUE(ok.IsSequence());
}

TEST(JsonDocTest, InvalidUtf8InsideAStringStillParses) {
  const DocNode root = MustParse("{\"a\": \"x\xFFy\", \"b\": 2}");
  EXPECT_EQ(root.Get("a")->Text(), "x\xEF\xBF\xBDy");
  ExpectAt(root.KeyNode("b")->position, 1, 14);
  ExpectAt(MustFail("{\"a\": 1\xFF}").position, 1, 8);
}

}  // namespace
}  // namespace packaudit
