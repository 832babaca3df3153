// The builtin checks of area "security" declared in checks_secrets.h, by the name their TOML files
// use.
#include <array>

#include "engines/builtin/security/checks_secrets.h"

namespace packaudit {

std::span<const BuiltinEntry> SecuritySecretsBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
