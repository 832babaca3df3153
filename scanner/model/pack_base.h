// PackBase: what a pack looked like at the base revision of a diff-aware scan
// (`scan --changed-since REF`), as plain data, so that pack checks can compare the pack with its
// base (version bumps, release notes, adoption changes) without knowing about git. Filled by the
// CLI (cli/scope.cc, through vcs/) before the scan; read-only afterwards, so safe to share
// between threads.
#ifndef PACKAUDIT_MODEL_PACK_BASE_H_
#define PACKAUDIT_MODEL_PACK_BASE_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace packaudit {

// One file of the pack that differs from the base, relative to the pack root.
struct PackChange {
  std::string kind;      // "added" | "modified" | "deleted" | "renamed" | "type-changed"
  std::string path;      // path now (for a deletion: the path at the base)
  std::string old_path;  // path at the base (differs from `path` for a rename)
};

struct PackBase {
  std::string revision;                    // the revision as given ("origin/main")
  std::string commit;                      // its short commit id ("1a2b3c4")
  bool existed = false;                    // the pack folder existed at the base
  std::optional<std::string> metadata;     // base pack_metadata.json bytes
  std::optional<std::string> readme;       // base README.md bytes
  std::vector<std::string> release_notes;  // base file names in ReleaseNotes/, sorted
  std::vector<PackChange> changes;         // changed files of the pack, sorted by path
};

// Keyed by the pack's display root (Pack::root: "" when the display root is the pack itself).
using PackBases = std::map<std::string, PackBase, std::less<>>;

}  // namespace packaudit

#endif  // PACKAUDIT_MODEL_PACK_BASE_H_
