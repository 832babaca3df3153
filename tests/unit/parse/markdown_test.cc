#include "parse/markdown.h"

#include <gtest/gtest.h>

#include <string>

namespace packaudit {
namespace {

MarkdownDoc Parse(const std::string& text) { return ParseMarkdown(SourceFile("README.md", text)); }

void ExpectAt(const Position& position, int line, int column) {
  EXPECT_EQ(position.line, line);
  EXPECT_EQ(position.column, column);
}

// Line 1-2: a comment; 4: intro; 6: ATX heading; 8-9: setext heading; 11-12: links; 14-17: a
// table.
constexpr char kReadme[] =
    "<!-- a comment\n"
    "spanning two lines -->\n"
    "\n"
    "  Intro *text* with [a link](https://example.com/a?b=1&amp;c \"t\") and ![pic](p.png).\n"
    "\n"
    "# Título &amp; more `code`\n"
    "\n"
    "Setext Heading\n"
    "--------------\n"
    "\n"
    "See <https://auto.example.com> and www.example.org.\n"
    "😀 [![badge](https://img.example.com/b.svg)](https://ci.example.com)\n"
    "\n"
    "| Name | Value |\n"
    "| --- | :---: |\n"
    "| a | **b** |\n"
    "| c \\| d | |\n";

TEST(MarkdownTest, Headings) {
  const MarkdownDoc doc = Parse(kReadme);
  ASSERT_EQ(doc.headings.size(), 2u);
  EXPECT_EQ(doc.headings[0].level, 1);
  EXPECT_EQ(doc.headings[0].text, "Título & more code");
  ExpectAt(doc.headings[0].position, 6, 3);
  EXPECT_EQ(doc.headings[1].level, 2);
  EXPECT_EQ(doc.headings[1].text, "Setext Heading");
  ExpectAt(doc.headings[1].position, 8, 1);
}

TEST(MarkdownTest, LinksAndImages) {
  const MarkdownDoc doc = Parse(kReadme);
  ASSERT_EQ(doc.links.size(), 6u);
  EXPECT_EQ(doc.links[0].url, "https://example.com/a?b=1&c");
  EXPECT_EQ(doc.links[0].text, "a link");
  EXPECT_FALSE(doc.links[0].image);
  EXPECT_FALSE(doc.links[0].autolink);
  ExpectAt(doc.links[0].position, 4, 22);

  EXPECT_EQ(doc.links[1].url, "p.png");
  EXPECT_EQ(doc.links[1].text, "pic");
  EXPECT_TRUE(doc.links[1].image);
  ExpectAt(doc.links[1].position, 4, 73);

  EXPECT_EQ(doc.links[2].url, "https://auto.example.com");
  EXPECT_TRUE(doc.links[2].autolink);
  ExpectAt(doc.links[2].position, 11, 6);
  EXPECT_EQ(doc.links[3].url, "http://www.example.org");
  EXPECT_EQ(doc.links[3].text, "www.example.org");
  EXPECT_TRUE(doc.links[3].autolink);
  ExpectAt(doc.links[3].position, 11, 36);

  // A badge: a link whose text is an image; the link comes first (document order).
  EXPECT_EQ(doc.links[4].url, "https://ci.example.com");
  EXPECT_FALSE(doc.links[4].image);
  EXPECT_FALSE(doc.links[4].autolink);
  EXPECT_EQ(doc.links[4].text, "badge");
  ExpectAt(doc.links[4].position, 12, 7);  // after a non-BMP character (2 units)
  EXPECT_EQ(doc.links[5].url, "https://img.example.com/b.svg");
  EXPECT_TRUE(doc.links[5].image);
  ExpectAt(doc.links[5].position, 12, 7);
}

TEST(MarkdownTest, EmptyLinkTextKeepsTheLine) {
  const MarkdownDoc doc = Parse("Text\n\n[](https://empty.example.com) after\n");
  ASSERT_EQ(doc.links.size(), 1u);
  EXPECT_EQ(doc.links[0].text, "");
  EXPECT_EQ(doc.links[0].position.line, 3);
}

TEST(MarkdownTest, Tables) {
  const MarkdownDoc doc = Parse(kReadme);
  ASSERT_EQ(doc.tables.size(), 1u);
  const MdTable& table = doc.tables[0];
  ExpectAt(table.position, 14, 3);
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0], (std::vector<std::string>{"Name", "Value"}));
  EXPECT_EQ(table.rows[1], (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(table.rows[2], (std::vector<std::string>{"c | d", ""}));
}

TEST(MarkdownTest, FirstLineSkipsCommentsAndBlankLines) {
  const MarkdownDoc doc = Parse(kReadme);
  EXPECT_EQ(doc.first_line,
            "Intro *text* with [a link](https://example.com/a?b=1&amp;c \"t\") and ![pic](p.png).");
  EXPECT_EQ(doc.first_line_number, 4);

  MarkdownDoc other = Parse("\n  \n<!-- one --> <!-- two -->\n\t## Title  \n");
  EXPECT_EQ(other.first_line, "## Title");
  EXPECT_EQ(other.first_line_number, 4);

  other = Parse("\xEF\xBB\xBF# Heading\r\nbody\r\n");
  EXPECT_EQ(other.first_line, "# Heading");
  EXPECT_EQ(other.first_line_number, 1);

  other = Parse("\n<!-- only a comment -->\n   \n");
  EXPECT_EQ(other.first_line, "");
  EXPECT_EQ(other.first_line_number, 0);
}

TEST(MarkdownTest, PlainText) {
  const MarkdownDoc doc = Parse("# Title\n\nSome *bold* text\nnext line.\n\n```\ncode()\n```\n");
  EXPECT_EQ(doc.plain_text, "Title\nSome bold text\nnext line.\ncode()\n");
  // Raw HTML is markup, not text.
  EXPECT_EQ(Parse("<!-- hidden -->\n\nShown\n").plain_text, "Shown\n");
}

TEST(MarkdownTest, EmptyAndOddInput) {
  const MarkdownDoc empty = Parse("");
  EXPECT_TRUE(empty.headings.empty());
  EXPECT_EQ(empty.first_line_number, 0);
  const MarkdownDoc odd = Parse(std::string("# a\0b\n", 6) + std::string(10000, '[') + "\n");
  ASSERT_EQ(odd.headings.size(), 1u);
  EXPECT_EQ(odd.headings[0].text,
            "a\xEF\xBF\xBD"
            "b");
  ExpectAt(odd.headings[0].position, 1, 3);
}

}  // namespace
}  // namespace packaudit
