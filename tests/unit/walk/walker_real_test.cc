// Walker tests on the real filesystem, in a scratch folder made with mkdtemp and removed after
// each test. Large files are created sparse (ftruncate), never committed.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "unit/walk/temp_dir.h"
#include "walk/walker.h"

namespace packaudit {
namespace {

using ::packaudit::testing::TempDir;
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

class WalkerRealTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(dir_.ok()); }

  WalkResult MustWalk(const std::vector<std::string>& inputs, const std::string& root,
                      const WalkOptions& options = {}) {
    StatusOr<WalkResult> result = Walk(*fs_, inputs, root, options);
    EXPECT_TRUE(result.ok()) << result.status().message();
    return result.ok() ? std::move(result).value() : WalkResult{};
  }

  void MakeSparseFile(const std::string& relative, off_t size) {
    const int fd = open(dir_.Sub(relative).c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ASSERT_GE(fd, 0);
    EXPECT_EQ(ftruncate(fd, size), 0);
    close(fd);
  }

  TempDir dir_;
  std::unique_ptr<FileSystem> fs_ = MakeRealFileSystem();
};

TEST_F(WalkerRealTest, SymlinkLoopsAreSkippedWithEng006) {
  dir_.WriteFile("Packs/Foo/a.py", "x");
  dir_.MakeSymlink("Packs/Foo/a", "b");
  dir_.MakeSymlink("Packs/Foo/b", "a");
  dir_.MakeSymlink("Packs/Foo/self", ".");
  dir_.MakeSymlink("Packs/Foo/top", "../..");
  WalkResult result = MustWalk({dir_.path()}, dir_.path());
  EXPECT_THAT(Files(result), ElementsAre("Packs/Foo/a.py"));
  EXPECT_THAT(Skipped(result), ElementsAre("Packs/Foo/a|ENG006|symbolic link loop",
                                           "Packs/Foo/b|ENG006|symbolic link loop",
                                           "Packs/Foo/self|ENG006|symbolic link loop",
                                           "Packs/Foo/top|ENG006|symbolic link loop"));
}

TEST_F(WalkerRealTest, DanglingOutsideAndInsideLinks) {
  dir_.WriteFile("scan/a.py", "x");
  dir_.WriteFile("elsewhere/b.py", "x");
  dir_.MakeSymlink("scan/dangling", "missing-target");
  dir_.MakeSymlink("scan/out", "../elsewhere");
  dir_.MakeSymlink("scan/alias.py", "a.py");
  WalkResult result = MustWalk({dir_.Sub("scan")}, dir_.Sub("scan"));
  EXPECT_THAT(Files(result), ElementsAre("a.py"));
  EXPECT_THAT(Skipped(result), ElementsAre("alias.py||symbolic link to a scanned path",
                                           "dangling|ENG006|dangling symbolic link",
                                           "out|ENG006|symbolic link leads outside the scanned folder"));
}

TEST_F(WalkerRealTest, FileOverTheDefaultLimitIsSkippedWithEng003) {
  MakeSparseFile("huge.json", 5 * 1024 * 1024 + 1);
  MakeSparseFile("limit.json", 5 * 1024 * 1024);
  WalkResult result = MustWalk({dir_.path()}, dir_.path());
  EXPECT_THAT(Files(result), ElementsAre("limit.json"));
  ASSERT_EQ(result.files.size(), 1u);
  EXPECT_EQ(result.files[0].size, 5u * 1024 * 1024);
  EXPECT_THAT(Skipped(result),
              ElementsAre("huge.json|ENG003|file is 5242881 bytes, over the 5242880-byte limit"));
}

TEST_F(WalkerRealTest, PipeIsSkippedNotOpened) {
  dir_.WriteFile("a.py", "x");
  ASSERT_EQ(mkfifo(dir_.Sub("pipe").c_str(), 0600), 0);
  WalkResult result = MustWalk({dir_.path()}, dir_.path());
  EXPECT_THAT(Files(result), ElementsAre("a.py"));
  EXPECT_THAT(Skipped(result),
              ElementsAre("pipe|ENG007|not a regular file or folder (device, socket or pipe)"));
}

TEST_F(WalkerRealTest, RelativeInputAgainstTheWorkingFolder) {
  dir_.WriteFile("Packs/Foo/README.md", "# Foo\n");
  char* previous = getcwd(nullptr, 0);
  ASSERT_NE(previous, nullptr);
  ASSERT_EQ(chdir(dir_.path().c_str()), 0);
  StatusOr<WalkResult> result = Walk(*fs_, {"Packs"}, dir_.path(), {});
  EXPECT_EQ(chdir(previous), 0);
  free(previous);
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_THAT(Files(*result), ElementsAre("Packs/Foo/README.md"));
  EXPECT_EQ(result->files[0].fs_path, "Packs/Foo/README.md");
}

TEST_F(WalkerRealTest, UnreadableFolderIsSkippedWithEng007) {
  if (geteuid() == 0) GTEST_SKIP() << "root ignores folder permissions";
  dir_.WriteFile("a.py", "x");
  dir_.WriteFile("locked/b.py", "x");
  ASSERT_EQ(chmod(dir_.Sub("locked").c_str(), 0), 0);
  WalkResult result = MustWalk({dir_.path()}, dir_.path());
  EXPECT_THAT(Files(result), ElementsAre("a.py"));
  EXPECT_THAT(Skipped(result), ElementsAre("locked|ENG007|cannot read folder: Permission denied"));
}

}  // namespace
}  // namespace packaudit
