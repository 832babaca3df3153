// The builtin checks of area "security" declared in checks_yaml.h, by the name their TOML files
// use.
#include <array>

#include "engines/builtin/security/checks_yaml.h"

namespace packaudit {

std::span<const BuiltinEntry> SecurityYamlBuiltins() {
  static constexpr std::array<BuiltinEntry, 6> kChecks = {{
      {"security_credential_defaults", &CheckCredentialDefaults, nullptr},
      {"security_plain_text_secrets", &CheckPlainTextSecrets, nullptr},
      {"security_vault_credentials", &CheckVaultCredentials, nullptr},
      {"security_secret_arguments", &CheckSecretArguments, nullptr},
      {"security_elevated_run_as", &CheckElevatedRunAs, nullptr},
      {"security_binary_artifacts", &CheckBinaryArtifacts, nullptr},
  }};
  return kChecks;
}

}  // namespace packaudit
