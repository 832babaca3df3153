#include <unistd.h>

#include <memory>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "unit/walk/temp_dir.h"
#include "walk/filesystem.h"

namespace packaudit {
namespace {

using ::packaudit::testing::TempDir;
using ::testing::UnorderedElementsAre;

class RealFileSystemTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(dir_.ok()); }
  TempDir dir_;
  std::unique_ptr<FileSystem> fs_ = MakeRealFileSystem();
};

TEST_F(RealFileSystemTest, StatIsLstat) {
  dir_.WriteFile("a.txt", "hello");
  dir_.MakeDir("sub");
  dir_.MakeSymlink("link", "a.txt");
  StatusOr<EntryInfo> file = fs_->Stat(dir_.Sub("a.txt"));
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->type, EntryType::kFile);
  EXPECT_EQ(file->size, 5u);
  EXPECT_EQ(fs_->Stat(dir_.Sub("sub"))->type, EntryType::kDirectory);
  EXPECT_EQ(fs_->Stat(dir_.Sub("link"))->type, EntryType::kSymlink);
  StatusOr<EntryInfo> missing = fs_->Stat(dir_.Sub("nope"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), dir_.Sub("nope") + ": No such file or directory");
  EXPECT_EQ(ClassifyFileSystemError(missing.status()), FileSystemError::kNotFound);
}

TEST_F(RealFileSystemTest, ListSkipsDotEntries) {
  dir_.WriteFile("a.txt", "");
  dir_.WriteFile("sub/b.txt", "");
  dir_.MakeSymlink("link", "nowhere");
  StatusOr<std::vector<std::string>> names = fs_->List(dir_.path());
  ASSERT_TRUE(names.ok());
  EXPECT_THAT(*names, UnorderedElementsAre("a.txt", "sub", "link"));
  StatusOr<std::vector<std::string>> of_file = fs_->List(dir_.Sub("a.txt"));
  ASSERT_FALSE(of_file.ok());
  EXPECT_EQ(of_file.status().message(), dir_.Sub("a.txt") + ": Not a directory");
}

TEST_F(RealFileSystemTest, ReadHonoursTheByteCap) {
  std::string big(200 * 1024, 'x');  // larger than one read() buffer
  big[0] = 'A';
  big.back() = 'Z';
  dir_.WriteFile("big.txt", big);
  EXPECT_EQ(*fs_->Read(dir_.Sub("big.txt"), 3), "Axx");
  EXPECT_EQ(*fs_->Read(dir_.Sub("big.txt"), 0), "");
  EXPECT_EQ(*fs_->Read(dir_.Sub("big.txt"), 1 << 30), big);
  StatusOr<std::string> capped = fs_->Read(dir_.Sub("big.txt"), 100 * 1024 + 1);
  ASSERT_TRUE(capped.ok());
  EXPECT_EQ(capped->size(), 100u * 1024 + 1);
  StatusOr<std::string> dir = fs_->Read(dir_.path(), 10);
  ASSERT_FALSE(dir.ok());
  EXPECT_EQ(dir.status().message(), dir_.path() + ": Is a directory");
  StatusOr<std::string> missing = fs_->Read(dir_.Sub("nope"), 10);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), dir_.Sub("nope") + ": No such file or directory");
}

TEST_F(RealFileSystemTest, CanonicalResolvesLinksAndReportsLoops) {
  dir_.WriteFile("pack/code/a.py", "x");
  dir_.MakeSymlink("pack/alias.py", "code/a.py");
  dir_.MakeSymlink("a", "b");
  dir_.MakeSymlink("b", "a");
  dir_.MakeSymlink("dangling", "missing-target");
  StatusOr<std::string> root = fs_->Canonical(dir_.path());
  ASSERT_TRUE(root.ok());  // the temp folder itself may sit behind a symlink
  EXPECT_EQ(*fs_->Canonical(dir_.Sub("pack/alias.py")), *root + "/pack/code/a.py");
  StatusOr<std::string> loop = fs_->Canonical(dir_.Sub("a"));
  ASSERT_FALSE(loop.ok());
  EXPECT_EQ(loop.status().message(), dir_.Sub("a") + ": Too many levels of symbolic links");
  EXPECT_EQ(ClassifyFileSystemError(loop.status()), FileSystemError::kLoop);
  StatusOr<std::string> dangling = fs_->Canonical(dir_.Sub("dangling"));
  ASSERT_FALSE(dangling.ok());
  EXPECT_EQ(ClassifyFileSystemError(dangling.status()), FileSystemError::kNotFound);
}

TEST_F(RealFileSystemTest, PermissionErrorsCarryTheErrnoText) {
  if (geteuid() == 0) GTEST_SKIP() << "root ignores file permissions";
  dir_.WriteFile("secret.txt", "x");
  ASSERT_EQ(chmod(dir_.Sub("secret.txt").c_str(), 0), 0);
  StatusOr<std::string> read = fs_->Read(dir_.Sub("secret.txt"), 10);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(), dir_.Sub("secret.txt") + ": Permission denied");
  EXPECT_EQ(ClassifyFileSystemError(read.status()), FileSystemError::kOther);
}

}  // namespace
}  // namespace packaudit
