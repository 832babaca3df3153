// Walker tests on the in-memory filesystem, plus one walk of the hostile fixture tree.
//
// Hostile fixtures (fixtures/hostile/, used by end-to-end tests; there is deliberately no README
// in that folder since it would be scanned as content). Display paths relative to fixtures/hostile:
//   Packs/Hostile/pack_metadata.json       valid metadata (community support, version 1.0.0)
//   Packs/Hostile/README.md                a short valid pack README
//   Packs/Hostile/.secrets-ignore          one allowed string
//   Packs/Hostile/.pack-ignore             a [known_words] section
//   Packs/Hostile/Integrations/BrokenYaml/BrokenYaml.yml
//                                          flow sequence `tags: [first, second` opened on line
//                                          13 and never closed (yaml-cpp stops at line 14,
//                                          column 7): a YAML parse diagnostic, no crash
//   Packs/Hostile/Layouts/layoutscontainer-Broken.json
//                                          the final closing brace is missing (the parser hits
//                                          the end of input at line 9, column 1): a JSON parse
//                                          diagnostic
//   Packs/Hostile/Integrations/Binary/Binary.py
//                                          NUL and 0xFF bytes under a .py name: reported as
//                                          binary content, never parsed as Python
//   Packs/Hostile/Scripts/Latin1/Latin1.py valid Python with a 0xE9 byte in the line-1 comment
//                                          (invalid UTF-8) and `eval(user_input)` on line 7: the
//                                          encoding is reported and the file is still scanned
//   Packs/Hostile/Scripts/Fine/Fine.py     ordinary file, `eval(data)` on line 6
//   Packs/Hostile/loop -> .                symlink to its own folder: skipped, ENG006
//                                          "symbolic link loop"
//   Packs/Hostile/dangling -> missing-target
//                                          skipped, ENG006 "dangling symbolic link"
#include "walk/walker.h"

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "walk/filesystem.h"

namespace packaudit {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Files(const WalkResult& result) {
  std::vector<std::string> out;
  for (const WalkedFile& file : result.files) out.push_back(file.display_path);
  return out;
}

// "display_path|rule_id|reason" for compact exact comparisons.
std::vector<std::string> Skipped(const WalkResult& result) {
  std::vector<std::string> out;
  for (const SkippedPath& s : result.skipped) {
    out.push_back(s.display_path + "|" + s.rule_id + "|" + s.reason);
  }
  return out;
}

WalkResult MustWalk(const FileSystem& fs, const std::vector<std::string>& inputs,
                    const std::string& root, const WalkOptions& options = {}) {
  StatusOr<WalkResult> result = Walk(fs, inputs, root, options);
  EXPECT_TRUE(result.ok()) << result.status().message();
  return result.ok() ? std::move(result).value() : WalkResult{};
}

MemoryFileSystem SmallPack() {
  MemoryFileSystem fs;
  fs.AddFile("/repo/Packs/Foo/README.md", "# Foo\n");
  fs.AddFile("/repo/Packs/Foo/Integrations/Foo/Foo.py", "print(1)\n");
  fs.AddFile("/repo/top.txt", "abc");
  return fs;
}

TEST(WalkerTest, DisplayPathsAreRelativeToTheRoot) {
  MemoryFileSystem fs = SmallPack();
  WalkResult result = MustWalk(fs, {"/repo"}, "/repo");
  EXPECT_THAT(Files(result),
              ElementsAre("Packs/Foo/Integrations/Foo/Foo.py", "Packs/Foo/README.md", "top.txt"));
  EXPECT_THAT(result.skipped, IsEmpty());
  EXPECT_EQ(result.files[1].fs_path, "/repo/Packs/Foo/README.md");
  EXPECT_EQ(result.files[1].size, 6u);
  EXPECT_EQ(result.files[2].size, 3u);
}

TEST(WalkerTest, SubfolderInputKeepsItsPlaceUnderTheRoot) {
  MemoryFileSystem fs = SmallPack();
  WalkResult result = MustWalk(fs, {"/repo/./Packs//Foo/"}, "/repo/");
  EXPECT_THAT(Files(result), ElementsAre("Packs/Foo/Integrations/Foo/Foo.py", "Packs/Foo/README.md"));
  for (const WalkedFile& file : result.files) {
    EXPECT_TRUE(fs.Read(file.fs_path, 100).ok()) << file.fs_path;
  }
}

TEST(WalkerTest, RootAtSlash) {
  MemoryFileSystem fs = SmallPack();
  WalkResult result = MustWalk(fs, {"/repo/Packs"}, "/");
  EXPECT_THAT(Files(result),
              ElementsAre("repo/Packs/Foo/Integrations/Foo/Foo.py", "repo/Packs/Foo/README.md"));
}

TEST(WalkerTest, RelativeInputIsResolvedAgainstTheWorkingFolder) {
  MemoryFileSystem fs = SmallPack();  // the working folder of a MemoryFileSystem is "/"
  WalkResult result = MustWalk(fs, {"repo/Packs/Foo/Integrations"}, "/repo");
  EXPECT_THAT(Files(result), ElementsAre("Packs/Foo/Integrations/Foo/Foo.py"));
  EXPECT_EQ(result.files[0].fs_path, "repo/Packs/Foo/Integrations/Foo/Foo.py");
}

TEST(WalkerTest, InputOutsideTheRootKeepsItsPathAsGiven) {
  MemoryFileSystem fs = SmallPack();
  fs.AddFile("/other/x.py", "x");
  EXPECT_THAT(Files(MustWalk(fs, {"/other/../other/"}, "/repo")), ElementsAre("/other/x.py"));
  EXPECT_THAT(Files(MustWalk(fs, {"./other"}, "/repo")), ElementsAre("other/x.py"));
  EXPECT_THAT(Files(MustWalk(fs, {"/other/x.py"}, "/repo")), ElementsAre("/other/x.py"));
}

TEST(WalkerTest, SingleFileInput) {
  MemoryFileSystem fs = SmallPack();
  WalkResult result = MustWalk(fs, {"/repo/Packs/Foo/README.md"}, "/repo");
  ASSERT_THAT(Files(result), ElementsAre("Packs/Foo/README.md"));
  EXPECT_EQ(result.files[0].fs_path, "/repo/Packs/Foo/README.md");
  EXPECT_EQ(result.files[0].size, 6u);
}

TEST(WalkerTest, MissingInputIsAnErrorNamingIt) {
  MemoryFileSystem fs = SmallPack();
  StatusOr<WalkResult> result = Walk(fs, {"/repo", "/repo/nope"}, "/repo", {});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "input not found: /repo/nope");
  fs.AddSymlink("/repo/broken", "gone");
  StatusOr<WalkResult> dangling = Walk(fs, {"/repo/broken"}, "/repo", {});
  ASSERT_FALSE(dangling.ok());
  EXPECT_EQ(dangling.status().message(), "input not found: /repo/broken");
}

