// FileSystem: the walker's view of files, behind an interface so tests can use an in-memory tree
// (MemoryFileSystem) with symlinks, loops and unreadable entries. Implementations are
// read-only after set-up and safe to call from several threads.
//
// Errors are Status values whose message is "<path as given>: <errno text>", using the C
// library's English wording ("No such file or directory", "Too many levels of symbolic links",
// ...) whatever the locale, so ClassifyFileSystemError() can tell a missing entry from a loop.
#ifndef PACKAUDIT_WALK_FILESYSTEM_H_
#define PACKAUDIT_WALK_FILESYSTEM_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"

namespace packaudit {

enum class EntryType { kFile, kDirectory, kSymlink, kOther };

struct EntryInfo {
  EntryType type = EntryType::kOther;  // lstat-like: a symlink is kSymlink
  uint64_t size = 0;                   // files only
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // lstat: the entry itself, not what a symlink points to.
  virtual StatusOr<EntryInfo> Stat(const std::string& path) const = 0;
  // Names in a directory (no "." / ".."), in any order.
  virtual StatusOr<std::vector<std::string>> List(const std::string& dir) const = 0;
  // Up to `max_bytes` bytes of a file.
  virtual StatusOr<std::string> Read(const std::string& path, uint64_t max_bytes) const = 0;
  // The absolute, symlink-free form of `path`; an error for a dangling link or a loop.
  virtual StatusOr<std::string> Canonical(const std::string& path) const = 0;
};

// What a FileSystem error means, for callers that must react differently (dangling link vs loop).
enum class FileSystemError {
  kNotFound,  // ENOENT / ENOTDIR: the entry (or a folder on its path) does not exist
  kLoop,      // ELOOP: more than kMaxSymlinkHops links while resolving
  kOther,     // anything else (permission denied, I/O error, ...)
};
FileSystemError ClassifyFileSystemError(const Status& status);

// The errno text of a FileSystem error without its "<path>: " prefix (for messages that must not
// show machine paths). Returns the whole message when it does not start with `path`.
std::string FileSystemErrorText(const Status& status, const std::string& path);

// Symbolic links followed while resolving one path before giving up with a loop error (as Linux).
inline constexpr int kMaxSymlinkHops = 40;

// The real filesystem (POSIX). Relative paths are relative to the process's working directory.
std::unique_ptr<FileSystem> MakeRealFileSystem();

// An in-memory tree for tests. Paths are absolute, '/'-separated (a relative path is taken as
// relative to "/"); "." and ".." are understood. Symlinks in the middle of a path are followed
// (as the kernel does); a relative link target is resolved against the link's folder.
class MemoryFileSystem : public FileSystem {
 public:
  void AddFile(const std::string& path, std::string content);  // creates parent directories
  void AddDirectory(const std::string& path);
  void AddSymlink(const std::string& path, const std::string& target);  // target: absolute or relative
  // A file whose Read fails ("Permission denied"); when `path` is already a directory, that
  // directory's List fails instead.
  void AddUnreadable(const std::string& path);

  StatusOr<EntryInfo> Stat(const std::string& path) const override;
  StatusOr<std::vector<std::string>> List(const std::string& dir) const override;
  StatusOr<std::string> Read(const std::string& path, uint64_t max_bytes) const override;
  StatusOr<std::string> Canonical(const std::string& path) const override;

 private:
  struct Node {
    EntryType type = EntryType::kDirectory;
    std::string content;  // files
    std::string target;   // symlinks
    bool unreadable = false;
  };
  // Keys are normalised absolute paths ("/a/b"); "/" itself is implicit.
  std::map<std::string, Node> nodes_;

  // The key `path` names, with every symlink on the way resolved (the last component only when
  // `follow_last`); errors name `path`.
  StatusOr<std::string> Resolve(const std::string& path, bool follow_last) const;
  const Node* Find(const std::string& key) const;  // nullptr when absent
  void AddNode(const std::string& path, Node node);  // creates parent directories
};

}  // namespace packaudit

#endif  // PACKAUDIT_WALK_FILESYSTEM_H_
