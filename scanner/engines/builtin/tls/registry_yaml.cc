// The builtin checks of area "tls" declared in checks_yaml.h, by the name their TOML files use.
#include <array>

#include "engines/builtin/tls/checks_yaml.h"

namespace packaudit {

std::span<const BuiltinEntry> TlsYamlBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
