// GitBase: read-only access to one base revision of a git repository, and to how the work tree
// differs from it, for diff-aware scans (`scan --changed-since REF`). Uses libgit2 only (never
// runs the git program) and never writes to the repository.
//
// Contract:
//   - Open(folder, revision) discovers the repository upward from `folder`, resolves `revision`
//     (anything git_revparse_single accepts: a branch, tag, "origin/main", "HEAD~1", a commit id)
//     and peels it to a commit. Errors are Status messages meant for people: not a git
//     repository, a bare repository, a revision that cannot be resolved (with the command that
//     fetches it, and a note when the clone is shallow).
//   - ChangedPaths() compares the base commit's tree with the work tree through the index: staged
//     and unstaged changes and untracked files that are not ignored, with renames detected. Paths
//     are relative to the work-tree root, '/'-separated, sorted.
//   - ReadFile() and ListFolder() read the base tree (a shallow clone works as long as the base
//     commit and its tree are present).
// Ownership: a GitBase owns its libgit2 handles. Threading: one GitBase must not be used from
// several threads at once; libgit2 itself is initialised once per process (thread-safe) and shut
// down at exit.
#ifndef PACKAUDIT_VCS_GIT_BASE_H_
#define PACKAUDIT_VCS_GIT_BASE_H_

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace packaudit {

enum class ChangeKind { kAdded, kModified, kDeleted, kRenamed, kTypeChanged };

// "added" | "modified" | "deleted" | "renamed" | "type-changed".
std::string_view ChangeKindName(ChangeKind kind);

struct ChangedPath {
  ChangeKind kind = ChangeKind::kModified;
  std::string path;      // path in the work tree (for deletions: the path at the base)
  std::string old_path;  // path at the base (renames: the old path; added: same as path)
};

struct BaseTreeEntry {
  std::string name;
  bool is_folder = false;
};

class GitBase {
 public:
  static StatusOr<std::unique_ptr<GitBase>> Open(const std::filesystem::path& folder,
                                                 std::string_view revision);
  ~GitBase();
  GitBase(const GitBase&) = delete;
  GitBase& operator=(const GitBase&) = delete;

  // Absolute, lexically normal work-tree root (no trailing '/').
  const std::filesystem::path& work_tree() const { return work_tree_; }
  // The revision as given, and the commit it resolved to (40 hex digits).
  const std::string& revision() const { return revision_; }
  const std::string& commit_id() const { return commit_id_; }
  std::string ShortId() const { return commit_id_.substr(0, 7); }
  bool shallow() const { return shallow_; }

  StatusOr<std::vector<ChangedPath>> ChangedPaths() const;

  // The bytes of the file at `path` in the base tree, or nullopt when it is not a file there.
  std::optional<std::string> ReadFile(std::string_view path) const;
  // The entries of the folder at `path` ("" = the root) in the base tree, sorted by name, or
  // nullopt when it is not a folder there.
  std::optional<std::vector<BaseTreeEntry>> ListFolder(std::string_view path) const;

 private:
  struct Handles;
  GitBase();

  std::unique_ptr<Handles> handles_;
  std::filesystem::path work_tree_;
  std::string revision_;
  std::string commit_id_;
  bool shallow_ = false;
};

}  // namespace packaudit

#endif  // PACKAUDIT_VCS_GIT_BASE_H_
