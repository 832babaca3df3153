// The builtin checks of area "privacy", by the name their TOML files use: the joined tables of
// the check families below (each family owns its checks_<family>.h and registry_<family>.cc).
#include <vector>

#include "engines/builtin/privacy/checks_docs.h"
#include "engines/builtin/privacy/checks_hosts.h"
#include "engines/builtin/privacy/checks_logs.h"

namespace packaudit {

std::span<const BuiltinEntry> PrivacyBuiltins() {
  static const std::vector<BuiltinEntry> kAll = [] {
    std::vector<BuiltinEntry> all;
    for (const BuiltinEntry& entry : PrivacyDocsBuiltins()) all.push_back(entry);
    for (const BuiltinEntry& entry : PrivacyHostsBuiltins()) all.push_back(entry);
    for (const BuiltinEntry& entry : PrivacyLogsBuiltins()) all.push_back(entry);
    return all;
  }();
  return kAll;
}

}  // namespace packaudit
