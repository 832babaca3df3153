#include "cli/changed_since.h"

#include <algorithm>
#include <map>
#include <set>

#include "vcs/git_base.h"
#include "walk/classify.h"

namespace packaudit {
namespace {

namespace fs = std::filesystem;

std::string Dirname(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash));
}

std::string Join(std::string_view dir, std::string_view name) {
  return dir.empty() ? std::string(name) : std::string(dir) + "/" + std::string(name);
}

// `path` relative to `dir` when it lies inside it (dir "" holds everything).
std::optional<std::string> Inside(std::string_view dir, std::string_view path) {
  if (dir.empty()) return std::string(path);
  if (path.size() > dir.size() && path.substr(0, dir.size()) == dir && path[dir.size()] == '/') {
    return std::string(path.substr(dir.size() + 1));
  }
  return std::nullopt;
}

bool Within(const fs::path& dir, const fs::path& path) {
  const std::string d = dir.generic_string();
  const std::string p = path.generic_string();
  if (d == p || d == "/") return p.rfind(d, 0) == 0;
  return p.size() > d.size() && p.compare(0, d.size(), d) == 0 && p[d.size()] == '/';
}

// The display form of an absolute path: relative to the display root when inside it ("" for the
// root itself), else absolute. Pack::root is computed from display paths of this form.
std::string DisplayKey(const fs::path& absolute, const fs::path& root) {
  const fs::path rel = absolute.lexically_relative(root);
  const std::string s = rel.generic_string();
  if (rel.empty() || s.rfind("..", 0) == 0) return absolute.lexically_normal().generic_string();
  return s == "." ? std::string() : s;
}

// Maps repository-relative file paths to pack roots: `Packs/<Name>`, else the nearest folder
// that holds pack_metadata.json in the work tree or at the base.
class PackRootFinder {
 public:
  PackRootFinder(const GitBase& base, const fs::path& work_tree)
      : base_(base), work_tree_(work_tree) {}

  std::optional<std::string> RootOf(const std::string& path) {
    std::string packs = PackRootOf(path);
    if (!packs.empty()) return packs;
    std::string dir = Dirname(path);
    while (true) {
      if (HoldsMetadata(dir)) return dir;
      if (dir.empty()) return std::nullopt;
      dir = Dirname(dir);
    }
  }

 private:
  bool HoldsMetadata(const std::string& dir) {
    const auto cached = cache_.find(dir);
    if (cached != cache_.end()) return cached->second;
    const std::string file = Join(dir, "pack_metadata.json");
    std::error_code ec;
    const bool holds =
        fs::is_regular_file(work_tree_ / file, ec) || base_.ReadFile(file).has_value();
    cache_[dir] = holds;
    return holds;
  }

  const GitBase& base_;
  fs::path work_tree_;
  std::map<std::string, bool> cache_;
};

// Pack folders under `dir` (not inside another pack), without following links.
void CollectPacks(const fs::path& dir, int depth, std::set<fs::path>& out) {
  if (depth > 8) return;
  std::error_code ec;
  const bool in_packs_folder = dir.filename() == "Packs";
  for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    std::error_code entry_ec;
    if (it->is_symlink(entry_ec) || !it->is_directory(entry_ec)) continue;
    const std::string name = it->path().filename().string();
    if (name.empty() || name.front() == '.' || name == "node_modules") continue;
    if (in_packs_folder || fs::is_regular_file(it->path() / "pack_metadata.json", entry_ec)) {
      out.insert(it->path());
      continue;
    }
    CollectPacks(it->path(), depth + 1, out);
  }
}

std::string Plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

struct ChangedPack {
  std::vector<PackChange> changes;
};

}  // namespace