TEST(WalkerTest, NoInputsGiveAnEmptyResult) {
  MemoryFileSystem fs = SmallPack();
  WalkResult result = MustWalk(fs, {}, "/repo");
  EXPECT_THAT(result.files, IsEmpty());
  EXPECT_THAT(result.skipped, IsEmpty());
}

TEST(WalkerTest, IgnoredFoldersAreRecordedNotWalked) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/.git/config", "x");
  fs.AddFile("/repo/node_modules/lib/index.js", "x");
  fs.AddFile("/repo/src/__pycache__/a.cpython-311.pyc", "x");
  fs.AddFile("/repo/src/a.py", "x");
  fs.AddFile("/repo/venv", "a file, not a folder");
  WalkResult result = MustWalk(fs, {"/repo"}, "/repo");
  EXPECT_THAT(Files(result), ElementsAre("src/a.py", "venv"));
  EXPECT_THAT(Skipped(result), ElementsAre(".git||ignored folder", "node_modules||ignored folder",
                                           "src/__pycache__||ignored folder"));
}

TEST(WalkerTest, IgnoredFolderListComesFromTheOptions) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/.git/config", "x");
  fs.AddFile("/repo/build/out.txt", "x");
  WalkOptions options;
  options.ignored_dirs = {"build"};
  WalkResult result = MustWalk(fs, {"/repo"}, "/repo", options);
  EXPECT_THAT(Files(result), ElementsAre(".git/config"));
  EXPECT_THAT(Skipped(result), ElementsAre("build||ignored folder"));
}

TEST(WalkerTest, ExplicitInputInsideAnIgnoredFolderIsScanned) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/node_modules/lib/index.js", "x");
  WalkResult result = MustWalk(fs, {"/repo/node_modules/lib"}, "/repo");
  EXPECT_THAT(Files(result), ElementsAre("node_modules/lib/index.js"));
}

