// The pack's .secrets-ignore reaches file checks (FileUnit::pack): the same high-entropy string is
// hidden in a pack that allows it, reported in a pack that does not and in a loose file, and a
// file: line exempts one file only.
#include <gtest/gtest.h>

#include <map>
#include <mutex>

#include "rules/registry.h"
#include "scan/pack_file_contexts.h"
#include "scan/scanner.h"

namespace packaudit {
namespace {

constexpr char kSecretLine[] = "SEED = \"Jk5Wr8Xp3Nt7Lc2Vm9Bq4Hd\"\n";

ScanOptions Options() {
  auto rules = RuleSet::Load({});
  EXPECT_TRUE(rules.ok());
  ScanOptions options;
  options.inputs = {"/repo"};
  options.display_root = "/repo";
  options.jobs = 2;
  options.rules = rules->Select({"SEC001"}, {}).value();
  return options;
}

TEST(PackFileContextTest, SecretsIgnoreReachesFileChecks) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/Packs/Allowed/.secrets-ignore", "jk5wr8xp3nt\nfile:Scripts/B/B.py\n");
  fs.AddFile("/repo/Packs/Allowed/Scripts/A/A.py", kSecretLine);
  fs.AddFile("/repo/Packs/Allowed/Scripts/B/B.py", "X = \"Rp7Xw2Lk9Tq4Nc8Vm3Bz6Hj\"\n");
  fs.AddFile("/repo/Packs/Allowed/Scripts/C/C.py", "X = \"Rp7Xw2Lk9Tq4Nc8Vm3Bz6Hj\"\n");
  fs.AddFile("/repo/Packs/Other/Scripts/A/A.py", kSecretLine);
  fs.AddFile("/repo/loose/a.py", kSecretLine);
  auto result = RunScan(fs, Options());
  ASSERT_TRUE(result.ok()) << result.status().message();
  // What the allow-list hides is reported as waived, never as active.
  std::vector<std::string> paths;
  std::vector<std::string> waived;
  for (const Finding& f : result->findings) (f.active() ? paths : waived).push_back(f.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"Packs/Allowed/Scripts/C/C.py",
                                             "Packs/Other/Scripts/A/A.py", "loose/a.py"}));
  EXPECT_EQ(waived, (std::vector<std::string>{"Packs/Allowed/Scripts/A/A.py",
                                              "Packs/Allowed/Scripts/B/B.py"}));
}

TEST(PackFileContextTest, ReadsEachPackOnceInRootOrder) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/Packs/A/.secrets-ignore", "alpha.example.com\n");
  std::vector<WalkedFile> files = {
      {"/repo/Packs/A/.secrets-ignore", "Packs/A/.secrets-ignore", 18}};
  const auto contexts = ReadPackFileContexts(fs, files, {"Packs/A", "Packs/B"});
  ASSERT_EQ(contexts.size(), 2u);
  EXPECT_EQ(contexts[0].root, "Packs/A");
  EXPECT_TRUE(contexts[0].has_secrets_ignore);
  EXPECT_EQ(contexts[0].secrets_ignore.words, std::vector<std::string>{"alpha.example.com"});
  EXPECT_FALSE(contexts[1].has_secrets_ignore);
}

// Counts the reads of each path (the scan reads from several threads).
class CountingFileSystem : public FileSystem {
 public:
  explicit CountingFileSystem(const FileSystem& real) : real_(real) {}
  StatusOr<EntryInfo> Stat(const std::string& path) const override { return real_.Stat(path); }
  StatusOr<std::vector<std::string>> List(const std::string& dir) const override {
    return real_.List(dir);
  }
  StatusOr<std::string> Read(const std::string& path, uint64_t max_bytes) const override {
    std::lock_guard<std::mutex> lock(mutex_);
    ++reads_[path];
    return real_.Read(path, max_bytes);
  }
  StatusOr<std::string> Canonical(const std::string& path) const override {
    return real_.Canonical(path);
  }
  std::map<std::string, int> reads() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return reads_;
  }

 private:
  const FileSystem& real_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, int> reads_;
};

TEST(PackFileContextTest, EveryFileIsReadOnceIncludingTheAllowList) {
  MemoryFileSystem memory;
  memory.AddFile("/repo/Packs/Allowed/.secrets-ignore", "jk5wr8xp3nt\n");
  memory.AddFile("/repo/Packs/Allowed/Scripts/A/A.py", kSecretLine);
  CountingFileSystem fs(memory);
  auto result = RunScan(fs, Options());
  ASSERT_TRUE(result.ok()) << result.status().message();
  const auto reads = fs.reads();
  EXPECT_EQ(reads.size(), 2u);
  for (const auto& [path, count] : reads) EXPECT_EQ(count, 1) << path;
  EXPECT_EQ(result->files_scanned, 2);
}

}  // namespace
}  // namespace packaudit
