// The walker: an explicit stack (no recursion, so a very deep tree cannot overflow the call
// stack), lstat on every entry, symlinks judged with Canonical() and never followed. Every entry
// is visited at most once, keyed by its symlink-free path, so overlapping inputs list a file once
// and a folder reached twice is walked once.
#include "walk/walker.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

#include "core/glob.h"
#include "walk/path_util.h"

namespace packaudit {
namespace {

constexpr char kSizeRule[] = "ENG003";
constexpr char kLinkRule[] = "ENG006";
constexpr char kUnreadableRule[] = "ENG007";

struct Input {
  std::string given;      // as passed in
  std::string fs_path;    // `given` without a trailing '/'
  std::string canonical;  // symlink-free absolute form (of the target, for a symlink input)
  EntryType type = EntryType::kOther;  // of the target, for a symlink input
  uint64_t size = 0;
  std::string display;
};

struct Folder {
  std::string fs_path;
  std::string display;
  std::string canonical;
};

std::string WithoutTrailingSlash(const std::string& path) {
  std::string out = path;
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

class WalkRun {
 public:
  WalkRun(const FileSystem& fs, const std::string& display_root, const WalkOptions& options)
      : fs_(fs), options_(options) {
    StatusOr<std::string> cwd = fs_.Canonical(".");
    if (cwd.ok()) cwd_ = *cwd;
    root_ = Absolute(display_root.empty() ? "." : display_root);
    StatusOr<std::string> canonical_root = fs_.Canonical(display_root.empty() ? "." : display_root);
    if (canonical_root.ok()) canonical_root_ = *canonical_root;
  }

  StatusOr<WalkResult> Run(const std::vector<std::string>& inputs) {
    // Every root is known before walking, so a link from one input into another is "inside".
    std::vector<Input> resolved;
    for (const std::string& given : inputs) {
      StatusOr<Input> input = ResolveInput(given);
      if (!input.ok()) return input.status();
      roots_.push_back(input->canonical);
      resolved.push_back(std::move(*input));
    }
    for (const Input& input : resolved) {
      if (IsExcluded(input.display)) {
        if (seen_.insert(input.canonical).second) SkipExcluded(input.display);
        continue;
      }
      switch (input.type) {
        case EntryType::kDirectory: {
          Status status = WalkFolder(input);
          if (!status.ok()) return status;
          break;
        }
        case EntryType::kFile:
          VisitFile(input.fs_path, input.display, input.canonical, input.size);
          break;
        default:
          VisitOther(input.display, input.canonical);
          break;
      }
    }
    return Finish();
  }

 private:
  // `path` made absolute against the working directory, then normalised lexically.
  std::string Absolute(const std::string& path) const {
    if (!path.empty() && path.front() == '/') return NormalizePath(path);
    return NormalizePath(JoinPath(cwd_.empty() ? "/" : cwd_, path));
  }

  static Status InputError(const std::string& given, const Status& error) {
    switch (ClassifyFileSystemError(error)) {
      case FileSystemError::kNotFound:
        return Status::Error("input not found: " + given);
      case FileSystemError::kLoop:
        return Status::Error("input is a symbolic link loop: " + given);
      case FileSystemError::kOther:
        break;
    }
    return Status::Error("cannot read input " + given + ": " + FileSystemErrorText(error, given));
  }

  // An input is looked at through its symlink if it is one: naming a link explicitly is a
  // request to scan what it points to (as `find -H` does). Links below it are never followed.
  StatusOr<Input> ResolveInput(const std::string& given) {
    if (given.empty()) return Status::Error("input not found: (empty path)");
    StatusOr<EntryInfo> info = fs_.Stat(given);
    if (!info.ok()) return InputError(given, info.status());
    StatusOr<std::string> canonical = fs_.Canonical(given);
    if (!canonical.ok()) return InputError(given, canonical.status());
    EntryInfo target = *info;
    if (info->type == EntryType::kSymlink) {
      StatusOr<EntryInfo> target_info = fs_.Stat(*canonical);
      if (!target_info.ok()) return InputError(given, target_info.status());
      target = *target_info;
    }
    Input input;
    input.given = given;
    input.fs_path = WithoutTrailingSlash(given);
    input.canonical = *canonical;
    input.type = target.type;
    input.size = target.size;
    input.display = DisplayPathOf(given);
    return input;
  }

  // Relative to the display root when the input lies below it, lexically or once symlinked
  // folders on both sides are resolved; otherwise the input as given, normalised.
  std::string DisplayPathOf(const std::string& given) const {
    const std::string absolute = Absolute(given);
    if (IsSameOrBelow(absolute, root_)) return RelativeTo(absolute, root_);
    if (!canonical_root_.empty() && absolute != "/") {
      // Resolve the folders above the input but not the input itself (it may be a link).
      const size_t slash = absolute.rfind('/');
      const std::string parent = slash == 0 ? "/" : absolute.substr(0, slash);
      StatusOr<std::string> canonical_parent = fs_.Canonical(parent);
      if (canonical_parent.ok()) {
        const std::string candidate = JoinPath(*canonical_parent, absolute.substr(slash + 1));
        if (IsSameOrBelow(candidate, canonical_root_)) {
          return RelativeTo(candidate, canonical_root_);
        }
      }
    }
    return NormalizePath(given);
  }

  Status WalkFolder(const Input& input) {
    if (!seen_.insert(input.canonical).second) return Status::Ok();
    std::vector<Folder> stack = {{input.fs_path, input.display, input.canonical}};
    bool is_input = true;
    while (!stack.empty()) {
      Folder folder = std::move(stack.back());
      stack.pop_back();
      StatusOr<std::vector<std::string>> names = fs_.List(folder.fs_path);
      if (!names.ok()) {
        const std::string text = FileSystemErrorText(names.status(), folder.fs_path);
        if (is_input) return Status::Error("cannot read input folder " + input.given + ": " + text);
        Skip(folder.display, kUnreadableRule, "cannot read folder: " + text);
        continue;
      }
      is_input = false;
      std::sort(names->begin(), names->end());
      for (const std::string& name : *names) VisitChild(folder, name, &stack);
    }
    return Status::Ok();
  }

  void VisitChild(const Folder& folder, const std::string& name, std::vector<Folder>* stack) {
    const std::string fs_path = JoinPath(folder.fs_path, name);
    const std::string display = JoinPath(folder.display, name);
    // Not a symlink target: the walk never goes through links, so this is the entry's own path.
    const std::string canonical = JoinPath(folder.canonical, name);
    if (seen_.count(canonical) != 0) return;
    if (IsExcluded(display)) {
      seen_.insert(canonical);
      SkipExcluded(display);
      return;
    }
    StatusOr<EntryInfo> info = fs_.Stat(fs_path);
    if (info.ok() && info->type == EntryType::kDirectory && IsExcludedFolder(display)) {
      seen_.insert(canonical);
      SkipExcluded(display);
      return;
    }
    if (!info.ok()) {
      seen_.insert(canonical);
      Skip(display, kUnreadableRule,
           "cannot read file information: " + FileSystemErrorText(info.status(), fs_path));
      return;
    }
    switch (info->type) {
      case EntryType::kDirectory:
        seen_.insert(canonical);
        if (IsIgnored(name)) {
          Skip(display, "", "ignored folder");
        } else {
          stack->push_back({fs_path, display, canonical});
        }
        break;
      case EntryType::kFile:
        VisitFile(fs_path, display, canonical, info->size);
        break;
      case EntryType::kSymlink:
        VisitLink(fs_path, display, canonical, folder.canonical);
        break;
      case EntryType::kOther:
        VisitOther(display, canonical);
        break;
    }
  }

  void VisitFile(const std::string& fs_path, const std::string& display,
                 const std::string& canonical, uint64_t size) {
    if (!seen_.insert(canonical).second) return;
    if (size > options_.max_file_size) {
      Skip(display, kSizeRule,
           "file is " + std::to_string(size) + " bytes, over the " +
               std::to_string(options_.max_file_size) + "-byte limit");
      return;
    }
    // Files are not opened here: the pipeline reads each listed file once and reports one that
    // cannot be read (ENG007) itself.
    files_.push_back({fs_path, display, size});
  }

  // Judged, never followed: loops and dangling or escaping links are reported; a link to
  // something the scan covers anyway is dropped, since its target is scanned at its own path.
  void VisitLink(const std::string& fs_path, const std::string& display,
                 const std::string& canonical, const std::string& folder_canonical) {
    if (!seen_.insert(canonical).second) return;
    StatusOr<std::string> target = fs_.Canonical(fs_path);
    if (!target.ok()) {
      switch (ClassifyFileSystemError(target.status())) {
        case FileSystemError::kLoop:
          Skip(display, kLinkRule, "symbolic link loop");
          return;
        case FileSystemError::kNotFound:
          Skip(display, kLinkRule, "dangling symbolic link");
          return;
        case FileSystemError::kOther:
          Skip(display, kUnreadableRule,
               "cannot resolve symbolic link: " + FileSystemErrorText(target.status(), fs_path));
          return;
      }
    }
    if (!InsideScannedRoot(*target)) {
      Skip(display, kLinkRule, "symbolic link leads outside the scanned folder");
    } else if (IsSameOrBelow(folder_canonical, *target)) {
      // The link's own folder or one above it: following it would walk forever.
      Skip(display, kLinkRule, "symbolic link loop");
    } else {
      Skip(display, "", "symbolic link to a scanned path");
    }
  }

  void VisitOther(const std::string& display, const std::string& canonical) {
    if (!seen_.insert(canonical).second) return;
    Skip(display, kUnreadableRule, "not a regular file or folder (device, socket or pipe)");
  }

  bool IsExcluded(const std::string& display) const {
    return std::any_of(options_.exclude.begin(), options_.exclude.end(),
                       [&](const std::string& pattern) { return GlobMatch(pattern, display); });
  }

  // "x/**" excludes everything inside x: the folder itself is skipped as a whole.
  bool IsExcludedFolder(const std::string& display) const {
    return std::any_of(
        options_.exclude.begin(), options_.exclude.end(), [&](const std::string& pattern) {
          return pattern.size() > 3 && pattern.ends_with("/**") &&
                 GlobMatch(std::string_view(pattern).substr(0, pattern.size() - 3), display);
        });
  }

  void SkipExcluded(const std::string& display) {
    Skip(display, "", "excluded by " + options_.exclude_source);
  }

  bool IsIgnored(const std::string& name) const {
    return std::find(options_.ignored_dirs.begin(), options_.ignored_dirs.end(), name) !=
           options_.ignored_dirs.end();
  }

  bool InsideScannedRoot(const std::string& canonical) const {
    return std::any_of(roots_.begin(), roots_.end(), [&](const std::string& root) {
      return IsSameOrBelow(canonical, root);
    });
  }

  void Skip(const std::string& display, std::string rule_id, std::string reason) {
    skipped_.push_back({display, std::move(rule_id), std::move(reason)});
  }

  WalkResult Finish() {
    WalkResult result;
    result.files = std::move(files_);
    result.skipped = std::move(skipped_);
    std::sort(result.files.begin(), result.files.end(),
              [](const WalkedFile& a, const WalkedFile& b) {
                return a.display_path < b.display_path;
              });
    // Distinct entries cannot share a display path, except through odd spellings of the same
    // input (one inside the display root, one outside); keep the first.
    result.files.erase(std::unique(result.files.begin(), result.files.end(),
                                   [](const WalkedFile& a, const WalkedFile& b) {
                                     return a.display_path == b.display_path;
                                   }),
                       result.files.end());
    auto key = [](const SkippedPath& s) { return std::tie(s.display_path, s.rule_id, s.reason); };
    std::sort(result.skipped.begin(), result.skipped.end(),
              [&](const SkippedPath& a, const SkippedPath& b) { return key(a) < key(b); });
    result.skipped.erase(std::unique(result.skipped.begin(), result.skipped.end(),
                                     [&](const SkippedPath& a, const SkippedPath& b) {
                                       return key(a) == key(b);
                                     }),
                         result.skipped.end());
    return result;
  }

  const FileSystem& fs_;
  const WalkOptions& options_;
  std::string cwd_;             // canonical working directory, "" if unknown
  std::string root_;            // display root, absolute and normalised
  std::string canonical_root_;  // display root without symlinks, "" if it cannot be resolved
  std::vector<std::string> roots_;  // canonical inputs
  std::set<std::string> seen_;      // canonical paths already visited
  std::vector<WalkedFile> files_;
  std::vector<SkippedPath> skipped_;
};

}  // namespace

StatusOr<WalkResult> Walk(const FileSystem& fs, const std::vector<std::string>& inputs,
                          const std::string& display_root, const WalkOptions& options) {
  WalkRun run(fs, display_root, options);
  return run.Run(inputs);
}

}  // namespace packaudit
