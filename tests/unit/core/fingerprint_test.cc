#include "core/fingerprint.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace packaudit {
namespace {

namespace fs = std::filesystem;

std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// <line>\t<hash> rows of a vector's .expected.tsv file.
std::vector<std::string> ReadExpected(const fs::path& path) {
  std::vector<std::string> hashes;
  std::istringstream in(ReadBytes(path));
  std::string row;
  int expected_line = 1;
  while (std::getline(in, row)) {
    if (row.empty()) continue;
    const size_t tab = row.find('\t');
    EXPECT_NE(tab, std::string::npos) << path << ": " << row;
    if (tab == std::string::npos) continue;
    EXPECT_EQ(std::stoi(row.substr(0, tab)), expected_line) << path;
    ++expected_line;
    hashes.push_back(row.substr(tab + 1));
  }
  return hashes;
}

TEST(LineHashesTest, MatchesEverySharedVector) {
  const fs::path dir = fs::path(PACKAUDIT_SHARED_DIR) / "sarif" / "fingerprint-vectors";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no shared fingerprint vectors at " << dir;
  int vectors = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name.starts_with(".") || name.ends_with(".expected.tsv")) {
      continue;
    }
    const fs::path expected_path = entry.path().string() + ".expected.tsv";
    ASSERT_TRUE(fs::exists(expected_path)) << expected_path;
    SCOPED_TRACE(name);
    const std::vector<std::string> expected = ReadExpected(expected_path);
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(LineHashes(ReadBytes(entry.path())), expected);
    ++vectors;
  }
  EXPECT_GE(vectors, 7);
}

// The documented examples, independent of the vector files being present.
TEST(LineHashesTest, DocumentedValues) {
  const std::string a_py =
      "import demistomock as demisto\n\ndef main():\n    api_key = \"AKIA1234567890\"\n"
      "    return api_key\n";
  const std::vector<std::string> a = LineHashes(a_py);
  ASSERT_EQ(a.size(), 6u);
  EXPECT_EQ(a[3], "2c968962cd24329b:1");
  EXPECT_EQ(a[5], "c129715d7a2bc9a3:1");

  std::string passes;
  for (int i = 0; i < 25; ++i) passes += "pass\n";
  const std::vector<std::string> p = LineHashes(passes);
  ASSERT_EQ(p.size(), 26u);
  for (int i = 0; i < 6; ++i) EXPECT_EQ(p[i], "ce93db9bf14334ac:" + std::to_string(i + 1));
  EXPECT_EQ(p[6], "ce93dbb87d4741ea:1");
  EXPECT_EQ(p[25], "c129715d7a2bc9a3:1");

  // Hex without leading zeros: this hash has 15 digits.
  EXPECT_EQ(LineHashes("pass\npass\npass\n")[1], "58ea3309c492ac1:1");
  EXPECT_EQ(LineHashes(""), std::vector<std::string>{"c129715d7a2bc9a3:1"});
}

TEST(LineHashesTest, OneMoreLineThanLineBreaks) {
  EXPECT_EQ(LineHashes("x").size(), 1u);
  EXPECT_EQ(LineHashes("x\n").size(), 2u);
  EXPECT_EQ(LineHashes("x\ny").size(), 2u);
  EXPECT_EQ(LineHashes("\n\n\n").size(), 4u);
}

TEST(LineHashesTest, LineBreakStylesAreEquivalent) {
  const auto lf = LineHashes("x = 1\ny = 2\n\nz\n");
  EXPECT_EQ(LineHashes("x = 1\r\ny = 2\r\n\r\nz\r\n"), lf);
  EXPECT_EQ(LineHashes("x = 1\ry = 2\r\rz\r"), lf);
  EXPECT_EQ(LineHashes("x = 1\r\ny = 2\r\rz\n"), lf);
}

TEST(LineHashesTest, SpaceOrTabBetweenCrAndLfMakesTwoBreaks) {
  // As in the reference: the dropped space resets the CR state, so the LF is a second break.
  const auto hashes = LineHashes("a\r \nb");
  ASSERT_EQ(hashes.size(), 3u);
  EXPECT_EQ(hashes, LineHashes("a\n\nb"));
  EXPECT_EQ(LineHashes("a\r\t\nb"), hashes);
}

