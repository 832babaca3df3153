// The POSIX FileSystem: lstat, opendir/readdir, open/read with a byte cap, realpath. Each call
// uses only its own file descriptors and buffers, so one instance serves many threads.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <memory>

#include "walk/filesystem.h"
#include "walk/fs_error.h"

namespace packaudit {
namespace {

// Closes a file descriptor or directory stream on scope exit.
struct FdCloser {
  int fd;
  ~FdCloser() {
    if (fd >= 0) close(fd);
  }
};
struct DirCloser {
  void operator()(DIR* dir) const { closedir(dir); }
};

class RealFileSystem : public FileSystem {
 public:
  StatusOr<EntryInfo> Stat(const std::string& path) const override {
    struct stat st {};
    if (lstat(path.c_str(), &st) != 0) return ErrnoStatus(path, errno);
    EntryInfo info;
    if (S_ISREG(st.st_mode)) {
      info.type = EntryType::kFile;
      info.size = static_cast<uint64_t>(st.st_size);
    } else if (S_ISDIR(st.st_mode)) {
      info.type = EntryType::kDirectory;
    } else if (S_ISLNK(st.st_mode)) {
      info.type = EntryType::kSymlink;
    } else {
      info.type = EntryType::kOther;
    }
    return info;
  }

  StatusOr<std::vector<std::string>> List(const std::string& dir) const override {
    std::unique_ptr<DIR, DirCloser> stream(opendir(dir.c_str()));
    if (!stream) return ErrnoStatus(dir, errno);
    std::vector<std::string> names;
    while (true) {
      errno = 0;
      const dirent* entry = readdir(stream.get());
      if (entry == nullptr) {
        if (errno != 0) return ErrnoStatus(dir, errno);
        break;
      }
      const std::string name = entry->d_name;
      if (name == "." || name == "..") continue;
      names.push_back(name);
    }
    return names;
  }

  StatusOr<std::string> Read(const std::string& path, uint64_t max_bytes) const override {
    // O_NONBLOCK: opening a FIFO must not hang the scan; it has no effect on regular files.
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) return ErrnoStatus(path, errno);
    FdCloser closer{fd};
    struct stat st {};
    if (fstat(fd, &st) != 0) return ErrnoStatus(path, errno);
    if (S_ISDIR(st.st_mode)) return ErrnoStatus(path, EISDIR);
    std::string bytes;
    if (S_ISREG(st.st_mode)) {
      bytes.reserve(static_cast<size_t>(std::min<uint64_t>(max_bytes, st.st_size)));
    }
    char buffer[64 * 1024];
    while (bytes.size() < max_bytes) {
      const uint64_t want = std::min<uint64_t>(sizeof(buffer), max_bytes - bytes.size());
      const ssize_t got = read(fd, buffer, static_cast<size_t>(want));
      if (got < 0) {
        if (errno == EINTR) continue;
        return ErrnoStatus(path, errno);
      }
      if (got == 0) break;
      bytes.append(buffer, static_cast<size_t>(got));
    }
    return bytes;
  }

  StatusOr<std::string> Canonical(const std::string& path) const override {
    std::unique_ptr<char, decltype(&free)> resolved(realpath(path.c_str(), nullptr), &free);
    if (!resolved) return ErrnoStatus(path, errno);
    return std::string(resolved.get());
  }
};

}  // namespace

std::unique_ptr<FileSystem> MakeRealFileSystem() { return std::make_unique<RealFileSystem>(); }

}  // namespace packaudit
