// Builtin checks of area "security" (credentials and privileges declared in item YAML, binary
// artifacts (SEC004-007, SEC020, SEC023)), registered by name in registry_yaml.cc and joined into
// the area's table by registry.cc, plus the small helpers they share (yaml_helpers.cc). All are
// pack checks: they read the pack model (item YAML trees, the pack's file list). Split and unified
// YAML are read the same way: every integration or script YAML of an item is checked. Contract and
// threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_YAML_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_YAML_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engines/builtin/builtin_rule.h"
#include "engines/builtin/yaml_item_util.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> SecurityYamlBuiltins();

// SEC004: a credential param (type 4, 9, 14, or a plain-text param named like a secret) or a
// secret argument has a non-empty default value.
void CheckCredentialDefaults(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                             Emitter& emitter);
// SEC005: a param named like a secret is plain text (type 0 or 12).
void CheckPlainTextSecrets(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                           Emitter& emitter);
// SEC006: a visible type 4 (encrypted) param, which the credentials vault cannot fill.
void CheckVaultCredentials(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                           Emitter& emitter);
// SEC007: a command or script argument named like a secret lacks `secret: true`.
void CheckSecretArguments(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                          Emitter& emitter);
// SEC020: a script runs as DBotRole.
void CheckElevatedRunAs(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                        Emitter& emitter);
// SEC023: a binary file (kind `binary`) ships in the pack outside test_data/.
void CheckBinaryArtifacts(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                          Emitter& emitter);

namespace security_yaml {

// The words of an identifier, lower-cased: "apiKey" -> {"api", "key"}, "client_secret" ->
// {"client", "secret"}, "APIToken" -> {"api", "token"}.
std::vector<std::string> NameWords(std::string_view name);

// Whether a param or argument name denotes a secret value: its last word is a secret noun
// (password, passwd, pwd, passphrase, secret, apikey), "token" (not a pagination token such as
// next_token or page_token), or "key" qualified as api/private/secret/access/... key. So
// `api_key`, `clientSecret`, `password` are secrets; `token_url`, `password_reset_enabled`,
// `next_page_token`, `key_id` are not.
bool IsSecretName(std::string_view name);

// Whether a default value is only a template placeholder (`<API_KEY>`, `${...}`, `{{...}}`).
bool IsPlaceholder(std::string_view value);

// Whether `node` is present and holds a value (a non-blank scalar, a non-empty map or list).
bool HasValue(const DocNode* node);

// Whether the param or argument is hidden: `hidden: true`, or a non-empty list of the
// marketplaces it is hidden in (the SDK's IN145 counts both as hidden).
bool IsHidden(const DocNode& entry);

}  // namespace security_yaml
}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_YAML_H_
