#include "rules/data_file.h"

#include <gtest/gtest.h>

namespace packaudit {
namespace {

TEST(DataFileTest, LinesSkipBlanksAndComments) {
  EXPECT_EQ(DataLines("# header\n\nalpha\n  beta  \r\ngamma # why\n#delta\n"),
            (std::vector<std::string>{"alpha", "beta", "gamma"}));
  EXPECT_TRUE(DataLines("").empty());
}

TEST(DataFileTest, RuleFilesAreEmbeddedAndUnknownPathsAreAbsent) {
  EXPECT_TRUE(EmbeddedRuleData("release/REL002.toml").has_value());
  EXPECT_FALSE(EmbeddedRuleData("data/no-such-list.txt").has_value());
}

}  // namespace
}  // namespace packaudit
