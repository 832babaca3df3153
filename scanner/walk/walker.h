// Walker: turns the scan inputs (folders and files) into the sorted list of files to scan, and
// records every path it does not scan with the reason. Knows nothing about rules.
//
// - Folders named in WalkOptions::ignored_dirs (.git, node_modules, ...) are skipped (recorded,
//   not reported as findings).
// - Symlinks are never followed: a link whose target is inside the scanned root is skipped
//   silently (its target is scanned at its own path); a dangling link, a loop, or a link that
//   leads out of the root is skipped with ENG006. A link to its own folder or to a folder above
//   it counts as a loop. Only an input named explicitly is looked at through its link.
// - Files over max_file_size are skipped with ENG003; unreadable folders and entries that are
//   not regular files (pipes, sockets, devices) with ENG007. Files are never opened here: the
//   pipeline reads each once and reports an unreadable one. Reasons never contain machine paths.
// - Overlapping inputs: every file and folder is visited once (keyed by its symlink-free path).
// Deterministic: output sorted by display path, whatever the directory order.
// Thread-compatible: Walk() keeps its state on the stack; the FileSystem must be thread-safe
// only if several walks share it.
#ifndef PACKAUDIT_WALK_WALKER_H_
#define PACKAUDIT_WALK_WALKER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "walk/filesystem.h"

namespace packaudit {

struct WalkOptions {
  uint64_t max_file_size = 5 * 1024 * 1024;
  std::vector<std::string> ignored_dirs = {".git", ".hg", ".svn", "node_modules", "__pycache__",
                                           ".venv", "venv", ".tox", ".mypy_cache",
                                           ".pytest_cache", ".idea", ".vscode"};
  // Globs over display paths (core/glob.h) that are not scanned (config `exclude`). An excluded
  // file or folder (inputs included) is recorded in `skipped` with no rule id and the reason
  // "excluded by <exclude_source>"; an excluded folder is not entered.
  std::vector<std::string> exclude;
  std::string exclude_source = "configuration";  // e.g. the config file's display path
};

struct WalkedFile {
  std::string fs_path;       // path to open through the FileSystem
  std::string display_path;  // relative to the display root, '/'-separated, no "./"
  uint64_t size = 0;
};

struct SkippedPath {
  std::string display_path;
  std::string rule_id;  // ENG003 / ENG006 / ENG007, or "" for an ignored folder (not a finding)
  std::string reason;   // "file is 7340032 bytes, over the 5242880-byte limit", ...
};

struct WalkResult {
  std::vector<WalkedFile> files;      // sorted by display_path, no duplicates
  std::vector<SkippedPath> skipped;   // sorted by display_path
};

// `inputs`: folders or files (absolute or relative to the process's working directory, as the
// FileSystem resolves them). `display_root`: absolute folder that display paths are relative to;
// a file outside it keeps its path as given.
// A missing input (or a dangling link named as input, or an input folder that cannot be listed)
// is an error Status naming it (a usage error for the CLI).
StatusOr<WalkResult> Walk(const FileSystem& fs, const std::vector<std::string>& inputs,
                          const std::string& display_root, const WalkOptions& options);

}  // namespace packaudit

#endif  // PACKAUDIT_WALK_WALKER_H_
