// The builtin checks of area "privacy", by the name their TOML files use.
#include <array>

#include "engines/builtin/privacy/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> PrivacyBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
