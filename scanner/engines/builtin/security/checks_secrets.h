// Builtin checks of area "security" (secrets: entropy, indicators, provider patterns, suppression
// audit (SEC001-003, SEC008)), registered by name in registry_secrets.cc and joined into the area's
// table by registry.cc. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_SECRETS_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_SECRETS_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> SecuritySecretsBuiltins();

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_SECRETS_H_
