// The builtin checks of area "security", by the name their TOML files use: the joined tables of
// the check families below (each family owns its checks_<family>.h and registry_<family>.cc).
#include <vector>

#include "engines/builtin/security/checks_code.h"
#include "engines/builtin/security/checks_crypto.h"
#include "engines/builtin/security/checks_secrets.h"
#include "engines/builtin/security/checks_yaml.h"

namespace packaudit {

std::span<const BuiltinEntry> SecurityBuiltins() {
  static const std::vector<BuiltinEntry> kAll = [] {
    std::vector<BuiltinEntry> all;
    for (const BuiltinEntry& entry : SecuritySecretsBuiltins()) all.push_back(entry);
    for (const BuiltinEntry& entry : SecurityCodeBuiltins()) all.push_back(entry);
    for (const BuiltinEntry& entry : SecurityYamlBuiltins()) all.push_back(entry);
    for (const BuiltinEntry& entry : SecurityCryptoBuiltins()) all.push_back(entry);
    return all;
  }();
  return kAll;
}

}  // namespace packaudit
