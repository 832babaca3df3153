// Builtin checks of area "privacy" (privacy-notice link and contact, data-flow disclosure, personal
// data in shipped files (PRIV001-003, PRIV011)), registered by name in registry_docs.cc and joined
// into the area's table by registry.cc. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_DOCS_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_DOCS_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> PrivacyDocsBuiltins();

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_DOCS_H_
