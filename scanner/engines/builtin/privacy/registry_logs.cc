// The builtin checks of area "privacy" declared in checks_logs.h, by the name their TOML files use.
#include <array>

#include "engines/builtin/privacy/checks_logs.h"

namespace packaudit {

std::span<const BuiltinEntry> PrivacyLogsBuiltins() {
  static constexpr std::array<BuiltinEntry, 0> kChecks = {};
  return kChecks;
}

}  // namespace packaudit
