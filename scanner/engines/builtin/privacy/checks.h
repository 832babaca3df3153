// Builtin checks of area "privacy" (rules/privacy/): one function per check, registered in
// registry.cc beside this file. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_H_

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_H_
