// The builtin checks of area "security" declared in checks_yaml.h, by the name their TOML files
// use.
#include <array>

#include "engines/builtin/security/checks_yaml.h"

namespace packaudit {

std::span<const BuiltinEntry> SecurityYamlBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
