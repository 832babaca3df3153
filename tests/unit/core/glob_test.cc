#include "core/glob.h"

#include <gtest/gtest.h>

namespace packaudit {
namespace {

TEST(GlobTest, StarStaysInOneComponent) {
  EXPECT_TRUE(GlobMatch("Packs/*/README.md", "Packs/Foo/README.md"));
  EXPECT_FALSE(GlobMatch("Packs/*/README.md", "Packs/Foo/Bar/README.md"));
  EXPECT_TRUE(GlobMatch("Packs/Foo/*.py", "Packs/Foo/a.py"));
  EXPECT_FALSE(GlobMatch("Packs/Foo/*.py", "Packs/Foo/x/a.py"));
}

TEST(GlobTest, DoubleStarCrossesFolders) {
  EXPECT_TRUE(GlobMatch("Packs/**/test_data/**", "Packs/Foo/Integrations/X/test_data/a.json"));
  EXPECT_TRUE(GlobMatch("Packs/**/b.py", "Packs/b.py"));
  EXPECT_TRUE(GlobMatch("**/*.md", "README.md"));
  EXPECT_FALSE(GlobMatch("Packs/**/b.py", "Other/b.py"));
}

TEST(GlobTest, BareNameMatchesAnyComponent) {
  EXPECT_TRUE(GlobMatch("*.md", "Packs/Foo/README.md"));
  EXPECT_TRUE(GlobMatch("test_data", "Packs/Foo/Integrations/X/test_data/a.json"));
  EXPECT_FALSE(GlobMatch("*.md", "Packs/Foo/README.mdx"));
}

TEST(GlobTest, FolderPatternCoversItsContents) {
  EXPECT_TRUE(GlobMatch("Packs/Old", "Packs/Old/pack_metadata.json"));
  EXPECT_TRUE(GlobMatch("Packs/Old/", "Packs/Old/a/b.py"));
  EXPECT_FALSE(GlobMatch("Packs/Old", "Packs/Older/a.py"));
  EXPECT_TRUE(GlobMatch("./Packs/Old", "Packs/Old/a.py"));
}

TEST(GlobTest, QuestionMarkIsOneCharacter) {
  EXPECT_TRUE(GlobMatch("Packs/Fo?/a.py", "Packs/Foo/a.py"));
  EXPECT_FALSE(GlobMatch("Packs/Fo?/a.py", "Packs/Fooo/a.py"));
  EXPECT_FALSE(GlobMatch("a?b", "a/b"));
}

TEST(GlobTest, EmptyPatternMatchesNothing) { EXPECT_FALSE(GlobMatch("", "a")); }

}  // namespace
}  // namespace packaudit
