#include "cli/scope.h"

#include <set>

#include "cli/changed_since.h"

namespace packaudit {
namespace fs = std::filesystem;

fs::path EnclosingPackRoot(const fs::path& path, const fs::path& root) {
  std::error_code ec;
  fs::path dir = fs::is_directory(path, ec) ? path : path.parent_path();
  while (!dir.empty()) {
    if (fs::is_regular_file(dir / "pack_metadata.json", ec)) return dir;
    // Packs/<Name>/... is a pack even before its metadata exists.
    if (dir.has_parent_path() && dir.parent_path().filename() == "Packs") return dir;
    if (dir == root || dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  return {};
}

StatusOr<ResolvedScope> ResolveScope(const ScanArgs& args, const fs::path& root) {
  if (!args.changed_since.empty()) return ResolveChangedSince(args, root);
  ResolvedScope scope;
  std::error_code ec;
  std::vector<std::string> paths = args.paths;
  if (paths.empty()) paths.push_back(".");
  std::set<fs::path> seen;
  int widened = 0;
  for (const std::string& p : paths) {
    fs::path absolute = fs::absolute(p, ec).lexically_normal();
    if (absolute.filename().empty()) absolute = absolute.parent_path();
    if (args.whole_packs) {
      const fs::path pack = EnclosingPackRoot(absolute, root);
      if (!pack.empty() && pack != absolute) {
        absolute = pack;
        ++widened;
      } else if (pack.empty() && !fs::exists(absolute, ec)) {
        continue;  // a deleted file outside any pack: nothing to scan
      }
    }
    if (seen.insert(absolute).second) scope.inputs.push_back(absolute);
  }
  if (args.whole_packs) {
    scope.notes.push_back(std::to_string(paths.size()) + " path(s) given; " +
                          std::to_string(widened) + " widened to their pack, " +
                          std::to_string(scope.inputs.size()) + " input(s) scanned.");
  }
  return scope;
}

}  // namespace packaudit
