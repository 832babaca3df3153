// Builtin checks of area "security" (disabled certificate checks and weak cryptography in code
// (SEC013-SEC015)), registered by name in registry_crypto.cc and joined into the area's table by
// registry.cc. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CRYPTO_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CRYPTO_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> SecurityCryptoBuiltins();

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CRYPTO_H_
