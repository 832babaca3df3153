// Builtin checks of area "security" (secrets: entropy, indicators, provider patterns, suppression
// audit (SEC001-003, SEC008)), registered by name in registry_secrets.cc and joined into the area's
// table by registry.cc. SEC003 is a regex rule (rules/security/SEC003.toml); the others share the
// tokenizer of secrets_text.h. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_SECRETS_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_SECRETS_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> SecuritySecretsBuiltins();

// SEC001: high-entropy strings (demisto-sdk method, secret-shaped values only).
void CheckSecretEntropy(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// SEC002: URLs, e-mail addresses and IP addresses not on an allow-list.
void CheckSecretIndicators(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// SEC008, per file: disable-secrets-detection markers (and the strings they hide), `# nosec`,
// `# noqa: S...`, `# pylint: disable=<xsoar-lint message>`.
void CheckSuppressionMarkers(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// SEC008, per pack: .secrets-ignore entries (file: lines, high-entropy words, words and files
// that hide high-entropy strings) and .pack-ignore ignores of security validations.
void CheckSuppressionFiles(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                           Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_SECRETS_H_
