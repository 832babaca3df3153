#include "model/outbound_hosts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "core/text.h"
#include "core/url.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

// XML namespace and schema identifiers: URIs that name a vocabulary, not a server to contact.
constexpr std::array<std::string_view, 11> kNamespaceDomains = {"w3.org",
                                                                "xmlsoap.org",
                                                                "schemas.microsoft.com",
                                                                "schemas.openxmlformats.org",
                                                                "schemas.android.com",
                                                                "purl.org",
                                                                "xmlns.com",
                                                                "json-schema.org",
                                                                "ns.adobe.com",
                                                                "tempuri.org",
                                                                "oasis-open.org"};

// The XSOAR platform and its documentation: every pack talks to them by design.
constexpr std::array<std::string_view, 3> kPlatformDomains = {"paloaltonetworks.com", "demisto.com",
                                                              "pan.dev"};

// Placeholder names that stand for "any host" in examples.
constexpr std::array<std::string_view, 6> kPlaceholderHosts = {
    "example.com",     "example.net",     "example.org",
    "www.example.com", "www.example.net", "www.example.org"};

// The four octets of a dotted IPv4 literal, or false.
bool ParseIpv4(std::string_view host, std::array<int, 4>& octets) {
  size_t index = 0;
  int value = -1;
  for (char c : host) {
    if (c >= '0' && c <= '9') {
      value = (value < 0 ? 0 : value) * 10 + (c - '0');
      if (value > 255) return false;
    } else if (c == '.' && value >= 0 && index < 3) {
      octets[index++] = value;
      value = -1;
    } else {
      return false;
    }
  }
  if (value < 0 || index != 3) return false;
  octets[3] = value;
  return true;
}

bool IsPrivateOrLinkLocalIpv4(std::string_view host) {
  std::array<int, 4> o{};
  if (!ParseIpv4(host, o)) return false;
  return o[0] == 10 || (o[0] == 172 && o[1] >= 16 && o[1] <= 31) || (o[0] == 192 && o[1] == 168) ||
         (o[0] == 169 && o[1] == 254) || o[0] == 0;
}

bool AnySuffix(std::string_view host, const auto& domains) {
  return std::any_of(domains.begin(), domains.end(),
                     [&](std::string_view domain) { return HostHasSuffix(host, domain); });
}

// A host as written in a URL that names a real machine: a DNS name or an IPv4 literal.
bool IsUsableHost(std::string_view host) {
  std::array<int, 4> octets{};
  return LooksLikeHostName(host) || ParseIpv4(host, octets);
}

