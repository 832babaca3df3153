// Builtin checks of area "privacy" (tracker hosts and the outbound-host inventory (PRIV004,
// PRIV005)), registered by name in registry_hosts.cc and joined into the area's table by
// registry.cc. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_HOSTS_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_HOSTS_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> PrivacyHostsBuiltins();

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_HOSTS_H_
