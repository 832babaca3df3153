// EmbeddedRuleIds (declared in suppress_pass.h): rule ids from the embedded rule file names
// (rules/<area>/<ID>.toml), without parsing the files.
#include "core/embedded_file.h"
#include "suppress/suppress_pass.h"

namespace packaudit {

std::set<std::string, std::less<>> EmbeddedRuleIds() {
  std::set<std::string, std::less<>> ids;
  for (size_t i = 0; i < kEmbeddedRules_count; ++i) {
    const std::string_view path(kEmbeddedRules[i].path);
    if (!path.ends_with(".toml")) continue;
    const size_t slash = path.rfind('/');
    const std::string_view name = path.substr(slash == std::string_view::npos ? 0 : slash + 1);
    const std::string_view id = name.substr(0, name.size() - 5);
    if (IsRuleIdSyntax(id)) ids.emplace(id);
  }
  return ids;
}

}  // namespace packaudit