TEST(LineHashesTest, SpacesAndTabsAreIgnored) {
  EXPECT_EQ(LineHashes("x=1\n"), LineHashes("  x = 1\t\n"));
  // Other whitespace counts.
  EXPECT_NE(LineHashes("x=1\n"), LineHashes("x=1\f\n"));
}

TEST(LineHashesTest, WindowIsOneHundredUnits) {
  const std::string line1(60, 'a');
  const std::string line2a = std::string(38, 'b') + "X" + std::string(50, 'c');
  const std::string line2b = std::string(38, 'b') + "Y" + std::string(50, 'c');
  // Line 1's window: 60 'a', LF, 39 units of line 2; the 39th is the X/Y.
  EXPECT_NE(LineHashes(line1 + "\n" + line2a)[0], LineHashes(line1 + "\n" + line2b)[0]);
  const std::string line2c = std::string(39, 'b') + "X" + std::string(50, 'c');
  const std::string line2d = std::string(39, 'b') + "Y" + std::string(50, 'c');
  EXPECT_EQ(LineHashes(line1 + "\n" + line2c)[0], LineHashes(line1 + "\n" + line2d)[0]);
  // A moved line keeps its hash when it is far enough from the end of the file.
  const std::string body = std::string(120, 'q') + "\n";
  EXPECT_EQ(LineHashes("first\n" + body + "tail\n")[1],
            LineHashes("first\nnew line\n" + body + "tail\n")[2]);
}

TEST(LineHashesTest, NonBmpCharacterIsTwoUnits) {
  // Line 1 is 99 'a' followed by an emoji: its window ends with the high surrogate, which
  // U+1F600 and U+1F601 share, so only a UTF-16 implementation gives equal hashes.
  const std::string prefix(99, 'a');
  const auto grin = LineHashes(prefix + "\xF0\x9F\x98\x80");
  const auto beam = LineHashes(prefix + "\xF0\x9F\x98\x81");
  EXPECT_EQ(grin[0], beam[0]);
  const std::string shorter(98, 'a');
  EXPECT_NE(LineHashes(shorter + "\xF0\x9F\x98\x80")[0],
            LineHashes(shorter + "\xF0\x9F\x98\x81")[0]);
}

TEST(LineHashesTest, ByteOrderMarkIsOneUnit) {
  EXPECT_NE(LineHashes("\xEF\xBB\xBFx\n")[0], LineHashes("x\n")[0]);
  EXPECT_EQ(LineHashes("\xEF\xBB\xBFx\n")[0], LineHashes("\xEF\xBB\xBFx\n")[0]);
}

TEST(LineHashesTest, InvalidUtf8DecodesLikeTextDecoder) {
  const std::string replacement = "\xEF\xBF\xBD";  // U+FFFD encoded
  // A lone invalid byte is one U+FFFD.
  EXPECT_EQ(LineHashes("a\xFFz\n"), LineHashes("a" + replacement + "z\n"));
  EXPECT_EQ(LineHashes("a\x80z\n"), LineHashes("a" + replacement + "z\n"));
  // Two invalid bytes are two.
  EXPECT_EQ(LineHashes("a\xC0\xAFz\n"), LineHashes("a" + replacement + replacement + "z\n"));
  // A truncated multi-byte sequence is one U+FFFD (maximal subpart), then the next byte.
  EXPECT_EQ(LineHashes("a\xE2\x82z\n"), LineHashes("a" + replacement + "z\n"));
  EXPECT_EQ(LineHashes("a\xF0\x9F\x98"), LineHashes("a" + replacement));
  // A surrogate encoded in UTF-8 is invalid: ED is a prefix, A0 and 80 are not continuations.
  EXPECT_EQ(LineHashes("\xED\xA0\x80"), LineHashes(replacement + replacement + replacement));
}

