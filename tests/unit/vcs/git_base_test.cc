// GitBase on temporary repositories built with the git program (the module itself uses libgit2).
#include "vcs/git_base.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

namespace packaudit {
namespace {

namespace fs = std::filesystem;

class GitBaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("packaudit-vcs-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "repo");
    repo_ = dir_ / "repo";
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& rel, const std::string& text) {
    fs::create_directories((repo_ / rel).parent_path());
    std::ofstream(repo_ / rel, std::ios::binary) << text;
  }
  int Git(const std::string& args, const fs::path& where = {}) {
    const std::string command =
        "cd '" + (where.empty() ? repo_ : where).string() +
        "' && GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 git -c init.defaultBranch=main"
        " -c user.name=t -c user.email=t@example.com -c commit.gpgsign=false " +
        args + " >/dev/null 2>&1";
    return std::system(command.c_str());
  }
  void Commit(const std::string& message) {
    ASSERT_EQ(Git("add -A"), 0);
    ASSERT_EQ(Git("commit -q -m " + message), 0);
  }

  fs::path dir_;
  fs::path repo_;
};

std::string Describe(const std::vector<ChangedPath>& changes) {
  std::string out;
  for (const ChangedPath& c : changes) {
    out += std::string(ChangeKindName(c.kind)) + " " + c.path;
    if (c.old_path != c.path) out += " <- " + c.old_path;
    out += "\n";
  }
  return out;
}

TEST_F(GitBaseTest, ListsEveryKindOfChangeAgainstTheBase) {
  ASSERT_EQ(Git("init -q"), 0);
  Write(".gitignore", "*.log\n");
  Write("Packs/A/pack_metadata.json", "{\"currentVersion\": \"1.0.0\"}\n");
  Write("Packs/A/README.md", "# A\n");
  Write("Packs/B/old_name.py",
        "def main():\n    return 'a long enough body for rename detection to work'\n");
  Write("Packs/C/gone.txt", "bye\n");
  Commit("base");
  Write("Packs/A/README.md", "# A changed\n");  // modified, unstaged
  Write("Packs/A/staged.txt", "new\n");         // added, staged
  ASSERT_EQ(Git("add Packs/A/staged.txt"), 0);
  Write("Packs/D/untracked.py", "x = 1\n");                                  // untracked
  Write("Packs/A/debug.log", "ignored\n");                                   // ignored: not listed
  fs::remove(repo_ / "Packs/C/gone.txt");                                    // deleted
  fs::rename(repo_ / "Packs/B/old_name.py", repo_ / "Packs/B/new_name.py");  // renamed
  ASSERT_EQ(Git("add -A Packs/B"), 0);

  auto base = GitBase::Open(repo_ / "Packs", "HEAD");
  ASSERT_TRUE(base.ok()) << base.status().message();
  EXPECT_EQ((*base)->work_tree(), fs::weakly_canonical(repo_));
  EXPECT_EQ((*base)->commit_id().size(), 40u);
  EXPECT_FALSE((*base)->shallow());
  auto changes = (*base)->ChangedPaths();
  ASSERT_TRUE(changes.ok()) << changes.status().message();
  EXPECT_EQ(Describe(*changes),
            "modified Packs/A/README.md\n"
            "added Packs/A/staged.txt\n"
            "renamed Packs/B/new_name.py <- Packs/B/old_name.py\n"
            "deleted Packs/C/gone.txt\n"
            "added Packs/D/untracked.py\n");
}

TEST_F(GitBaseTest, ReadsFilesAndFoldersAtTheBase) {
  ASSERT_EQ(Git("init -q"), 0);
  Write("Packs/A/pack_metadata.json", "{\"currentVersion\": \"1.0.0\"}\n");
  Write("Packs/A/ReleaseNotes/1_0_1.md", "- Fixed.\n");
  Commit("base");
  Write("Packs/A/pack_metadata.json", "{\"currentVersion\": \"1.0.1\"}\n");
  Commit("head");

  auto base = GitBase::Open(repo_, "HEAD~1");
  ASSERT_TRUE(base.ok()) << base.status().message();
  EXPECT_EQ((*base)->ReadFile("Packs/A/pack_metadata.json"),
            std::optional<std::string>("{\"currentVersion\": \"1.0.0\"}\n"));
  EXPECT_FALSE((*base)->ReadFile("Packs/A/missing.md").has_value());
  EXPECT_FALSE((*base)->ReadFile("Packs/A").has_value());  // a folder is not a file
  auto notes = (*base)->ListFolder("Packs/A/ReleaseNotes");
  ASSERT_TRUE(notes.has_value());
  ASSERT_EQ(notes->size(), 1u);
  EXPECT_EQ((*notes)[0].name, "1_0_1.md");
  EXPECT_FALSE((*notes)[0].is_folder);
  auto root = (*base)->ListFolder("");
  ASSERT_TRUE(root.has_value());
  ASSERT_EQ(root->size(), 1u);
  EXPECT_TRUE((*root)[0].is_folder);
  EXPECT_FALSE((*base)->ListFolder("Packs/Nope").has_value());
  auto changes = (*base)->ChangedPaths();
  ASSERT_TRUE(changes.ok());
  EXPECT_EQ(Describe(*changes), "modified Packs/A/pack_metadata.json\n");
}

TEST_F(GitBaseTest, UnresolvableRevisionSaysSo) {
  ASSERT_EQ(Git("init -q"), 0);
  Write("a.txt", "a\n");
  Commit("base");
  auto base = GitBase::Open(repo_, "origin/main");
  ASSERT_FALSE(base.ok());
  {
    const std::string& message = base.status().message();
    EXPECT_NE(message.find("revision 'origin/main' cannot be resolved"), std::string::npos)
        << message;
    EXPECT_NE(message.find("git fetch origin main"), std::string::npos) << message;
  }
}

TEST_F(GitBaseTest, NotARepository) {
  auto base = GitBase::Open(repo_, "HEAD");
  ASSERT_FALSE(base.ok());
  EXPECT_NE(base.status().message().find("is not inside a git repository"), std::string::npos)
      << base.status().message();
}

TEST_F(GitBaseTest, ShallowCloneNeedsTheBaseFetched) {
  ASSERT_EQ(Git("init -q"), 0);
  Write("a.txt", "a\n");
  Commit("one");
  Write("a.txt", "b\n");
  Commit("two");
  const fs::path clone = dir_ / "clone";
  ASSERT_EQ(Git("clone -q --depth=1 file://" + repo_.string() + " " + clone.string(), dir_), 0);

  auto missing = GitBase::Open(clone, "HEAD~1");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("shallow clone"), std::string::npos)
      << missing.status().message();
  auto branch = GitBase::Open(clone, "origin/feature");
  ASSERT_FALSE(branch.ok());
  EXPECT_NE(branch.status().message().find("git fetch --depth=1 origin feature"), std::string::npos)
      << branch.status().message();

  ASSERT_EQ(Git("fetch -q --deepen=1", clone), 0);
  auto fetched = GitBase::Open(clone, "HEAD~1");
  ASSERT_TRUE(fetched.ok()) << fetched.status().message();
  EXPECT_TRUE((*fetched)->shallow());
  EXPECT_EQ((*fetched)->ReadFile("a.txt"), std::optional<std::string>("a\n"));
  auto changes = (*fetched)->ChangedPaths();
  ASSERT_TRUE(changes.ok());
  EXPECT_EQ(Describe(*changes), "modified a.txt\n");
}

}  // namespace
}  // namespace packaudit
