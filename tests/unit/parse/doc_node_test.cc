#include "parse/doc_node.h"

#include <gtest/gtest.h>

namespace packaudit {
namespace {

DocNode Scalar(std::string text) {
  DocNode node;
  node.kind = DocNode::Kind::kScalar;
  node.scalar = std::move(text);
  return node;
}

DocNode Map(std::vector<std::pair<DocNode, DocNode>> entries) {
  DocNode node;
  node.kind = DocNode::Kind::kMap;
  node.entries = std::move(entries);
  return node;
}

TEST(DocNodeTest, GetReturnsFirstMatchingValue) {
  DocNode key = Scalar("a");
  key.position = {3, 5};
  const DocNode map =
      Map({{key, Scalar("1")}, {Scalar("b"), Scalar("2")}, {Scalar("a"), Scalar("3")}});
  ASSERT_NE(map.Get("a"), nullptr);
  EXPECT_EQ(map.Get("a")->Text(), "1");
  EXPECT_EQ(map.Get("b")->Text(), "2");
  EXPECT_EQ(map.Get("c"), nullptr);
  ASSERT_NE(map.KeyNode("a"), nullptr);
  EXPECT_EQ(map.KeyNode("a")->position.line, 3);
  EXPECT_EQ(map.KeyNode("a")->position.column, 5);
  EXPECT_EQ(map.KeyNode("zzz"), nullptr);
}

TEST(DocNodeTest, GetOnNonMapIsNull) {
  const DocNode scalar = Scalar("x");
  EXPECT_EQ(scalar.Get("x"), nullptr);
  EXPECT_EQ(scalar.KeyNode("x"), nullptr);
  DocNode sequence;
  sequence.kind = DocNode::Kind::kSequence;
  sequence.items.push_back(Scalar("x"));
  EXPECT_EQ(sequence.Get("x"), nullptr);
}

TEST(DocNodeTest, FindFollowsDottedPath) {
  const DocNode root =
      Map({{Scalar("script"), Map({{Scalar("type"), Scalar("python")},
                                   {Scalar("commands"), Map({{Scalar("x"), Scalar("y")}})}})}});
  ASSERT_NE(root.Find("script.type"), nullptr);
  EXPECT_EQ(root.Find("script.type")->Text(), "python");
  EXPECT_EQ(root.Find("script.commands.x")->Text(), "y");
  EXPECT_TRUE(root.Find("script")->IsMap());
  EXPECT_EQ(root.Find("script.missing"), nullptr);
  EXPECT_EQ(root.Find("script.type.deeper"), nullptr);
  EXPECT_EQ(root.Find("nothing.type"), nullptr);
}

TEST(DocNodeTest, Empty) {
  EXPECT_TRUE(DocNode().Empty());
  EXPECT_TRUE(Scalar("").Empty());
  EXPECT_TRUE(Scalar(" \t\n").Empty());
  EXPECT_FALSE(Scalar(" x ").Empty());
  EXPECT_FALSE(Scalar("0").Empty());
  DocNode sequence;
  sequence.kind = DocNode::Kind::kSequence;
  EXPECT_TRUE(sequence.Empty());
  sequence.items.push_back(DocNode());
  EXPECT_FALSE(sequence.Empty());
  EXPECT_TRUE(Map({}).Empty());
  EXPECT_FALSE(Map({{Scalar("a"), DocNode()}}).Empty());
}

TEST(DocNodeTest, TextOfNonScalarIsEmpty) {
  EXPECT_EQ(DocNode().Text(), "");
  EXPECT_EQ(Map({{Scalar("a"), Scalar("b")}}).Text(), "");
  EXPECT_EQ(Scalar("v").Text(), "v");
}

}  // namespace
}  // namespace packaudit