TEST(WalkerTest, FilesOverTheSizeLimitAreSkippedWithEng003) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/at_limit.txt", std::string(10, 'a'));
  fs.AddFile("/repo/over.txt", std::string(11, 'a'));
  WalkOptions options;
  options.max_file_size = 10;
  WalkResult result = MustWalk(fs, {"/repo"}, "/repo", options);
  EXPECT_THAT(Files(result), ElementsAre("at_limit.txt"));
  EXPECT_THAT(Skipped(result), ElementsAre("over.txt|ENG003|file is 11 bytes, over the 10-byte limit"));
}

TEST(WalkerTest, DefaultSizeLimitIsFiveMebibytes) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/big.json", std::string(5 * 1024 * 1024 + 1, ' '));
  fs.AddFile("/repo/ok.json", std::string(5 * 1024 * 1024, ' '));
  WalkResult result = MustWalk(fs, {"/repo/big.json", "/repo/ok.json"}, "/repo");
  EXPECT_THAT(Files(result), ElementsAre("ok.json"));
  EXPECT_THAT(Skipped(result),
              ElementsAre("big.json|ENG003|file is 5242881 bytes, over the 5242880-byte limit"));
}

TEST(WalkerTest, LinksPointingAtEachOtherAreALoop) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/a.py", "x");
  fs.AddSymlink("/repo/sub/a", "b");
  fs.AddSymlink("/repo/sub/b", "a");
  WalkResult result = MustWalk(fs, {"/repo"}, "/repo");
  EXPECT_THAT(Files(result), ElementsAre("a.py"));
  EXPECT_THAT(Skipped(result), ElementsAre("sub/a|ENG006|symbolic link loop",
                                           "sub/b|ENG006|symbolic link loop"));
}

TEST(WalkerTest, LinkToAnAncestorIsALoop) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/Packs/Foo/Integrations/Foo/Foo.py", "x");
  fs.AddSymlink("/repo/Packs/Foo/loop", ".");
  fs.AddSymlink("/repo/Packs/Foo/Integrations/Foo/up", "../..");
  fs.AddSymlink("/repo/Packs/Foo/Integrations/root", "/repo");
  WalkResult result = MustWalk(fs, {"/repo"}, "/repo");
  EXPECT_THAT(Files(result), ElementsAre("Packs/Foo/Integrations/Foo/Foo.py"));
  EXPECT_THAT(Skipped(result), ElementsAre("Packs/Foo/Integrations/Foo/up|ENG006|symbolic link loop",
                                           "Packs/Foo/Integrations/root|ENG006|symbolic link loop",
                                           "Packs/Foo/loop|ENG006|symbolic link loop"));
}

TEST(WalkerTest, LinkOutOfTheRootIsReported) {
  MemoryFileSystem fs;
  fs.AddFile("/etc/passwd", "root:x:0:0");
  fs.AddFile("/outside/secret.txt", "x");
  fs.AddFile("/repo/a.py", "x");
  fs.AddSymlink("/repo/passwd", "/etc/passwd");
  fs.AddSymlink("/repo/escape", "../outside");
  fs.AddSymlink("/repo/everything", "/");  // also an ancestor: leaving the root is the finding
  WalkResult result = MustWalk(fs, {"/repo"}, "/repo");
  EXPECT_THAT(Files(result), ElementsAre("a.py"));
  EXPECT_THAT(Skipped(result),
              ElementsAre("escape|ENG006|symbolic link leads outside the scanned folder",
                          "everything|ENG006|symbolic link leads outside the scanned folder",
                          "passwd|ENG006|symbolic link leads outside the scanned folder"));
}

TEST(WalkerTest, LinkIntoAnotherScannedInputIsInside) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/a/x.py", "x");
  fs.AddFile("/repo/b/y.py", "y");
  fs.AddSymlink("/repo/a/to_b", "../b/y.py");
  WalkResult both = MustWalk(fs, {"/repo/a", "/repo/b"}, "/repo");
  EXPECT_THAT(Files(both), ElementsAre("a/x.py", "b/y.py"));
  EXPECT_THAT(Skipped(both), ElementsAre("a/to_b||symbolic link to a scanned path"));
  WalkResult only_a = MustWalk(fs, {"/repo/a"}, "/repo");
  EXPECT_THAT(Skipped(only_a),
              ElementsAre("a/to_b|ENG006|symbolic link leads outside the scanned folder"));
}

