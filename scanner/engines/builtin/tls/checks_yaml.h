// Builtin checks of area "tls" (HTTP defaults and insecure parameters declared in YAML and docs
// (TLS002-004, TLS008-010)), registered by name in registry_yaml.cc and joined into the area's
// table by registry.cc. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_YAML_H_
#define PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_YAML_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> TlsYamlBuiltins();

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_YAML_H_
