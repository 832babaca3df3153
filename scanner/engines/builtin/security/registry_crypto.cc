// The builtin checks of area "security" declared in checks_crypto.h, by the name their TOML files
// use.
#include <array>

#include "engines/builtin/security/checks_crypto.h"

namespace packaudit {

std::span<const BuiltinEntry> SecurityCryptoBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
