#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "walk/filesystem.h"

namespace packaudit {
namespace {

using ::testing::UnorderedElementsAre;

TEST(MemoryFileSystemTest, StatReportsTypeAndSizeWithoutFollowingLinks) {
  MemoryFileSystem fs;
  fs.AddFile("/r/a.txt", "hello");
  fs.AddSymlink("/r/link", "a.txt");
  StatusOr<EntryInfo> file = fs.Stat("/r/a.txt");
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->type, EntryType::kFile);
  EXPECT_EQ(file->size, 5u);
  StatusOr<EntryInfo> dir = fs.Stat("/r");
  ASSERT_TRUE(dir.ok());
  EXPECT_EQ(dir->type, EntryType::kDirectory);
  StatusOr<EntryInfo> link = fs.Stat("/r/link");
  ASSERT_TRUE(link.ok());
  EXPECT_EQ(link->type, EntryType::kSymlink);
  EXPECT_EQ(link->size, 0u);
  StatusOr<EntryInfo> root = fs.Stat("/");
  ASSERT_TRUE(root.ok());
  EXPECT_EQ(root->type, EntryType::kDirectory);
}

TEST(MemoryFileSystemTest, MissingEntryIsNotFound) {
  MemoryFileSystem fs;
  fs.AddFile("/r/a.txt", "x");
  StatusOr<EntryInfo> missing = fs.Stat("/r/b.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "/r/b.txt: No such file or directory");
  EXPECT_EQ(ClassifyFileSystemError(missing.status()), FileSystemError::kNotFound);
  StatusOr<EntryInfo> through_file = fs.Stat("/r/a.txt/x");
  ASSERT_FALSE(through_file.ok());
  EXPECT_EQ(through_file.status().message(), "/r/a.txt/x: Not a directory");
  EXPECT_EQ(ClassifyFileSystemError(through_file.status()), FileSystemError::kNotFound);
}

TEST(MemoryFileSystemTest, ListNamesDirectChildrenOnly) {
  MemoryFileSystem fs;
  fs.AddFile("/r/a.txt", "");
  fs.AddFile("/r/sub/deep.txt", "");
  fs.AddSymlink("/r/link", "/nowhere");
  fs.AddFile("/r2/other.txt", "");
  fs.AddDirectory("/r/empty");
  StatusOr<std::vector<std::string>> names = fs.List("/r");
  ASSERT_TRUE(names.ok());
  EXPECT_THAT(*names, UnorderedElementsAre("a.txt", "sub", "link", "empty"));
  StatusOr<std::vector<std::string>> root = fs.List("/");
  ASSERT_TRUE(root.ok());
  EXPECT_THAT(*root, UnorderedElementsAre("r", "r2"));
  StatusOr<std::vector<std::string>> empty = fs.List("/r/empty");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
  StatusOr<std::vector<std::string>> of_file = fs.List("/r/a.txt");
  ASSERT_FALSE(of_file.ok());
  EXPECT_EQ(of_file.status().message(), "/r/a.txt: Not a directory");
}

TEST(MemoryFileSystemTest, ReadStopsAtTheByteCap) {
  MemoryFileSystem fs;
  fs.AddFile("/r/a.txt", "abcdef");
  EXPECT_EQ(*fs.Read("/r/a.txt", 3), "abc");
  EXPECT_EQ(*fs.Read("/r/a.txt", 0), "");
  EXPECT_EQ(*fs.Read("/r/a.txt", 100), "abcdef");
  StatusOr<std::string> dir = fs.Read("/r", 10);
  ASSERT_FALSE(dir.ok());
  EXPECT_EQ(dir.status().message(), "/r: Is a directory");
}

TEST(MemoryFileSystemTest, UnreadableFileFailsReadButNotStat) {
  MemoryFileSystem fs;
  fs.AddUnreadable("/r/secret.txt");
  StatusOr<EntryInfo> info = fs.Stat("/r/secret.txt");
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(info->type, EntryType::kFile);
  StatusOr<std::string> read = fs.Read("/r/secret.txt", 10);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(), "/r/secret.txt: Permission denied");
  EXPECT_EQ(ClassifyFileSystemError(read.status()), FileSystemError::kOther);
}

TEST(MemoryFileSystemTest, UnreadableDirectoryFailsList) {
  MemoryFileSystem fs;
  fs.AddFile("/r/locked/a.txt", "x");
  fs.AddUnreadable("/r/locked");
  StatusOr<EntryInfo> info = fs.Stat("/r/locked");
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(info->type, EntryType::kDirectory);
  StatusOr<std::vector<std::string>> names = fs.List("/r/locked");
  ASSERT_FALSE(names.ok());
  EXPECT_EQ(names.status().message(), "/r/locked: Permission denied");
  EXPECT_EQ(FileSystemErrorText(names.status(), "/r/locked"), "Permission denied");
}

TEST(MemoryFileSystemTest, RelativeTargetsResolveAgainstTheLinkFolder) {
  MemoryFileSystem fs;
  fs.AddFile("/r/pack/code/a.py", "x");
  fs.AddSymlink("/r/pack/alias.py", "code/a.py");
  fs.AddSymlink("/r/pack/code/up", "..");
  fs.AddSymlink("/r/abs", "/r/pack/code");
  fs.AddSymlink("/r/chain", "abs/../alias.py");  // ".." applies to the target of "abs"
  EXPECT_EQ(*fs.Canonical("/r/pack/alias.py"), "/r/pack/code/a.py");
  EXPECT_EQ(*fs.Canonical("/r/pack/code/up"), "/r/pack");
  EXPECT_EQ(*fs.Canonical("/r/abs"), "/r/pack/code");
  EXPECT_EQ(*fs.Canonical("/r/chain"), "/r/pack/code/a.py");
  EXPECT_EQ(*fs.Canonical("/r/./pack//code/../alias.py"), "/r/pack/code/a.py");
  EXPECT_EQ(*fs.Canonical("r/pack"), "/r/pack");  // relative to "/"
  EXPECT_EQ(*fs.Canonical("."), "/");
}

TEST(MemoryFileSystemTest, LinksInsideAPathAreFollowed) {
  MemoryFileSystem fs;
  fs.AddFile("/r/real/a.txt", "abc");
  fs.AddSymlink("/r/via", "real");
  StatusOr<EntryInfo> info = fs.Stat("/r/via/a.txt");
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(info->type, EntryType::kFile);
  EXPECT_EQ(*fs.Read("/r/via/a.txt", 10), "abc");
  StatusOr<std::vector<std::string>> names = fs.List("/r/via");
  ASSERT_TRUE(names.ok());
  EXPECT_THAT(*names, UnorderedElementsAre("a.txt"));
}

TEST(MemoryFileSystemTest, LoopsFailWithTooManyLevels) {
  MemoryFileSystem fs;
  fs.AddSymlink("/r/a", "b");
  fs.AddSymlink("/r/b", "a");
  fs.AddSymlink("/r/self", "self");
  StatusOr<std::string> a = fs.Canonical("/r/a");
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().message(), "/r/a: Too many levels of symbolic links");
  EXPECT_EQ(ClassifyFileSystemError(a.status()), FileSystemError::kLoop);
  StatusOr<std::string> self = fs.Canonical("/r/self");
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(ClassifyFileSystemError(self.status()), FileSystemError::kLoop);
  // Reading through a loop fails the same way; lstat of the link itself still works.
  EXPECT_EQ(ClassifyFileSystemError(fs.Read("/r/a", 1).status()), FileSystemError::kLoop);
  EXPECT_TRUE(fs.Stat("/r/a").ok());
}

