// Builtin checks of area "privacy" (secrets and personal data reaching logs, the War Room, outputs
// or URLs (PRIV006-PRIV010)), registered by name in registry_logs.cc and joined into the area's
// table by registry.cc. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_LOGS_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_LOGS_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> PrivacyLogsBuiltins();

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_LOGS_H_