// A direct O(lines * 100) transcription of the definition, for ASCII input.
std::vector<std::string> NaiveLineHashes(const std::string& text) {
  std::vector<uint64_t> units;
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t') continue;
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      units.push_back('\n');
      starts.push_back(units.size());
      continue;
    }
    units.push_back(static_cast<unsigned char>(c));
  }
  units.push_back(0xFFFF);
  units.resize(units.size() + 100, 0);
  std::map<std::string, int> counts;
  std::vector<std::string> out;
  for (const size_t s : starts) {
    uint64_t h = 0;
    for (size_t k = 0; k < 100; ++k) h = h * 37 + units[s + k];
    std::ostringstream hex;
    hex << std::hex << h;
    out.push_back(hex.str() + ":" + std::to_string(++counts[hex.str()]));
  }
  return out;
}

TEST(LineHashesTest, RollingHashEqualsDirectDefinition) {
  // Deterministic pseudo-random ASCII with many short and long lines (no CR before a space:
  // the naive version does not model that quirk).
  uint32_t state = 12345;
  const std::string alphabet = "ab \t\n\n\r\r\nxyz=()";
  std::string text;
  for (int i = 0; i < 5000; ++i) {
    state = state * 1103515245u + 12345u;
    const char c = alphabet[(state >> 16) % alphabet.size()];
    if (c == ' ' || c == '\t') {
      if (!text.empty() && text.back() == '\r') continue;
    }
    text += c;
  }
  EXPECT_EQ(LineHashes(text), NaiveLineHashes(text));
}

TEST(StableHashTest, IsFnv1a64) {
  EXPECT_EQ(StableHash(""), "cbf29ce484222325");
  EXPECT_EQ(StableHash("a"), "af63dc4c8601ec8c");
  EXPECT_EQ(StableHash("foobar"), "85944171f73967e8");
}

TEST(NormalizeForFingerprintTest, CollapsesAndTrimsWhitespace) {
  EXPECT_EQ(NormalizeForFingerprint("  api_key =\t\t\"x\"\r\n  + y  "), "api_key = \"x\" + y");
  EXPECT_EQ(NormalizeForFingerprint("a\fb\vc"), "a b c");
  EXPECT_EQ(NormalizeForFingerprint(""), "");
  EXPECT_EQ(NormalizeForFingerprint(" \n\t "), "");
  EXPECT_EQ(NormalizeForFingerprint("already normal"), "already normal");
}

TEST(LocationFingerprintTest, FormatAndStability) {
  const std::string fp = LocationFingerprint("SEC001", "Packs/A/x.py", "api_key = \"x\"", 1);
  ASSERT_EQ(fp.size(), 18u);
  EXPECT_EQ(fp.substr(16), ":1");
  EXPECT_EQ(fp.find_first_not_of("0123456789abcdef"), 16u);
  // The same text found on another line (re-indented) gives the same value: the line is no input
  // and the text is normalised first.
  EXPECT_EQ(LocationFingerprint("SEC001", "Packs/A/x.py",
                                NormalizeForFingerprint("    api_key  =  \"x\""), 1),
            fp);
  // Deterministic across calls and builds: a fixed value.
  EXPECT_EQ(fp.substr(0, 16), StableHash(std::string("SEC001\0Packs/A/x.py\0api_key = \"x\"", 33)));
}

TEST(LocationFingerprintTest, DistinguishesEachInput) {
  const std::string base = LocationFingerprint("SEC001", "a.py", "x", 1);
  EXPECT_EQ(LocationFingerprint("SEC001", "a.py", "x", 2), base.substr(0, 16) + ":2");
  EXPECT_NE(LocationFingerprint("SEC002", "a.py", "x", 1), base);
  EXPECT_NE(LocationFingerprint("SEC001", "b.py", "x", 1), base);
  EXPECT_NE(LocationFingerprint("SEC001", "a.py", "y", 1), base);
  // Field boundaries matter.
  EXPECT_NE(LocationFingerprint("A", "bc", "", 1), LocationFingerprint("Ab", "c", "", 1));
}

}  // namespace
}  // namespace packaudit
