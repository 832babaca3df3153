// The builtin checks of area "docs", by the name their TOML files use.
#include <array>

#include "engines/builtin/docs/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> DocsBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
