// The builtin checks of area "code", by the name their TOML files use.
#include <array>
#include <vector>

#include "engines/builtin/code/checks.h"
#include "engines/builtin/code/checks_tree.h"
#include "engines/builtin/code/checks_yaml.h"

namespace packaudit {

std::span<const BuiltinEntry> CodeBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  // This table, then the tables of the other code-check files (one line each).
  static const std::vector<BuiltinEntry> kAll = [] {
    std::vector<BuiltinEntry> all(kChecks.begin(), kChecks.end());
    for (const BuiltinEntry& entry : CodeYamlBuiltins()) all.push_back(entry);
    for (const BuiltinEntry& entry : CodeTreeBuiltins()) all.push_back(entry);
    return all;
  }();
  return kAll;
}

}  // namespace packaudit
