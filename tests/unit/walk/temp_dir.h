// A scratch folder for tests that need the real filesystem: created with mkdtemp under $TMPDIR
// (or /tmp) and removed, with everything in it, when the object is destroyed. One per test.
#ifndef PACKAUDIT_TESTS_UNIT_WALK_TEMP_DIR_H_
#define PACKAUDIT_TESTS_UNIT_WALK_TEMP_DIR_H_

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include <gtest/gtest.h>

namespace packaudit::testing {

class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base != nullptr && *base != '\0' ? base : "/tmp") +
                          "/packaudit-walk-XXXXXX";
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    if (path_.empty()) return;
    std::error_code ignored;
    chmod(path_.c_str(), 0700);
    // Restore permissions first so removal can enter folders a test locked.
    for (auto it = std::filesystem::recursive_directory_iterator(
             path_, std::filesystem::directory_options::skip_permission_denied, ignored);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ignored)) {
      if (it->is_directory(ignored) && !it->is_symlink(ignored)) {
        chmod(it->path().c_str(), 0700);
      }
    }
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }
  std::string Sub(const std::string& relative) const { return path_ + "/" + relative; }

  void WriteFile(const std::string& relative, const std::string& content) const {
    std::filesystem::create_directories(std::filesystem::path(Sub(relative)).parent_path());
    std::ofstream(Sub(relative), std::ios::binary) << content;
  }
  void MakeDir(const std::string& relative) const {
    std::filesystem::create_directories(Sub(relative));
  }
  void MakeSymlink(const std::string& relative, const std::string& target) const {
    ASSERT_EQ(symlink(target.c_str(), Sub(relative).c_str()), 0) << relative;
  }

 private:
  std::string path_;
};

}  // namespace packaudit::testing

#endif  // PACKAUDIT_TESTS_UNIT_WALK_TEMP_DIR_H_
