// Builtin checks of area "security" (red flags in code: shell, deserialization, XML, temp files,
// downloads, obfuscation, legacy protocols, remote execution (SEC009-012, SEC016-019, SEC021)),
// registered by name in registry_code.cc and joined into the area's table by registry.cc. Contract
// and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CODE_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CODE_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> SecurityCodeBuiltins();

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CODE_H_
