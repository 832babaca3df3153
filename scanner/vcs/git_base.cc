#include "vcs/git_base.h"

#include <git2.h>

#include <algorithm>

namespace packaudit {
namespace {

namespace fs = std::filesystem;

// libgit2 is initialised on first use and shut down when the process exits. The function-local
// static makes the initialisation thread-safe and happen once.
class LibGit2 {
 public:
  static void EnsureInitialised() { static const LibGit2 kInstance; }

 private:
  LibGit2() { git_libgit2_init(); }
  ~LibGit2() { git_libgit2_shutdown(); }
};

std::string LastGitError() {
  const git_error* error = git_error_last();
  if (error == nullptr || error->message == nullptr) return "unknown libgit2 error";
  std::string message = error->message;
  while (!message.empty() && (message.back() == '\n' || message.back() == '.')) message.pop_back();
  return message;
}

// The branch a revision names on the remote ("origin/main" -> "main"), or "".
std::string RemoteBranchOf(std::string_view revision) {
  for (std::string_view prefix : {"refs/remotes/origin/", "remotes/origin/", "origin/"}) {
    if (revision.rfind(prefix, 0) == 0) return std::string(revision.substr(prefix.size()));
  }
  return {};
}

bool IsRelativeRevision(std::string_view revision) {
  return revision.find_first_of("~^@") != std::string_view::npos;
}

// Advice for a revision that does not resolve.
std::string FetchHint(std::string_view revision, bool shallow) {
  std::string branch = RemoteBranchOf(revision);
  if (shallow) {
    std::string hint =
        " This is a shallow clone, which holds only part of the history: fetch the base ";
    if (IsRelativeRevision(revision)) {
      return hint + "commits first, e.g. `git fetch --deepen=50`, or name a fetched branch.";
    }
    if (branch.empty()) branch = std::string(revision);
    return hint + "first, e.g. `git fetch --depth=1 origin " + branch + "`.";
  }
  if (!branch.empty()) return " Fetch it first, e.g. `git fetch origin " + branch + "`.";
  return " Name a branch, tag or commit that exists in this clone.";
}

struct ObjectDeleter {
  void operator()(git_object* o) const { git_object_free(o); }
};
struct TreeEntryDeleter {
  void operator()(git_tree_entry* e) const { git_tree_entry_free(e); }
};
struct TreeDeleter {
  void operator()(git_tree* t) const { git_tree_free(t); }
};
struct BlobDeleter {
  void operator()(git_blob* b) const { git_blob_free(b); }
};
struct DiffDeleter {
  void operator()(git_diff* d) const { git_diff_free(d); }
};

std::string TrimmedSlashes(std::string_view path) {
  while (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  return std::string(path);
}

}  // namespace

struct GitBase::Handles {
  git_repository* repo = nullptr;
  git_commit* commit = nullptr;
  git_tree* tree = nullptr;
  ~Handles() {
    git_tree_free(tree);
    git_commit_free(commit);
    git_repository_free(repo);
  }
};

std::string_view ChangeKindName(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kAdded:
      return "added";
    case ChangeKind::kModified:
      return "modified";
    case ChangeKind::kDeleted:
      return "deleted";
    case ChangeKind::kRenamed:
      return "renamed";
    case ChangeKind::kTypeChanged:
      return "type-changed";
  }
  return "modified";
}

GitBase::GitBase() : handles_(std::make_unique<Handles>()) {}
GitBase::~GitBase() = default;

StatusOr<std::unique_ptr<GitBase>> GitBase::Open(const fs::path& folder,
                                                 std::string_view revision) {
  LibGit2::EnsureInitialised();
  std::unique_ptr<GitBase> base(new GitBase());
  Handles& h = *base->handles_;
  const std::string start = folder.generic_string();
  if (git_repository_open_ext(&h.repo, start.c_str(), 0, nullptr) != 0) {
    return Status::Error(start + " is not inside a git repository (" + LastGitError() + ")");
  }
  const char* workdir = git_repository_workdir(h.repo);
  if (workdir == nullptr || git_repository_is_bare(h.repo) == 1) {
    return Status::Error(start + " is in a bare git repository, which has no work tree to scan");
  }
  base->work_tree_ = fs::path(TrimmedSlashes(workdir).insert(0, "/")).lexically_normal();
  base->shallow_ = git_repository_is_shallow(h.repo) == 1;
  base->revision_ = std::string(revision);

  git_object* object = nullptr;
  if (git_revparse_single(&object, h.repo, base->revision_.c_str()) != 0) {
    return Status::Error("revision '" + base->revision_ +
                         "' cannot be resolved in the repository " +
                         base->work_tree_.generic_string() + " (" + LastGitError() + ")." +
                         FetchHint(base->revision_, base->shallow_));
  }
  std::unique_ptr<git_object, ObjectDeleter> owned(object);
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, object, GIT_OBJECT_COMMIT) != 0) {
    return Status::Error("revision '" + base->revision_ + "' does not name a commit (" +
                         LastGitError() + ")");
  }
  h.commit = reinterpret_cast<git_commit*>(peeled);
  if (git_commit_tree(&h.tree, h.commit) != 0) {
    return Status::Error("the tree of revision '" + base->revision_ + "' is not in this clone (" +
                         LastGitError() + ")." + FetchHint(base->revision_, base->shallow_));
  }
  char hex[GIT_OID_HEXSZ + 1] = {};
  git_oid_tostr(hex, sizeof(hex), git_commit_id(h.commit));
  base->commit_id_ = hex;
  return base;
}

