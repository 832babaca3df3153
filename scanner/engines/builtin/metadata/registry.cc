// The builtin checks of area "metadata", by the name their TOML files use.
#include <array>

#include "engines/builtin/metadata/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> MetadataBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
