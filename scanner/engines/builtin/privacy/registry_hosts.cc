// The builtin checks of area "privacy" declared in checks_hosts.h, by the name their TOML files
// use.
#include <array>

#include "engines/builtin/privacy/checks_hosts.h"

namespace packaudit {

std::span<const BuiltinEntry> PrivacyHostsBuiltins() {
  static constexpr std::array<BuiltinEntry, 2> kChecks = {{
      {"tracker_hosts", nullptr, &CheckTrackerHosts},
      {"undeclared_hosts", &CheckUndeclaredHosts, nullptr},
  }};
  return kChecks;
}

}  // namespace packaudit