StatusOr<std::vector<ChangedPath>> GitBase::ChangedPaths() const {
  git_diff_options options = GIT_DIFF_OPTIONS_INIT;
  options.flags =
      GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_INCLUDE_TYPECHANGE;
  git_diff* raw = nullptr;
  if (git_diff_tree_to_workdir_with_index(&raw, handles_->repo, handles_->tree, &options) != 0) {
    return Status::Error("cannot compare the work tree with '" + revision_ + "' (" +
                         LastGitError() + ")");
  }
  std::unique_ptr<git_diff, DiffDeleter> diff(raw);
  git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
  find.flags = GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_FOR_UNTRACKED;
  if (git_diff_find_similar(diff.get(), &find) != 0) {
    return Status::Error("cannot detect renames against '" + revision_ + "' (" + LastGitError() +
                         ")");
  }
  std::vector<ChangedPath> changes;
  const size_t count = git_diff_num_deltas(diff.get());
  for (size_t i = 0; i < count; ++i) {
    const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
    ChangedPath change;
    const char* new_path = delta->new_file.path != nullptr ? delta->new_file.path : "";
    const char* old_path = delta->old_file.path != nullptr ? delta->old_file.path : new_path;
    change.path = new_path;
    change.old_path = old_path;
    switch (delta->status) {
      case GIT_DELTA_ADDED:
      case GIT_DELTA_UNTRACKED:
      case GIT_DELTA_COPIED:
        change.kind = ChangeKind::kAdded;
        change.old_path = change.path;
        break;
      case GIT_DELTA_DELETED:
        change.kind = ChangeKind::kDeleted;
        change.path = change.old_path;
        break;
      case GIT_DELTA_RENAMED:
        change.kind = ChangeKind::kRenamed;
        break;
      case GIT_DELTA_TYPECHANGE:
        change.kind = ChangeKind::kTypeChanged;
        break;
      case GIT_DELTA_MODIFIED:
      case GIT_DELTA_CONFLICTED:
        change.kind = ChangeKind::kModified;
        break;
      default:  // unmodified, ignored, unreadable
        continue;
    }
    changes.push_back(std::move(change));
  }
  std::sort(changes.begin(), changes.end(), [](const ChangedPath& a, const ChangedPath& b) {
    return a.path != b.path ? a.path < b.path : a.old_path < b.old_path;
  });
  return changes;
}

std::optional<std::string> GitBase::ReadFile(std::string_view path) const {
  const std::string clean = TrimmedSlashes(path);
  if (clean.empty()) return std::nullopt;
  git_tree_entry* raw = nullptr;
  if (git_tree_entry_bypath(&raw, handles_->tree, clean.c_str()) != 0) return std::nullopt;
  std::unique_ptr<git_tree_entry, TreeEntryDeleter> entry(raw);
  if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB) return std::nullopt;
  git_blob* blob = nullptr;
  if (git_blob_lookup(&blob, handles_->repo, git_tree_entry_id(entry.get())) != 0) {
    return std::nullopt;
  }
  std::unique_ptr<git_blob, BlobDeleter> owned(blob);
  const auto* bytes = static_cast<const char*>(git_blob_rawcontent(blob));
  return std::string(bytes, static_cast<size_t>(git_blob_rawsize(blob)));
}

std::optional<std::vector<BaseTreeEntry>> GitBase::ListFolder(std::string_view path) const {
  const std::string clean = TrimmedSlashes(path);
  const git_tree* tree = handles_->tree;
  std::unique_ptr<git_tree, TreeDeleter> subtree;
  if (!clean.empty()) {
    git_tree_entry* raw = nullptr;
    if (git_tree_entry_bypath(&raw, handles_->tree, clean.c_str()) != 0) return std::nullopt;
    std::unique_ptr<git_tree_entry, TreeEntryDeleter> entry(raw);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE) return std::nullopt;
    git_tree* looked_up = nullptr;
    if (git_tree_lookup(&looked_up, handles_->repo, git_tree_entry_id(entry.get())) != 0) {
      return std::nullopt;
    }
    subtree.reset(looked_up);
    tree = looked_up;
  }
  std::vector<BaseTreeEntry> entries;
  const size_t count = git_tree_entrycount(tree);
  for (size_t i = 0; i < count; ++i) {
    const git_tree_entry* entry = git_tree_entry_byindex(tree, i);
    entries.push_back({git_tree_entry_name(entry), git_tree_entry_type(entry) == GIT_OBJECT_TREE});
  }
  std::sort(entries.begin(), entries.end(),
            [](const BaseTreeEntry& a, const BaseTreeEntry& b) { return a.name < b.name; });
  return entries;
}

}  // namespace packaudit
