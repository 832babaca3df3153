// The builtin checks of area "tls", by the name their TOML files use.
#include <array>

#include "engines/builtin/tls/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> TlsBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