TEST(MemoryFileSystemTest, HopLimitIsForty) {
  MemoryFileSystem fs;
  fs.AddFile("/r/target", "x");
  // l0 -> l1 -> ... -> l{n-1} -> target: following l0 takes n hops.
  for (int i = 0; i < 41; ++i) {
    const std::string next = i == 40 ? "target" : "l" + std::to_string(i + 1);
    fs.AddSymlink("/r/l" + std::to_string(i), next);
  }
  EXPECT_EQ(*fs.Canonical("/r/l1"), "/r/target");  // 40 hops
  StatusOr<std::string> too_many = fs.Canonical("/r/l0");  // 41 hops
  ASSERT_FALSE(too_many.ok());
  EXPECT_EQ(ClassifyFileSystemError(too_many.status()), FileSystemError::kLoop);
}

TEST(MemoryFileSystemTest, DanglingTargetIsNotFound) {
  MemoryFileSystem fs;
  fs.AddSymlink("/r/dangling", "missing-target");
  fs.AddSymlink("/r/abs", "/nowhere/at/all");
  StatusOr<std::string> dangling = fs.Canonical("/r/dangling");
  ASSERT_FALSE(dangling.ok());
  EXPECT_EQ(dangling.status().message(), "/r/dangling: No such file or directory");
  EXPECT_EQ(ClassifyFileSystemError(fs.Canonical("/r/abs").status()), FileSystemError::kNotFound);
}

}  // namespace
}  // namespace packaudit
