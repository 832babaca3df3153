#include "engines/builtin/metadata/metadata_util.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>

#include "core/text.h"
#include "rules/data_file.h"

namespace packaudit {
namespace metadata {

bool ContainsIgnoreCase(std::string_view text, std::string_view needle) {
  return Lower(text).find(Lower(needle)) != std::string::npos;
}

const DocNode* Value(const Pack& pack, std::string_view key) {
  return pack.metadata != nullptr ? pack.metadata->Get(key) : nullptr;
}

std::string_view Text(const Pack& pack, std::string_view key) {
  const DocNode* node = Value(pack, key);
  return node != nullptr ? Trim(node->Text()) : std::string_view();
}

void EmitAtKey(const RuleSpec& rule, const Pack& pack, std::string_view key,
               const MessageArgs& args, std::string match_text, Emitter& emitter) {
  const SourceFile& file = *pack.metadata_file->source;
  const DocNode* key_node = pack.metadata->KeyNode(key);
  if (key_node == nullptr) {
    emitter.AtLine(rule, file, pack.metadata->position.line, args, std::move(match_text));
    return;
  }
  const DocNode* value = pack.metadata->Get(key);
  const size_t begin = file.OffsetOf(key_node->position);
  const size_t end = file.OffsetOf(
      value != nullptr && value->end.line == key_node->position.line ? value->end : key_node->end);
  emitter.AtBytes(rule, file, begin, std::max(begin, end), args, std::move(match_text));
}

void EmitAtNode(const RuleSpec& rule, const Pack& pack, const DocNode& node,
                const MessageArgs& args, std::string match_text, Emitter& emitter) {
  const SourceFile& file = *pack.metadata_file->source;
  const size_t begin = file.OffsetOf(node.position);
  const size_t end = node.end.line == node.position.line ? file.OffsetOf(node.end) : begin;
  emitter.AtBytes(rule, file, begin, std::max(begin, end), args, std::move(match_text));
}

const std::vector<std::string>& DataList(std::string_view name) {
  static std::mutex mutex;
  static std::map<std::string, std::vector<std::string>, std::less<>> lists;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = lists.find(name);
  if (it == lists.end()) {
    const auto text = EmbeddedRuleData("data/" + std::string(name));
    it = lists.emplace(std::string(name), text ? DataLines(*text) : std::vector<std::string>())
             .first;
  }
  return it->second;
}

bool InList(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string_view PanwDefault(std::string_view field) {
  for (const std::string& line : DataList("panw-support-defaults.txt")) {
    const size_t colon = line.find(':');
    if (colon != std::string::npos && Trim(std::string_view(line).substr(0, colon)) == field) {
      return Trim(std::string_view(line).substr(colon + 1));
    }
  }
  return {};
}

bool HasUseCaseContent(const Pack& pack) {
  for (const Item& item : pack.items) {
    if (item.type == ItemType::kPlaybook && item.yaml != nullptr) return true;
  }
  for (const auto& [path, file] : pack.by_relative_path) {
    const bool content_json = path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0;
    if (content_json && (path.rfind("Layouts/", 0) == 0 || path.rfind("IncidentTypes/", 0) == 0)) {
      return true;
    }
  }
  return false;
}

std::string NormalizeUrl(std::string_view url) {
  std::string out = Lower(Trim(url));
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out;
}

std::string UrlProblem(std::string_view url) {
  if (std::any_of(url.begin(), url.end(),
                  [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; })) {
    return "contains whitespace";
  }
  const size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos || scheme_end == 0) return "has no scheme";
  const std::string scheme = Lower(url.substr(0, scheme_end));
  if (scheme != "https") return "uses " + scheme + " instead of https";
  const std::string_view rest = url.substr(scheme_end + 3);
  const size_t host_end = rest.find_first_of("/?#");
  const std::string_view host = rest.substr(0, host_end);
  if (host.empty() || host.front() == '.' || host.front() == ':') return "has no host";
  return "";
}

bool IsValidEmail(std::string_view email) {
  static const RE2 kEmail(
      R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)"
      R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)");
  return RE2::FullMatch(email, kEmail);
}

}  // namespace metadata
}  // namespace packaudit
