// Helpers shared by the YAML and doc checks of area "tls" (see checks_yaml.h).
#include <cctype>

#include "engines/builtin/tls/checks_yaml.h"

namespace packaudit {
namespace tls_yaml {

std::vector<Item> ItemYamlViews(const Pack& pack) {
  std::vector<Item> views;
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration && item.type != ItemType::kScript) continue;
    for (const ParsedFile* file : item.files) {
      if (file->kind != FileKind::kIntegrationYaml && file->kind != FileKind::kScriptYaml) continue;
      if (!file->doc || !file->doc->IsMap()) continue;
      Item view = item;
      view.yaml = file;
      views.push_back(std::move(view));
    }
  }
  return views;
}

Finding& EmitAtNode(const RuleSpec& rule, const ParsedFile& yaml, const DocNode* node,
                    const MessageArgs& args, std::string match_text, Emitter& emitter) {
  const SourceFile& file = *yaml.source;
  if (node == nullptr || node->position.line < 1) {
    return emitter.AtLine(rule, file, 1, args, std::move(match_text));
  }
  if (node->end.line == node->position.line && node->end.column > node->position.column) {
    return emitter.AtBytes(rule, file, file.OffsetOf(node->position), file.OffsetOf(node->end),
                           args, std::move(match_text));
  }
  return emitter.AtLine(rule, file, node->position.line, args, std::move(match_text));
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

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
