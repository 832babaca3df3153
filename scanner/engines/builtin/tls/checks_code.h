// Builtin checks of area "tls" (plain-HTTP literals, insecure defaults, old protocols and lowered
// ciphers in code (TLS001, TLS005-007)), registered by name in registry_code.cc and joined into the
// area's table by registry.cc. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_CODE_H_
#define PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_CODE_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> TlsCodeBuiltins();

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_CODE_H_
