#include "changed_since_repo.h"

#include <unistd.h>

#include <cstdlib>

namespace packaudit {
namespace {

namespace fs = std::filesystem;

std::string Quoted(const fs::path& path) {
  std::string out = "'";
  for (char c : path.string()) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// Runs git in `dir` with no user or system configuration.
Status Git(const fs::path& dir, const std::string& arguments) {
  const std::string command =
      "GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 git -C " + Quoted(dir) +
      " -c init.defaultBranch=main -c user.name=fixture -c user.email=fixture@example.com"
      " -c commit.gpgsign=false " +
      arguments + " >/dev/null 2>&1";
  if (std::system(command.c_str()) != 0) return Status::Error("failed: git " + arguments);
  return Status::Ok();
}

// Copies the tree `from` into `to`, leaving out the `.expect` annotation sidecars (they belong to
// the fixture, not to the pack).
Status CopyTree(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(from, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path target = to / it->path().lexically_relative(from);
    if (it->is_directory()) {
      fs::create_directories(target, ec);
    } else if (it->path().extension() != ".expect") {
      fs::create_directories(target.parent_path(), ec);
      fs::copy_file(it->path(), target, fs::copy_options::overwrite_existing, ec);
    }
    if (ec) return Status::Error("cannot copy " + it->path().string() + ": " + ec.message());
  }
  if (ec) return Status::Error("cannot read " + from.string() + ": " + ec.message());
  return Status::Ok();
}

}  // namespace

StatusOr<std::unique_ptr<ChangedSinceRepo>> ChangedSinceRepo::Build(const fs::path& base,
                                                                    const fs::path& head,
                                                                    const std::string& name) {
  std::error_code ec;
  if (!fs::is_directory(base, ec)) return Status::Error(base.string() + " is not a folder");
  if (!fs::is_directory(head, ec)) return Status::Error(head.string() + " is not a folder");
  const fs::path dir = fs::temp_directory_path(ec) /
                       ("packaudit-fixture-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir, ec);
  fs::create_directories(dir, ec);
  if (ec) return Status::Error("cannot create " + dir.string() + ": " + ec.message());
  std::unique_ptr<ChangedSinceRepo> repo(new ChangedSinceRepo(dir));
  if (Status s = CopyTree(base, dir); !s.ok()) return s;
  for (const std::string& step : {std::string("init -q"), std::string("add -A -f ."),
                                  std::string("commit -q --allow-empty -m base")}) {
    if (Status s = Git(dir, step); !s.ok()) return s;
  }
  // Replace the work tree by head/ (deletions included); the index keeps the base.
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename() != ".git") fs::remove_all(entry.path(), ec);
  }
  if (Status s = CopyTree(head, dir); !s.ok()) return s;
  return repo;
}

ChangedSinceRepo::~ChangedSinceRepo() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

}  // namespace packaudit
