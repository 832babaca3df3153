// The builtin checks of area "security" declared in checks_secrets.h, by the name their TOML files
// use.
#include <array>

#include "engines/builtin/security/checks_secrets.h"

namespace packaudit {

std::span<const BuiltinEntry> SecuritySecretsBuiltins() {
  static constexpr std::array<BuiltinEntry, 3> kChecks = {{
      {"secret_entropy", nullptr, &CheckSecretEntropy},
      {"secret_indicators", nullptr, &CheckSecretIndicators},
      // One rule, two shapes: markers per file, allow-list files per pack.
      {"secret_suppressions", &CheckSuppressionFiles, &CheckSuppressionMarkers},
  }};
  return kChecks;
}

}  // namespace packaudit
