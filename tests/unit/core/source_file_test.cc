#include "core/source_file.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace packaudit {
namespace {

TEST(SourceFileTest, LfLines) {
  const SourceFile f("a.py", "a\nbb\nccc");
  EXPECT_EQ(f.path(), "a.py");
  ASSERT_EQ(f.line_count(), 3);
  EXPECT_EQ(f.Line(1), "a");
  EXPECT_EQ(f.Line(2), "bb");
  EXPECT_EQ(f.Line(3), "ccc");
  EXPECT_EQ(f.LineStart(2), 2u);
  EXPECT_EQ(f.LineEnd(2), 4u);
  EXPECT_EQ(f.LineStart(3), 5u);
  EXPECT_EQ(f.LineEnd(3), 8u);
}

TEST(SourceFileTest, FinalNewlineDoesNotStartALine) {
  const SourceFile f("a", "a\nb\n");
  ASSERT_EQ(f.line_count(), 2);
  EXPECT_EQ(f.Line(2), "b");
  EXPECT_EQ(f.LineEnd(2), 3u);
  const SourceFile blank_last("a", "a\n\n");
  ASSERT_EQ(blank_last.line_count(), 2);
  EXPECT_EQ(blank_last.Line(2), "");
  const SourceFile only_newline("a", "\n");
  EXPECT_EQ(only_newline.line_count(), 1);
  EXPECT_EQ(only_newline.Line(1), "");
}

TEST(SourceFileTest, CrlfLines) {
  const SourceFile f("a", "one\r\ntwo\r\n\r\nfour\r\n");
  ASSERT_EQ(f.line_count(), 4);
  EXPECT_EQ(f.Line(1), "one");
  EXPECT_EQ(f.Line(2), "two");
  EXPECT_EQ(f.Line(3), "");
  EXPECT_EQ(f.Line(4), "four");
  EXPECT_EQ(f.LineStart(2), 5u);
  EXPECT_EQ(f.LineEnd(2), 8u);
}

TEST(SourceFileTest, LoneCrLines) {
  const SourceFile f("a", "one\rtwo\r\rfour");
  ASSERT_EQ(f.line_count(), 4);
  EXPECT_EQ(f.Line(1), "one");
  EXPECT_EQ(f.Line(2), "two");
  EXPECT_EQ(f.Line(3), "");
  EXPECT_EQ(f.Line(4), "four");
}

TEST(SourceFileTest, MixedLineBreaks) {
  // CR CR LF is a lone CR followed by a CRLF.
  const SourceFile f("a", "a\r\r\nb\nc\r");
  ASSERT_EQ(f.line_count(), 4);
  EXPECT_EQ(f.Line(1), "a");
  EXPECT_EQ(f.Line(2), "");
  EXPECT_EQ(f.Line(3), "b");
  EXPECT_EQ(f.Line(4), "c");
  EXPECT_EQ(f.LineOf(0), 1);
  EXPECT_EQ(f.LineOf(1), 1);  // the lone CR belongs to line 1
  EXPECT_EQ(f.LineOf(2), 2);
  EXPECT_EQ(f.LineOf(4), 3);
  EXPECT_EQ(f.LineOf(7), 4);
}

TEST(SourceFileTest, EmptyFile) {
  const SourceFile f("empty", "");
  EXPECT_EQ(f.size(), 0u);
  ASSERT_EQ(f.line_count(), 1);
  EXPECT_EQ(f.Line(1), "");
  EXPECT_EQ(f.LineStart(1), 0u);
  EXPECT_EQ(f.LineEnd(1), 0u);
  EXPECT_EQ(f.LineOf(0), 1);
  EXPECT_EQ(f.PositionOf(0).line, 1);
  EXPECT_EQ(f.PositionOf(0).column, 1);
  EXPECT_EQ(f.OffsetOf({1, 1}), 0u);
  EXPECT_EQ(f.OffsetOf({5, 9}), 0u);
  EXPECT_TRUE(f.valid_utf8());
  EXPECT_FALSE(f.has_nul());
}

TEST(SourceFileTest, LineArgumentsAreClamped) {
  const SourceFile f("a", "x\ny");
  EXPECT_EQ(f.Line(0), "x");
  EXPECT_EQ(f.Line(-3), "x");
  EXPECT_EQ(f.Line(3), "y");
  EXPECT_EQ(f.LineOf(100), 2);
}

TEST(SourceFileTest, ColumnsAreUtf16CodeUnits) {
  // "é" is 2 bytes / 1 unit, U+1F600 is 4 bytes / 2 units.
  const std::string text = "x = \"\xC3\xA9\xF0\x9F\x98\x80\" + key\nnext";
  const SourceFile f("a.py", text);
  const size_t key = text.find("key");
  ASSERT_EQ(key, 15u);
  const Position p = f.PositionOf(key);
  EXPECT_EQ(p.line, 1);
  EXPECT_EQ(p.column, 13);  // x = "  (5) + é (1) + U+1F600 (2) + " +  (4): 12 units before
  EXPECT_EQ(f.OffsetOf({1, 13}), key);
  EXPECT_EQ(f.PositionOf(text.find("next")).line, 2);
  EXPECT_EQ(f.PositionOf(text.find("next")).column, 1);
  // A column past the end of the line clamps to the line's end (before the line break).
  EXPECT_EQ(f.OffsetOf({1, 500}), text.find('\n'));
}

TEST(SourceFileTest, OffsetOfRoundTripsOnCharacterBoundaries) {
  const std::string text =
      "a\xC3\xA9\xF0\x9F\x98\x80z\r\n\xE2\x82\xAC \xF0\x90\x8D\x88\rend\n\nlast";
  const SourceFile f("a", text);
  for (size_t offset = 0; offset <= text.size(); ++offset) {
    if (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
      continue;  // inside a character
    }
    if (offset > 0 && offset < text.size() && text[offset - 1] == '\r' && text[offset] == '\n') {
      continue;  // between CR and LF
    }
    const Position p = f.PositionOf(offset);
    EXPECT_EQ(f.OffsetOf(p), offset) << "offset " << offset << " -> " << p.line << ":" << p.column;
  }
  EXPECT_EQ(f.line_count(), 5);
  EXPECT_EQ(f.Line(2), "\xE2\x82\xAC \xF0\x90\x8D\x88");
  const Position end_of_g = f.PositionOf(text.find("\rend"));
  EXPECT_EQ(end_of_g.line, 2);
  EXPECT_EQ(end_of_g.column, 5);  // euro (1) + space (1) + U+10348 (2)
}

TEST(SourceFileTest, InvalidUtf8IsDetected) {
  const SourceFile bad("a",
                       "ab\xFF"
                       "cd");
  EXPECT_FALSE(bad.valid_utf8());
  EXPECT_EQ(bad.first_invalid_utf8(), 2u);
  // Each invalid byte counts one column.
  EXPECT_EQ(bad.PositionOf(3).column, 4);
  EXPECT_EQ(bad.OffsetOf({1, 4}), 3u);

  EXPECT_EQ(FindInvalidUtf8("ok \xC3\xA9 \xF0\x9F\x98\x80"), std::string::npos);
  EXPECT_EQ(FindInvalidUtf8("\xC0\x80"), 0u);              // overlong NUL
  EXPECT_EQ(FindInvalidUtf8("x\xE0\x80\xAF"), 1u);         // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("xy\xED\xA0\x80"), 2u);        // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);      // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xF8\x88\x80\x80\x80"), 0u);  // 5-byte form
  EXPECT_EQ(FindInvalidUtf8("abc\xE2\x82"), 3u);           // truncated at the end
  EXPECT_EQ(FindInvalidUtf8("a\xE2\x82z"), 1u);            // truncated in the middle
  EXPECT_EQ(FindInvalidUtf8("\x80"), 0u);                  // stray continuation byte
  EXPECT_EQ(FindInvalidUtf8(""), std::string::npos);
  EXPECT_TRUE(SourceFile("a", "\xEF\xBB\xBFx").valid_utf8());  // a BOM is valid UTF-8
}

TEST(SourceFileTest, Utf16Length) {
  EXPECT_EQ(Utf16Length(""), 0u);
  EXPECT_EQ(Utf16Length("abc"), 3u);
  EXPECT_EQ(Utf16Length("\xC3\xA9"), 1u);
  EXPECT_EQ(Utf16Length("\xE2\x82\xAC"), 1u);
  EXPECT_EQ(Utf16Length("\xF0\x9F\x98\x80"), 2u);
  EXPECT_EQ(Utf16Length("a\xFF\xFE"), 3u);
  EXPECT_EQ(Utf16Length("\xE2\x82"), 2u);
}

TEST(SourceFileTest, NulMarksBinary) {
  EXPECT_TRUE(SourceFile("a", std::string("ab\0c", 4)).has_nul());
  EXPECT_FALSE(SourceFile("a", "abc").has_nul());
}

TEST(SourceFileTest, ArbitraryBytesKeepInvariants) {
  // Deterministic pseudo-random bytes rich in line breaks and UTF-8 lead/continuation bytes.
  const std::string alphabet =
      std::string("ab\r\n\n \x80\xBF\xC3\xA9\xE2\x82\xF0\x9F\xFF", 15) + std::string(1, '\0');
  uint32_t state = 7;
  for (int round = 0; round < 50; ++round) {
    std::string bytes;
    for (int i = 0; i < 64; ++i) {
      state = state * 1103515245u + 12345u;
      bytes += alphabet[(state >> 16) % alphabet.size()];
    }
    const SourceFile f("fuzz", bytes);
    int previous_line = 1;
    for (size_t offset = 0; offset <= bytes.size(); ++offset) {
      const Position p = f.PositionOf(offset);
      ASSERT_GE(p.line, previous_line);
      ASSERT_LE(p.line, f.line_count());
      ASSERT_GE(p.column, 1);
      previous_line = p.line;
      const size_t back = f.OffsetOf(p);
      ASSERT_LE(back, bytes.size());
      ASSERT_GE(back, f.LineStart(p.line));
      ASSERT_LE(back, f.LineEnd(p.line));
    }
    for (int line = 1; line <= f.line_count(); ++line) {
      ASSERT_LE(f.LineStart(line), f.LineEnd(line));
      ASSERT_EQ(f.Line(line).find_first_of("\r\n"), std::string_view::npos);
    }
  }
}

}  // namespace
}  // namespace packaudit