StatusOr<ResolvedScope> ResolveChangedSince(const ScanArgs& args, const fs::path& root) {
  std::vector<std::string> given = args.paths;
  if (given.empty()) given.push_back(".");
  std::error_code ec;
  std::vector<fs::path> inputs;
  for (const std::string& p : given) {
    fs::path absolute = fs::absolute(p, ec).lexically_normal();
    if (absolute.filename().empty()) absolute = absolute.parent_path();
    if (!fs::exists(absolute, ec)) return Status::Error(p + " does not exist");
    inputs.push_back(absolute);
  }
  const fs::path first_folder =
      fs::is_directory(inputs.front(), ec) ? inputs.front() : inputs.front().parent_path();
  auto opened = GitBase::Open(first_folder, args.changed_since);
  if (!opened.ok()) return Status::Error("--changed-since: " + opened.status().message());
  const GitBase& base = *opened.value();

  // The work tree in the spelling of the given paths (they may reach it through a link).
  const fs::path work_canonical = fs::weakly_canonical(base.work_tree(), ec);
  fs::path work_tree;
  for (const fs::path& input : inputs) {
    const fs::path canonical = fs::weakly_canonical(input, ec);
    if (!Within(work_canonical, canonical)) {
      return Status::Error("--changed-since: " + input.generic_string() +
                           " is outside the git work tree " + work_canonical.generic_string() +
                           "; every path must be inside the repository");
    }
    if (work_tree.empty()) {
      work_tree = input;
      const fs::path rel = canonical.lexically_relative(work_canonical);
      if (rel != ".") {
        for (auto it = rel.begin(); it != rel.end(); ++it) work_tree = work_tree.parent_path();
      }
    }
  }

  auto changed = base.ChangedPaths();
  if (!changed.ok()) return Status::Error("--changed-since: " + changed.status().message());

  // Changed files by pack root (repository-relative).
  PackRootFinder finder(base, work_tree);
  std::map<std::string, ChangedPack> by_root;
  size_t outside_packs = 0;
  auto add = [&](const std::string& path, PackChange change) {
    const std::optional<std::string> root_of = finder.RootOf(path);
    if (!root_of) {
      ++outside_packs;
      return;
    }
    change.path = Inside(*root_of, change.path).value_or(change.path);
    change.old_path = Inside(*root_of, change.old_path).value_or(change.old_path);
    by_root[*root_of].changes.push_back(std::move(change));
  };
  for (const ChangedPath& c : changed.value()) {
    const std::string kind(ChangeKindName(c.kind));
    if (c.kind == ChangeKind::kRenamed && finder.RootOf(c.path) != finder.RootOf(c.old_path)) {
      add(c.old_path, {"deleted", c.old_path, c.old_path});
      add(c.path, {"added", c.path, c.path});
      continue;
    }
    add(c.path, {kind, c.path, c.old_path});
  }

  // Packs in the given paths: scanned when they still exist.
  std::set<fs::path> all_packs;
  for (const fs::path& input : inputs) {
    const fs::path enclosing = EnclosingPackRoot(input, work_tree);
    if (!enclosing.empty()) {
      all_packs.insert(enclosing);
    } else if (fs::is_directory(input, ec)) {
      if (fs::is_regular_file(input / "pack_metadata.json", ec)) all_packs.insert(input);
      CollectPacks(input, 0, all_packs);
    }
  }
  ResolvedScope scope;
  scope.pack_bases.emplace();
  std::vector<std::string> scanned_names;
  std::vector<std::string> deleted_names;
  size_t outside_paths = 0;
  for (auto& [rel_root, pack] : by_root) {
    const fs::path absolute = rel_root.empty() ? work_tree : (work_tree / rel_root);
    const bool in_scope = std::any_of(inputs.begin(), inputs.end(), [&](const fs::path& input) {
      return Within(input, absolute) || Within(absolute, input);
    });
    if (!in_scope) {
      outside_paths += pack.changes.size();
      continue;
    }
    const std::string name = absolute.filename().string();
    if (!fs::is_directory(absolute, ec)) {
      deleted_names.push_back(name);
      continue;
    }
    all_packs.insert(absolute);
    PackBase facts;
    facts.revision = base.revision();
    facts.commit = base.ShortId();
    facts.metadata = base.ReadFile(Join(rel_root, "pack_metadata.json"));
    facts.existed =
        rel_root.empty() ? facts.metadata.has_value() : base.ListFolder(rel_root).has_value();
    facts.readme = base.ReadFile(Join(rel_root, "README.md"));
    if (auto notes = base.ListFolder(Join(rel_root, "ReleaseNotes"))) {
      for (const BaseTreeEntry& entry : *notes) {
        if (!entry.is_folder) facts.release_notes.push_back(entry.name);
      }
    }
    facts.changes = std::move(pack.changes);
    std::sort(facts.changes.begin(), facts.changes.end(),
              [](const PackChange& a, const PackChange& b) { return a.path < b.path; });
    scanned_names.push_back(name + " (" +
                            (scanned_names.empty()
                                 ? Plural(facts.changes.size(), "changed file", "changed files")
                                 : std::to_string(facts.changes.size())) +
                            ")");
    scope.inputs.push_back(absolute);
    (*scope.pack_bases)[DisplayKey(absolute, root)] = std::move(facts);
  }

  std::string note = "Changed since " + base.revision() + " (" + base.ShortId() + "): ";
  if (changed->empty()) {
    note += "no file changed; nothing scanned";
  } else if (scope.inputs.empty()) {
    note += "no pack changed (0 of " + Plural(all_packs.size(), "pack", "packs") +
            " scanned); nothing scanned";
  } else {
    note += std::to_string(scope.inputs.size()) + " of " +
            Plural(all_packs.size(), "pack", "packs") + " scanned: ";
    // The first packs by name; a long list ends with a count (the report lists every pack).
    constexpr size_t kListed = 20;
    for (size_t i = 0; i < scanned_names.size() && i < kListed; ++i) {
      note += (i > 0 ? ", " : "") + scanned_names[i];
    }
    if (scanned_names.size() > kListed) {
      note += " and " + std::to_string(scanned_names.size() - kListed) + " more";
    }
  }
  constexpr size_t kListedDeleted = 5;
  for (size_t i = 0; i < deleted_names.size() && i < kListedDeleted; ++i) {
    note += "; pack " + deleted_names[i] + " was deleted, not scanned";
  }
  if (deleted_names.size() > kListedDeleted) {
    note += "; " + std::to_string(deleted_names.size() - kListedDeleted) +
            " more deleted packs not scanned";
  }
  if (outside_packs > 0) {
    note += "; " + Plural(outside_packs, "changed file", "changed files") +
            " outside any pack not scanned";
  }
  if (outside_paths > 0) {
    note += "; " + Plural(outside_paths, "changed file", "changed files") +
            " outside the given paths not scanned";
  }
  scope.notes.push_back(note + ".");
  return scope;
}

}  // namespace packaudit
