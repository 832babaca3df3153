// The builtin checks of area "tls" declared in checks_code.h, by the name their TOML files use.
#include <array>

#include "engines/builtin/tls/checks_code.h"

namespace packaudit {

std::span<const BuiltinEntry> TlsCodeBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
