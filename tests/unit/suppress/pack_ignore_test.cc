#include "suppress/pack_ignore.h"

#include <gtest/gtest.h>

#include <random>

namespace packaudit {
namespace {

TEST(PackIgnoreTest, KeepsOnlyPackauditCodesInFileSections) {
  SourceFile file("Packs/X/.pack-ignore",
                  "[file:X.yml]\nignore=IN126,SEC002, BA101 ,TLS001\n\n[file:X.py]\n"
                  "ignore=PA116\n[known_words]\nSEC003\n[tests_format]\nignore=SEC004\n"
                  "[pack]\nignore=SEC005\n");
  const auto entries = ParsePackIgnore(file);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].file, "X.yml");
  EXPECT_EQ(entries[0].code, "SEC002");
  EXPECT_EQ(entries[0].line, 2);
  EXPECT_EQ(entries[0].region.start_column, 14);
  EXPECT_EQ(entries[1].code, "TLS001");
}

TEST(PackIgnoreTest, PackauditCodes) {
  for (const char* code : {"DOC001", "META002", "ADOPT003", "REL001", "CODE002", "SEC009", "TLS001",
                           "PRIV006", "ENG001"}) {
    EXPECT_TRUE(IsPackauditCode(code)) << code;
  }
  for (const char* code : {"IN126", "PA116", "BA101", "RM100", "SEC09", "SECX01", "XYZ001"}) {
    EXPECT_FALSE(IsPackauditCode(code)) << code;
  }
}

TEST(PackIgnoreTest, MalformedInputNeverCrashes) {
  for (const char* text : {"[file:", "[file:]\nignore=SEC001", "ignore=SEC001", "[file:a]\nignore",
                           "[file:a]\n=SEC001", "[]\n[[file:a]]\nignore=,,,SEC001,,", "\n\n\n",
                           "[file:a]\nignore=SEC001\r\n"}) {
    SourceFile file("p/.pack-ignore", text);
    for (const auto& e : ParsePackIgnore(file)) EXPECT_EQ(e.code, "SEC001");
  }
  std::mt19937 rng(11);
  const std::string alphabet = "[]file:=ignoreSEC0123,\n \r#;";
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) text += alphabet[rng() % alphabet.size()];
    SourceFile file("p/.pack-ignore", text);
    for (const auto& e : ParsePackIgnore(file)) EXPECT_TRUE(IsPackauditCode(e.code));
  }
}

}  // namespace
}  // namespace packaudit
