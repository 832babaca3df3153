// FileSystem: the walker's view of files, behind an interface so tests can use an in-memory tree
// (MemoryFileSystem) with symlinks, loops and unreadable entries. Implementations are
// read-only after set-up and safe to call from several threads.
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

// The real filesystem (POSIX).
std::unique_ptr<FileSystem> MakeRealFileSystem();

// An in-memory tree for tests. Paths are absolute, '/'-separated.
class MemoryFileSystem : public FileSystem {
 public:
  void AddFile(const std::string& path, std::string content);  // creates parent directories
  void AddDirectory(const std::string& path);
  void AddSymlink(const std::string& path, const std::string& target);  // target: absolute or relative
  void AddUnreadable(const std::string& path);  // a file whose Read fails

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
  std::map<std::string, Node> nodes_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_WALK_FILESYSTEM_H_
