// Builtin checks of area "release" (rules/release/): one function per check, registered in
// registry.cc beside this file. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_RELEASE_CHECKS_H_
#define PACKAUDIT_ENGINES_BUILTIN_RELEASE_CHECKS_H_

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// REL002: currentVersion vs the highest release-note version.
void CheckReleaseNoteVersion(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                             Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_RELEASE_CHECKS_H_
