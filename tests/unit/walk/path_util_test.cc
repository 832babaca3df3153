#include "walk/path_util.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace packaudit {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(PathUtilTest, SplitDropsEmptyComponents) {
  EXPECT_THAT(SplitPath("/a//b/./c/"), ElementsAre("a", "b", ".", "c"));
  EXPECT_THAT(SplitPath("/"), IsEmpty());
  EXPECT_THAT(SplitPath(""), IsEmpty());
  EXPECT_THAT(SplitPath("x"), ElementsAre("x"));
}

TEST(PathUtilTest, NormalizeCollapsesDotsAndSlashes) {
  EXPECT_EQ(NormalizePath("/a//b/./c/"), "/a/b/c");
  EXPECT_EQ(NormalizePath("/a/b/../c"), "/a/c");
  EXPECT_EQ(NormalizePath("/.."), "/");
  EXPECT_EQ(NormalizePath("/"), "/");
  EXPECT_EQ(NormalizePath("./a/b/"), "a/b");
  EXPECT_EQ(NormalizePath("."), "");
  EXPECT_EQ(NormalizePath("../x/../../y"), "../../y");
  EXPECT_EQ(NormalizePath("a/.."), "");
}

TEST(PathUtilTest, JoinAddsOneSeparator) {
  EXPECT_EQ(JoinPath("", "a"), "a");
  EXPECT_EQ(JoinPath("/", "a"), "/a");
  EXPECT_EQ(JoinPath("/x", "a"), "/x/a");
  EXPECT_EQ(JoinPath("x/", "a"), "x/a");
}

TEST(PathUtilTest, SameOrBelowRespectsComponentBoundaries) {
  EXPECT_TRUE(IsSameOrBelow("/repo", "/repo"));
  EXPECT_TRUE(IsSameOrBelow("/repo/a", "/repo"));
  EXPECT_FALSE(IsSameOrBelow("/repository", "/repo"));
  EXPECT_FALSE(IsSameOrBelow("/re", "/repo"));
  EXPECT_TRUE(IsSameOrBelow("/anything", "/"));
  EXPECT_EQ(RelativeTo("/repo/a/b", "/repo"), "a/b");
  EXPECT_EQ(RelativeTo("/repo", "/repo"), "");
  EXPECT_EQ(RelativeTo("/a", "/"), "a");
}

}  // namespace
}  // namespace packaudit