// Parameter or argument names that hold the server the integration talks to.
bool IsServerParamName(std::string_view name) {
  const std::string lower = Lower(name);
  for (std::string_view word : {"url", "server", "host", "endpoint", "address"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Python docstring (or a bare string used as a block comment): a triple-quoted literal that is
// the first thing on its line.
bool IsPythonDocstring(std::string_view text, const CodeString& s) {
  size_t start = s.begin;
  while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t')) --start;
  if (start > 0 && text[start - 1] != '\n') return false;
  size_t quote = s.begin;
  while (quote < text.size() &&
         std::string_view("rRuUbBfF").find(text[quote]) != std::string_view::npos) {
    ++quote;
  }
  const std::string_view rest = text.substr(std::min(quote, text.size()));
  return rest.starts_with("\"\"\"") || rest.starts_with("'''");
}

// Whether literal `index` is the fallback of a lookup of a server parameter:
// `x.get("url", "<literal>")`, `x.get("url") or "<literal>"`, `x["url"] || "<literal>"`.
bool IsServerParamFallback(std::string_view text, const std::vector<CodeString>& strings,
                           size_t index) {
  if (index == 0) return false;
  const CodeString& key = strings[index - 1];
  const CodeString& literal = strings[index];
  if (key.interpolated || !IsServerParamName(key.value) || key.end > literal.begin) return false;
  std::string gap;
  for (char c : text.substr(key.end, literal.begin - key.end)) {
    if (!IsBlank(c) && c != ')' && c != ']') gap += c;
  }
  std::string_view before = text.substr(0, key.begin);
  while (!before.empty() && IsBlank(before.back())) before.remove_suffix(1);
  const bool get_call = before.ends_with("get(");
  if (gap == ",") return get_call;
  if (gap == "or" || gap == "||" || gap == "??") return get_call || before.ends_with("[");
  return false;
}

// `needle` occurs in `text` as a whole host name (a preceding '.' is allowed: a subdomain).
bool MentionsHost(std::string_view text, std::string_view needle) {
  auto host_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  };
  for (size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + 1)) {
    const size_t after = at + needle.size();
    if (at > 0 && host_char(text[at - 1])) continue;
    if (after < text.size() && host_char(text[after])) continue;
    if (after + 1 < text.size() && text[after] == '.' && host_char(text[after + 1])) continue;
    return true;
  }
  return false;
}

struct Occurrence {
  std::string host;
  HostSource source = HostSource::kCodeLiteral;
  bool derived = false;
  const ParsedFile* file = nullptr;
  size_t begin = 0;
  size_t end = 0;
  const Item* item = nullptr;
};

class Collector {
 public:
  explicit Collector(const Pack& pack) : pack_(pack) {}

  void AddYamlValue(const Item& item, const DocNode* value, HostSource source, bool derived) {
    if (value == nullptr || !value->IsScalar()) return;
    const SourceFile& file = *item.yaml->source;
    for (const UrlMatch& match : FindUrls(value->scalar, 20)) {
      if (!IsUsableHost(match.url.host)) continue;
      Add({match.url.host, source, derived, item.yaml, file.OffsetOf(value->position),
           file.OffsetOf(value->end), &item});
    }
  }

  void AddCodeFile(const ParsedFile& file) {
    const std::vector<CodeString>& strings = file.code_strings.strings;
    const std::string_view text = file.source->text();
    const bool python = file.kind == FileKind::kPython ||
                        (file.embedded && file.embedded->language == Language::kPython);
    const Item* item = pack_.ItemOf(file.source->path());
    for (size_t i = 0; i < strings.size(); ++i) {
      const CodeString& s = strings[i];
      if (s.begin >= s.end || s.end > text.size()) continue;
      if (python && IsPythonDocstring(text, s)) continue;
      std::string_view value = s.value;
      size_t lead = 0;
      while (lead < value.size() && IsBlank(value[lead])) ++lead;
      const auto matches = FindUrls(value.substr(lead), 1);
      if (matches.empty() || matches[0].begin != 0) continue;
      const UrlMatch& match = matches[0];
      if (!IsUsableHost(match.url.host)) continue;
      // An interpolated part right after the host ("https://api.vendor.{tld}") makes it unknown.
      const std::string_view tail = value.substr(lead + match.end);
      if (match.url.path.empty() && match.url.port.empty() && match.url.query.empty() &&
          (tail.starts_with(kCodeStringHole) ||
           (tail.size() > 1 && tail[0] == '.' && tail[1] == kCodeStringHole))) {
        continue;
      }
      Add({match.url.host, HostSource::kCodeLiteral, IsServerParamFallback(text, strings, i), &file,
           s.begin, s.end, item});
    }
  }

  std::vector<Occurrence>& occurrences() { return occurrences_; }

 private:
  void Add(Occurrence occurrence) {
    if (IsIgnoredOutboundHost(occurrence.host)) return;
    occurrences_.push_back(std::move(occurrence));
  }

  const Pack& pack_;
  std::vector<Occurrence> occurrences_;
};

void CollectYamlDefaults(const Item& item, Collector& collector) {
  if (item.yaml == nullptr || ItemDoc(item) == nullptr) return;
  if (item.type == ItemType::kIntegration) {
    for (const DocNode* param : Params(item)) {
      const bool server = IsServerParamName(TextOf(*param, "name"));
      collector.AddYamlValue(item, param->Get("defaultvalue"),
                             server ? HostSource::kUrlParamDefault : HostSource::kYamlDefault,
                             server);
    }
    for (const DocNode* command : Commands(item)) {
      for (const DocNode* arg : CommandArgs(*command)) {
        collector.AddYamlValue(item, arg->Get("defaultValue"), HostSource::kYamlDefault, false);
      }
    }
  } else if (item.type == ItemType::kScript) {
    for (const DocNode* arg : ScriptArgs(item)) {
      collector.AddYamlValue(item, arg->Get("defaultValue"), HostSource::kYamlDefault, false);
    }
  }
}

bool IsShippedCodeKind(FileKind kind) {
  switch (kind) {
    case FileKind::kPythonTest:
    case FileKind::kPowerShellTest:
    case FileKind::kVendoredRuntime:
    case FileKind::kTestData:
      return false;
    default:
      return true;
  }
}

// Lower-case documentation text per item, and the pack README's.
class Disclosure {
 public:
  explicit Disclosure(const Pack& pack) : pack_(pack) {
    if (pack.readme != nullptr) pack_text_ = Lower(pack.readme->source->text());
  }

  bool Discloses(std::string_view host, const std::set<const Item*>& items) {
    const std::string domain = RegistrableDomain(host);
    auto mentioned = [&](std::string_view text) {
      return MentionsHost(text, host) || MentionsHost(text, domain);
    };
    if (mentioned(pack_text_)) return true;
    return std::any_of(items.begin(), items.end(),
                       [&](const Item* item) { return mentioned(ItemText(*item)); });
  }

 private:
  const std::string& ItemText(const Item& item) {
    auto [it, inserted] = item_text_.try_emplace(&item);
    if (!inserted) return it->second;
    std::string text;
    const ParsedFile* readme = item.readme;
    if (readme == nullptr && !item.owns_dir && item.yaml != nullptr) {
      // A YAML directly in Integrations/ or Scripts/ documents itself in "<stem>_README.md".
      std::string path = pack_.RelativePath(item.yaml->source->path());
      path = path.substr(0, path.rfind('.')) + "_README.md";
      readme = pack_.FileAt(path);
    }
    for (const ParsedFile* file : {readme, item.description}) {
      if (file != nullptr) text += Lower(file->source->text()) + '\n';
    }
    if (const DocNode* doc = ItemDoc(item)) {
      for (std::string_view key : {"description", "detaileddescription"}) {
        text += Lower(TextOf(*doc, key)) + '\n';
      }
    }
    it->second = std::move(text);
    return it->second;
  }

  const Pack& pack_;
  std::string pack_text_;
  std::map<const Item*, std::string> item_text_;
};

}  // namespace

