// Helpers shared by the YAML and doc checks of area "tls" (see checks_yaml.h).
#include <cctype>

#include "core/text.h"
#include "engines/builtin/tls/checks_yaml.h"

namespace packaudit {
namespace tls_yaml {

bool UrlHost(std::string_view value, std::string_view scheme, std::string* host) {
  const std::string lower = Lower(Trim(value));
  const std::string prefix = std::string(scheme) + "://";
  if (lower.compare(0, prefix.size(), prefix) != 0) return false;
  std::string_view rest = std::string_view(lower).substr(prefix.size());
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const size_t at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  if (!rest.empty() && rest.front() == '[') {
    rest =
        rest.substr(0, rest.find(']') == std::string_view::npos ? rest.size() : rest.find(']') + 1);
  } else {
    rest = rest.substr(0, rest.find(':'));
  }
  *host = std::string(rest);
  return true;
}

bool IsLoopbackHost(std::string_view host) {
  if (host == "localhost" || host == "[::1]") return true;
  if (host.size() > 10 && host.substr(host.size() - 10) == ".localhost") return true;
  return host.substr(0, 4) == "127.";
}

const DocNode* DefaultOf(const DocNode& entry) {
  if (const DocNode* value = entry.Get("defaultvalue")) return value;
  return entry.Get("defaultValue");
}

}  // namespace tls_yaml
}  // namespace packaudit
