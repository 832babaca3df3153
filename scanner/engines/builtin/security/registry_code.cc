// The builtin checks of area "security" declared in checks_code.h, by the name their TOML files
// use.
#include <array>

#include "engines/builtin/security/checks_code.h"

namespace packaudit {

std::span<const BuiltinEntry> SecurityCodeBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
