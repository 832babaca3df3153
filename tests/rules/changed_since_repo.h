// Diff-aware rule fixtures (REL003, REL004, ADOPT008): fixtures/rules/<ID>/ holds `base/` and
// `head/` trees and a scan.toml with
//
//   [changed_since]
//   base = "base"   # committed as the base revision
//   head = "head"   # then the work tree is replaced by this tree (left uncommitted)
//
// ChangedSinceRepo builds that repository in a fresh temporary folder with the git program
// (tests may use it; the scanner itself reads git through libgit2) and removes it when
// destroyed. Annotations live in head/ files; paths of findings are relative to the repository,
// which mirrors head/. Not thread-safe (runs git processes).
#ifndef PACKAUDIT_TESTS_RULES_CHANGED_SINCE_REPO_H_
#define PACKAUDIT_TESTS_RULES_CHANGED_SINCE_REPO_H_

#include <filesystem>
#include <memory>
#include <string>

#include "core/status.h"

namespace packaudit {

class ChangedSinceRepo {
 public:
  // `name` makes the temporary folder name unique per test (e.g. the rule id).
  static StatusOr<std::unique_ptr<ChangedSinceRepo>> Build(const std::filesystem::path& base,
                                                           const std::filesystem::path& head,
                                                           const std::string& name);
  ~ChangedSinceRepo();
  ChangedSinceRepo(const ChangedSinceRepo&) = delete;
  ChangedSinceRepo& operator=(const ChangedSinceRepo&) = delete;

  const std::filesystem::path& dir() const { return dir_; }

 private:
  explicit ChangedSinceRepo(std::filesystem::path dir) : dir_(std::move(dir)) {}
  std::filesystem::path dir_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_TESTS_RULES_CHANGED_SINCE_REPO_H_
