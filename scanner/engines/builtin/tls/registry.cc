// The builtin checks of area "tls", by the name their TOML files use: the joined tables of
// the check families below (each family owns its checks_<family>.h and registry_<family>.cc).
#include <vector>

#include "engines/builtin/tls/checks_code.h"
#include "engines/builtin/tls/checks_yaml.h"

namespace packaudit {

std::span<const BuiltinEntry> TlsBuiltins() {
  static const std::vector<BuiltinEntry> kAll = [] {
    std::vector<BuiltinEntry> all;
    for (const BuiltinEntry& entry : TlsYamlBuiltins()) all.push_back(entry);
    for (const BuiltinEntry& entry : TlsCodeBuiltins()) all.push_back(entry);
    return all;
  }();
  return kAll;
}

}  // namespace packaudit
