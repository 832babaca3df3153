// The builtin checks of area "code", by the name their TOML files use.
#include <array>

#include "engines/builtin/code/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> CodeBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
