#include "parse/code_tree.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "parse/tree_sitter_parse.h"

namespace packaudit {
namespace {

// First node of `type` in pre-order.
std::optional<TSNode> FindNode(TSNode node, const char* type) {
  if (std::strcmp(ts_node_type(node), type) == 0) return node;
  for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
    if (auto found = FindNode(ts_node_child(node, i), type)) return found;
  }
  return std::nullopt;
}

TEST(CodeTreeTest, Python) {
  const std::string code = "import os\nx = eval(input())\n";
  auto tree = CodeTree::Parse(Language::kPython, code);
  ASSERT_NE(tree, nullptr);
  EXPECT_EQ(tree->language(), Language::kPython);
  EXPECT_FALSE(tree->has_error());
  EXPECT_FALSE(tree->FirstErrorOffset().has_value());
  EXPECT_STREQ(ts_node_type(tree->root()), "module");
  const auto call = FindNode(tree->root(), "call");
  ASSERT_TRUE(call.has_value());
  EXPECT_EQ(tree->NodeText(*call), "eval(input())");
  EXPECT_EQ(ts_node_start_byte(*call), 14u);
}

TEST(CodeTreeTest, PythonSyntaxError) {
  const std::string code = "x = 1\ndef f(:\n  pass\n";
  auto tree = CodeTree::Parse(Language::kPython, code);
  ASSERT_NE(tree, nullptr);
  EXPECT_TRUE(tree->has_error());
  ASSERT_TRUE(tree->FirstErrorOffset().has_value());
  EXPECT_EQ(*tree->FirstErrorOffset(), 12u);  // the missing ')' after "def f("
}

TEST(CodeTreeTest, JavaScript) {
  const std::string code = "var x = eval('1');\n";
  auto tree = CodeTree::Parse(Language::kJavaScript, code);
  ASSERT_NE(tree, nullptr);
  EXPECT_FALSE(tree->has_error());
  EXPECT_STREQ(ts_node_type(tree->root()), "program");
  const auto call = FindNode(tree->root(), "call_expression");
  ASSERT_TRUE(call.has_value());
  EXPECT_EQ(tree->NodeText(*call), "eval('1')");

  auto broken = CodeTree::Parse(Language::kJavaScript, "var x = 1;\nfunction (\n");
  ASSERT_NE(broken, nullptr);
  EXPECT_TRUE(broken->has_error());
  EXPECT_EQ(*broken->FirstErrorOffset(), 11u);
}

TEST(CodeTreeTest, PowerShell) {
  const std::string code = "$x = Invoke-Expression 'dir'\n";
  auto tree = CodeTree::Parse(Language::kPowerShell, code);
  ASSERT_NE(tree, nullptr);
  EXPECT_FALSE(tree->has_error());
  const auto command = FindNode(tree->root(), "command_name");
  ASSERT_TRUE(command.has_value());
  EXPECT_EQ(tree->NodeText(*command), "Invoke-Expression");

  auto broken = CodeTree::Parse(Language::kPowerShell, "if ($x -eq 1 {\n}\n");
  ASSERT_NE(broken, nullptr);
  EXPECT_TRUE(broken->has_error());
  EXPECT_TRUE(broken->FirstErrorOffset().has_value());
}

TEST(CodeTreeTest, CAndCppHaveNoTreeYet) {
  EXPECT_EQ(TreeSitterLanguage(Language::kC), nullptr);
  EXPECT_EQ(TreeSitterLanguage(Language::kCpp), nullptr);
  EXPECT_EQ(CodeTree::Parse(Language::kC, "int main() { return 0; }"), nullptr);
  EXPECT_EQ(CodeTree::Parse(Language::kCpp, "int main() { return 0; }"), nullptr);
  EXPECT_NE(TreeSitterLanguage(Language::kPython), nullptr);
}

TEST(CodeTreeTest, EmptyAndOversizedInput) {
  auto empty = CodeTree::Parse(Language::kPython, "");
  ASSERT_NE(empty, nullptr);
  EXPECT_FALSE(empty->has_error());
  const std::string huge(kTreeSitterMaxBytes + 1, ' ');
  EXPECT_EQ(CodeTree::Parse(Language::kPython, huge), nullptr);
}

TEST(CodeTreeTest, ParserIsReusableAfterErrors) {
  for (int i = 0; i < 3; ++i) {
    auto broken = CodeTree::Parse(Language::kPython, "def (((\n");
    ASSERT_NE(broken, nullptr);
    EXPECT_TRUE(broken->has_error());
    auto good = CodeTree::Parse(Language::kPython, "pass\n");
    ASSERT_NE(good, nullptr);
    EXPECT_FALSE(good->has_error());
  }
}

TEST(CodeTreeTest, ConcurrentParsing) {
  const std::string python = "def f(x):\n    return eval(x)\n";
  const std::string javascript = "function f(x) { return eval(x); }\n";
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        auto a = CodeTree::Parse(Language::kPython, python);
        auto b = CodeTree::Parse(Language::kJavaScript, javascript);
        if (a == nullptr || a->has_error() || b == nullptr || b->has_error()) ++failures[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace packaudit
