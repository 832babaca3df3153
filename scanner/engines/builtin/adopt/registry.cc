// The builtin checks of area "adopt", by the name their TOML files use.
#include <array>

#include "engines/builtin/adopt/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> AdoptBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
