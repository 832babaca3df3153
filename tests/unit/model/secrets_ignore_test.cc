// ParseSecretsIgnore: word entries (short ones ignored), file: lines, blank lines and CRLF.
#include "model/secrets_ignore.h"

#include <gtest/gtest.h>

namespace packaudit {
namespace {

TEST(SecretsIgnoreTest, WordsFilesAndShortEntries) {
  const SecretsIgnore ignore = ParseSecretsIgnore(
      "api.Acme.example.com\r\n\nabc\nfile:Integrations/Acme/test_data/a.json\n"
      "file: ./Scripts/S/S.py  \n   \nAKIA-sample-value");
  ASSERT_EQ(ignore.entries.size(), 5u);
  EXPECT_EQ(ignore.entries[0].line, 1);
  EXPECT_EQ(ignore.entries[0].text, "api.Acme.example.com");
  EXPECT_TRUE(ignore.entries[1].too_short);
  EXPECT_EQ(ignore.entries[1].line, 3);
  EXPECT_TRUE(ignore.entries[2].is_file);
  EXPECT_EQ(ignore.entries[3].file, "Scripts/S/S.py");
  EXPECT_EQ(ignore.entries[4].line, 7);
  EXPECT_EQ(ignore.words, (std::vector<std::string>{"api.acme.example.com", "akia-sample-value"}));
  EXPECT_EQ(ignore.files,
            (std::vector<std::string>{"Integrations/Acme/test_data/a.json", "Scripts/S/S.py"}));
  EXPECT_TRUE(ignore.ExemptsFile("Scripts/S/S.py"));
  EXPECT_FALSE(ignore.ExemptsFile("Scripts/S/S.yml"));
}

TEST(SecretsIgnoreTest, EmptyFileAllowsNothing) {
  const SecretsIgnore ignore = ParseSecretsIgnore("");
  EXPECT_TRUE(ignore.entries.empty());
  EXPECT_TRUE(ignore.words.empty());
  EXPECT_TRUE(ignore.files.empty());
}

}  // namespace
}  // namespace packaudit