std::string_view HostSourceName(HostSource source) {
  switch (source) {
    case HostSource::kUrlParamDefault:
      return "url_param_default";
    case HostSource::kYamlDefault:
      return "yaml_default";
    case HostSource::kCodeLiteral:
      return "code_literal";
  }
  return "code_literal";
}

bool IsIgnoredOutboundHost(std::string_view host) {
  if (IsLoopbackHost(host) || IsPrivateOrLinkLocalIpv4(host)) return true;
  if (HostHasSuffix(host, "test") || HostHasSuffix(host, "invalid")) return true;
  if (std::find(kPlaceholderHosts.begin(), kPlaceholderHosts.end(), host) !=
      kPlaceholderHosts.end()) {
    return true;
  }
  return AnySuffix(host, kNamespaceDomains) || AnySuffix(host, kPlatformDomains);
}

std::vector<OutboundHost> BuildOutboundInventory(const Pack& pack, size_t max_locations) {
  Collector collector(pack);
  for (const Item& item : pack.items) CollectYamlDefaults(item, collector);
  for (const ParsedFile* file : pack.files) {
    if (file->code_strings.extracted && IsShippedCodeKind(file->kind)) {
      collector.AddCodeFile(*file);
    }
  }
  std::vector<Occurrence>& all = collector.occurrences();
  std::sort(all.begin(), all.end(), [](const Occurrence& a, const Occurrence& b) {
    return std::tie(a.host, a.file->source->path(), a.begin, a.source) <
           std::tie(b.host, b.file->source->path(), b.begin, b.source);
  });
  std::set<std::string> server_hosts;
  for (const Occurrence& o : all) {
    if (o.source == HostSource::kUrlParamDefault) server_hosts.insert(o.host);
  }

  Disclosure disclosure(pack);
  std::vector<OutboundHost> inventory;
  for (size_t first = 0; first < all.size();) {
    size_t last = first;
    while (last < all.size() && all[last].host == all[first].host) ++last;
    OutboundHost entry;
    entry.host = all[first].host;
    entry.occurrences = last - first;
    entry.derived_from_server_url = server_hosts.count(entry.host) > 0;
    std::set<HostSource> sources;
    std::set<const Item*> items;
    std::set<std::pair<const ParsedFile*, HostSource>> seen;
    for (size_t i = first; i < last; ++i) {
      const Occurrence& o = all[i];
      sources.insert(o.source);
      if (o.item != nullptr) items.insert(o.item);
      entry.derived_from_server_url = entry.derived_from_server_url || o.derived;
      entry.hard_coded = entry.hard_coded || o.source == HostSource::kCodeLiteral;
      if (!seen.insert({o.file, o.source}).second) continue;
      if (entry.locations.size() >= max_locations) continue;
      entry.locations.push_back(HostLocation{
          o.file->source->path(), o.file->source->LineOf(o.begin), o.source, o.begin, o.end});
    }
    entry.sources.assign(sources.begin(), sources.end());
    std::set<std::string> names;
    for (const Item* item : items) names.insert(item->name);
    entry.items.assign(names.begin(), names.end());
    entry.disclosed = disclosure.Discloses(entry.host, items);
    inventory.push_back(std::move(entry));
    first = last;
  }
  return inventory;
}

}  // namespace packaudit
