// The builtin checks of area "security", by the name their TOML files use.
#include <array>

#include "engines/builtin/security/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> SecurityBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