TEST(WalkerTest, DanglingLinksAreReported) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/a.py", "x");
  fs.AddSymlink("/repo/dangling", "missing-target");
  fs.AddSymlink("/repo/deep", "/repo/nope/x");
  fs.AddSymlink("/repo/through_file", "a.py/x");
  WalkResult result = MustWalk(fs, {"/repo"}, "/repo");
  EXPECT_THAT(Files(result), ElementsAre("a.py"));
  EXPECT_THAT(Skipped(result), ElementsAre("dangling|ENG006|dangling symbolic link",
                                           "deep|ENG006|dangling symbolic link",
                                           "through_file|ENG006|dangling symbolic link"));
}

TEST(WalkerTest, LinkInsideTheRootIsSkippedSilently) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/Packs/Foo/Integrations/Foo/Foo.py", "x");
  fs.AddSymlink("/repo/Packs/Foo/alias.py", "Integrations/Foo/Foo.py");
  fs.AddSymlink("/repo/docs", "Packs/Foo/Integrations");
  WalkResult result = MustWalk(fs, {"/repo"}, "/repo");
  EXPECT_THAT(Files(result), ElementsAre("Packs/Foo/Integrations/Foo/Foo.py"));
  EXPECT_THAT(Skipped(result), ElementsAre("Packs/Foo/alias.py||symbolic link to a scanned path",
                                           "docs||symbolic link to a scanned path"));
}

TEST(WalkerTest, ExplicitSymlinkInputIsFollowedButLinksBelowItAreNot) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/real/x.py", "x");
  fs.AddSymlink("/repo/real/self", ".");
  fs.AddSymlink("/repo/link", "real");
  WalkResult result = MustWalk(fs, {"/repo/link"}, "/repo");
  EXPECT_THAT(Files(result), ElementsAre("link/x.py"));
  EXPECT_EQ(result.files[0].fs_path, "/repo/link/x.py");
  EXPECT_THAT(Skipped(result), ElementsAre("link/self|ENG006|symbolic link loop"));
}

// An unreadable folder is skipped here; an unreadable file is listed (the walker never opens
// files) and the scan pipeline reports it when its one read fails (unit_scan).
TEST(WalkerTest, UnreadableFolderIsSkippedWithEng007AndFilesAreNotOpened) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/a.py", "x");
  fs.AddUnreadable("/repo/secret.py");
  fs.AddFile("/repo/locked/hidden.py", "x");
  fs.AddUnreadable("/repo/locked");
  WalkResult result = MustWalk(fs, {"/repo"}, "/repo");
  EXPECT_THAT(Files(result), ElementsAre("a.py", "secret.py"));
  EXPECT_THAT(Skipped(result), ElementsAre("locked|ENG007|cannot read folder: Permission denied"));
}

TEST(WalkerTest, UnreadableInputFolderIsAnError) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/locked/hidden.py", "x");
  fs.AddUnreadable("/repo/locked");
  StatusOr<WalkResult> result = Walk(fs, {"/repo/locked"}, "/repo", {});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "cannot read input folder /repo/locked: Permission denied");
}

TEST(WalkerTest, OverlappingInputsListEachEntryOnce) {
  MemoryFileSystem fs = SmallPack();
  fs.AddFile("/repo/Packs/Foo/.git/HEAD", "x");
  fs.AddSymlink("/repo/Packs/Foo/dangling", "nowhere");
  const std::vector<std::string> inputs = {"/repo/Packs/Foo", "/repo", "/repo/Packs/Foo/README.md",
                                           "/repo/", "repo/Packs/../Packs"};
  WalkResult result = MustWalk(fs, inputs, "/repo");
  EXPECT_THAT(Files(result),
              ElementsAre("Packs/Foo/Integrations/Foo/Foo.py", "Packs/Foo/README.md", "top.txt"));
  EXPECT_THAT(Skipped(result), ElementsAre("Packs/Foo/.git||ignored folder",
                                           "Packs/Foo/dangling|ENG006|dangling symbolic link"));
}

// Delegates to a MemoryFileSystem but lists each folder in a scrambled order, as a real
// filesystem may.
class ScrambledFileSystem : public FileSystem {
 public:
  ScrambledFileSystem(const MemoryFileSystem& inner, unsigned seed) : inner_(inner), seed_(seed) {}
  StatusOr<EntryInfo> Stat(const std::string& path) const override { return inner_.Stat(path); }
  StatusOr<std::vector<std::string>> List(const std::string& dir) const override {
    StatusOr<std::vector<std::string>> names = inner_.List(dir);
    if (names.ok()) {
      std::mt19937 rng(seed_ + static_cast<unsigned>(dir.size()));
      std::shuffle(names->begin(), names->end(), rng);
    }
    return names;
  }
  StatusOr<std::string> Read(const std::string& path, uint64_t max_bytes) const override {
    return inner_.Read(path, max_bytes);
  }
  StatusOr<std::string> Canonical(const std::string& path) const override {
    return inner_.Canonical(path);
  }

