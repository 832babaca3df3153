// WalkOptions::exclude: excluded files and folders are not scanned (an excluded folder is not
// entered) and are recorded as skipped with no rule id and "excluded by <source>"; inputs named
// directly are excluded too.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "walk/filesystem.h"
#include "walk/walker.h"

namespace packaudit {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Files(const WalkResult& result) {
  std::vector<std::string> out;
  for (const WalkedFile& file : result.files) out.push_back(file.display_path);
  return out;
}

std::vector<std::string> Skipped(const WalkResult& result) {
  std::vector<std::string> out;
  for (const SkippedPath& s : result.skipped) {
    out.push_back(s.display_path + "|" + s.rule_id + "|" + s.reason);
  }
  return out;
}

MemoryFileSystem Repo() {
  MemoryFileSystem fs;
  fs.AddFile("/repo/Packs/Old/a.py", "x");
  fs.AddFile("/repo/Packs/Old/deep/b.py", "x");
  fs.AddFile("/repo/Packs/New/a.py", "x");
  fs.AddFile("/repo/Packs/New/test_data/big.json", "{}");
  fs.AddFile("/repo/Packs/New/notes.md", "x");
  return fs;
}

TEST(WalkerExcludeTest, ExcludedFoldersAndFilesAreSkippedWithTheSource) {
  const MemoryFileSystem fs = Repo();
  WalkOptions options;
  options.exclude = {"Packs/Old", "**/test_data/**", "*.md"};
  options.exclude_source = ".packaudit.toml";
  auto result = Walk(fs, {"/repo"}, "/repo", options);
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_THAT(Files(*result), ElementsAre("Packs/New/a.py"));
  EXPECT_THAT(Skipped(*result), ElementsAre("Packs/New/notes.md||excluded by .packaudit.toml",
                                            "Packs/New/test_data||excluded by .packaudit.toml",
                                            "Packs/Old||excluded by .packaudit.toml"));
}

TEST(WalkerExcludeTest, InputsNamedDirectlyAreExcludedToo) {
  const MemoryFileSystem fs = Repo();
  WalkOptions options;
  options.exclude = {"Packs/Old/**"};
  options.exclude_source = "ci/packaudit.toml";
  auto result = Walk(fs, {"/repo/Packs/Old/a.py", "/repo/Packs/New/a.py"}, "/repo", options);
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_THAT(Files(*result), ElementsAre("Packs/New/a.py"));
  EXPECT_THAT(Skipped(*result), ElementsAre("Packs/Old/a.py||excluded by ci/packaudit.toml"));
}

TEST(WalkerExcludeTest, NoExcludesChangeNothing) {
  const MemoryFileSystem fs = Repo();
  auto result = Walk(fs, {"/repo"}, "/repo", WalkOptions{});
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_EQ(Files(*result).size(), 5u);
  EXPECT_TRUE(result->skipped.empty());
}

}  // namespace
}  // namespace packaudit
