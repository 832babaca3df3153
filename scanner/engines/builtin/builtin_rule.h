// Builtin rules: checks whose logic needs C++ (cross-file comparisons and the like). Each is one
// function registered by name in registry.cc and described by a TOML file with [builtin] name.
// Builtins are stateless and thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_BUILTIN_RULE_H_
#define PACKAUDIT_ENGINES_BUILTIN_BUILTIN_RULE_H_

#include <string_view>

#include "engines/emitter.h"
#include "model/pack.h"

namespace packaudit {

// A pack-level builtin: inspects `pack` and emits findings of `rule`.
using PackCheck = void (*)(const RuleSpec& rule, const Pack& pack, Emitter& emitter);

// The check registered under `name`, or nullptr. The name "diagnostic" is known but has no
// check: engine diagnostics (ENG rules) are emitted by the scan pipeline itself.
PackCheck FindPackCheck(std::string_view name);
bool IsKnownBuiltin(std::string_view name);

// REL002: currentVersion vs the highest release-note version.
void CheckReleaseNoteVersion(const RuleSpec& rule, const Pack& pack, Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_BUILTIN_RULE_H_