 private:
  const MemoryFileSystem& inner_;
  unsigned seed_;
};

TEST(WalkerTest, OutputIsSortedByDisplayPathWhateverTheListingOrder) {
  const std::vector<std::string> names = {"a.py",     "B.py",       "a/b.py",  "a-b.py",
                                          "a/c/d.py", "z/.hidden",  "Z.md",    "a/.git/x",
                                          "m/n.txt",  "a/c/e/f.py", "_u.txt",  "a/g.py"};
  std::vector<WalkResult> results;
  for (unsigned seed = 0; seed < 4; ++seed) {
    // Insert in a different order each time, and list in a scrambled order.
    std::vector<std::string> order = names;
    std::shuffle(order.begin(), order.end(), std::mt19937(seed));
    MemoryFileSystem fs;
    for (const std::string& name : order) fs.AddFile("/repo/" + name, name);
    fs.AddSymlink("/repo/a/dangling", "nowhere");
    fs.AddSymlink("/repo/b-loop", "b-loop");
    ScrambledFileSystem scrambled(fs, seed);
    results.push_back(MustWalk(scrambled, {"/repo"}, "/repo"));
  }
  EXPECT_THAT(Files(results[0]),
              ElementsAre("B.py", "Z.md", "_u.txt", "a-b.py", "a.py", "a/b.py", "a/c/d.py",
                          "a/c/e/f.py", "a/g.py", "m/n.txt", "z/.hidden"));
  EXPECT_THAT(Skipped(results[0]), ElementsAre("a/.git||ignored folder",
                                               "a/dangling|ENG006|dangling symbolic link",
                                               "b-loop|ENG006|symbolic link loop"));
  for (size_t i = 1; i < results.size(); ++i) {
    EXPECT_EQ(Files(results[i]), Files(results[0])) << "seed " << i;
    EXPECT_EQ(Skipped(results[i]), Skipped(results[0])) << "seed " << i;
  }
}

TEST(WalkerTest, HostileFixtureTree) {
  std::unique_ptr<FileSystem> fs = MakeRealFileSystem();
  const std::string root = std::string(PACKAUDIT_SOURCE_ROOT) + "/fixtures/hostile";
  WalkResult result = MustWalk(*fs, {root}, root);
  EXPECT_THAT(Files(result), ElementsAre("Packs/Hostile/.pack-ignore",
                                         "Packs/Hostile/.secrets-ignore",
                                         "Packs/Hostile/Integrations/Binary/Binary.py",
                                         "Packs/Hostile/Integrations/BrokenYaml/BrokenYaml.yml",
                                         "Packs/Hostile/Layouts/layoutscontainer-Broken.json",
                                         "Packs/Hostile/README.md",
                                         "Packs/Hostile/Scripts/Fine/Fine.py",
                                         "Packs/Hostile/Scripts/Latin1/Latin1.py",
                                         "Packs/Hostile/pack_metadata.json",
                                         "Packs/HtmlInjection/Integrations/HtmlInjection/"
                                         "HtmlInjection.py",
                                         "Packs/HtmlInjection/Integrations/HtmlInjection/"
                                         "HtmlInjection.yml",
                                         "Packs/HtmlInjection/README.md",
                                         "Packs/HtmlInjection/Scripts/Payload/"
                                         "x\"><img src=x onerror=window.__pwned=1>.py",
                                         "Packs/HtmlInjection/pack_metadata.json"));
  EXPECT_THAT(Skipped(result), ElementsAre("Packs/Hostile/dangling|ENG006|dangling symbolic link",
                                           "Packs/Hostile/loop|ENG006|symbolic link loop"));
  // The binary and Latin-1 files really hold what the fixture promises.
  StatusOr<std::string> binary = fs->Read(root + "/Packs/Hostile/Integrations/Binary/Binary.py", 4096);
  ASSERT_TRUE(binary.ok());
  EXPECT_NE(binary->find('\0'), std::string::npos);
  StatusOr<std::string> latin1 = fs->Read(root + "/Packs/Hostile/Scripts/Latin1/Latin1.py", 4096);
  ASSERT_TRUE(latin1.ok());
  EXPECT_NE(latin1->find('\xE9'), std::string::npos);
  EXPECT_NE(latin1->find("eval(user_input)"), std::string::npos);
}

}  // namespace
}  // namespace packaudit
