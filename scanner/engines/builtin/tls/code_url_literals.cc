#include "engines/builtin/tls/code_url_literals.h"

#include "core/url.h"
#include "engines/builtin/tls/code_util.h"

namespace packaudit::code_facts {
namespace {

// Hosts of XML namespaces, schemas and vocabularies: identifiers, never contacted.
constexpr std::string_view kNamespaceHosts[] = {"w3.org",
                                                "xmlsoap.org",
                                                "schemas.microsoft.com",
                                                "schemas.openxmlformats.org",
                                                "schemas.dmtf.org",
                                                "schemas.android.com",
                                                "purl.org",
                                                "json-schema.org",
                                                "xmlns.com",
                                                "ns.adobe.com",
                                                "docs.oasis-open.org",
                                                "opengis.net",
                                                "stix.mitre.org",
                                                "taxii.mitre.org",
                                                "cybox.mitre.org",
                                                "maec.mitre.org",
                                                "data-marking.mitre.org",
                                                "java.sun.com"};

bool IsNamespaceHost(std::string_view host) {
  for (std::string_view domain : kNamespaceHosts) {
    if (HostHasSuffix(host, domain)) return true;
  }
  return false;
}

// The outermost node with exactly the literal's range that is still a string node (PowerShell
// nests expandable_string_literal in string_literal).
TSNode LiteralNode(TSNode node) {
  for (TSNode parent = ts_node_parent(node); !ts_node_is_null(parent);
       parent = ts_node_parent(parent)) {
    if (ts_node_start_byte(parent) != ts_node_start_byte(node) ||
        ts_node_end_byte(parent) != ts_node_end_byte(node) || !TypeIs(parent, "string_literal")) {
      break;
    }
    node = parent;
  }
  return node;
}

// The literal's parent, skipping wrappers and a Python implicit concatenation; `child` becomes
// the node below it.
TSNode ContextParent(TSNode node, TSNode* child) {
  TSNode current = node;
  TSNode parent = ts_node_parent(current);
  while (!ts_node_is_null(parent) &&
         (TypeIs(parent, "concatenated_string") ||
          (ts_node_named_child_count(parent) == 1 && Unwrap(parent).id == Unwrap(current).id))) {
    current = parent;
    parent = ts_node_parent(current);
  }
  *child = current;
  return parent;
}

std::string_view OperatorOf(TSNode node, const FileUnit& unit) {
  const uint32_t count = ts_node_child_count(node);
  for (uint32_t i = 0; i < count; ++i) {
    const TSNode child = ts_node_child(node, i);
    if (!ts_node_is_named(child)) return Text(unit, child);
  }
  return "";
}

bool IsComparison(const FileUnit& unit, TSNode parent) {
  if (TypeIs(parent, "comparison_operator")) return true;
  if (TypeIs(parent, "comparison_expression")) return ts_node_named_child_count(parent) > 1;
  if (TypeIs(parent, "binary_expression")) {
    return OneOf(OperatorOf(parent, unit), {"==", "===", "!=", "!=="});
  }
  return false;
}

bool IsSearchCall(const FileUnit& unit, TSNode arguments, TSNode child) {
  const TSNode call = ts_node_parent(arguments);
  const TSNode function = CallFunction(call);
  if (ts_node_is_null(function)) return false;
  const std::string_view name = LastPart(Text(unit, function));
  if (OneOf(name, {"startswith", "endswith", "startsWith", "endsWith", "includes", "indexOf",
                   "find", "index", "count", "split", "search", "match", "test", "lstrip", "rstrip",
                   "strip", "removeprefix", "partition"})) {
    return true;
  }
  const std::vector<std::string> words = Words(name);
  if (HasWord(words, {"namespace", "namespaces", "ns", "nsmap", "xmlns"})) return true;
  if (OneOf(name, {"replace", "sub", "replaceAll"})) {
    const std::vector<TSNode> positional = PositionalArguments(call);
    return !positional.empty() && positional.front().id == child.id;
  }
  return false;
}

bool IsExemptContext(const FileUnit& unit, TSNode literal) {
  TSNode child{};
  const TSNode parent = ContextParent(literal, &child);
  if (ts_node_is_null(parent)) return false;
  if (TypeIs(parent, "pair")) {
    const TSNode key = ts_node_child_by_field_name(parent, "key", 3);
    if (ts_node_is_null(key) || key.id == child.id) return true;  // a URL used as a map key
    std::string key_text(Text(unit, key));
    if (key_text.size() >= 2 && (key_text.front() == '"' || key_text.front() == '\'')) {
      key_text = key_text.substr(1, key_text.size() - 2);
    }
    if (OneOfIgnoreCase(key_text, {"http", "https", "ws", "wss", "ftp"})) return true;  // proxies
  }
  if (IsComparison(unit, parent)) return true;
  if ((TypeIs(parent, "argument_list") || TypeIs(parent, "arguments")) &&
      IsSearchCall(unit, parent, child)) {
    return true;
  }
  std::string sink_name = SinkName(unit, literal);
  if (TypeIs(parent, "pair")) {  // a namespace map: {"soap": "http://...", ...}
    const TSNode map = ts_node_parent(parent);
    if (!ts_node_is_null(map)) sink_name += " " + SinkName(unit, map);
  }
  const std::vector<std::string> sink = Words(sink_name);
  return HasWord(sink, {"xmlns", "namespace", "namespaces", "ns", "nsmap", "schema", "schemas",
                        "xsd", "xsi", "nsuri"});
}

// Whether the literal is the left operand of a `+` string concatenation.
bool IsConcatenationStart(const FileUnit& unit, TSNode literal) {
  TSNode child{};
  const TSNode parent = ContextParent(literal, &child);
  if (ts_node_is_null(parent)) return false;
  if (!TypeIs(parent, "binary_operator") && !TypeIs(parent, "binary_expression") &&
      !TypeIs(parent, "additive_expression")) {
    return false;
  }
  return ts_node_start_byte(parent) == ts_node_start_byte(child) && OperatorOf(parent, unit) == "+";
}

}  // namespace

std::vector<UrlLiteral> FindCleartextUrlLiterals(const FileUnit& unit,
                                                 std::initializer_list<std::string_view> schemes) {
  std::vector<UrlLiteral> found;
  if (unit.tree == nullptr) return found;
  const StringLiterals literals(unit);
  const bool python = LanguageOf(unit) == Language::kPython;
  for (const CodeString& literal : literals.all()) {
    const std::string head = Lower(std::string_view(literal.value).substr(0, 12));
    std::string_view scheme;
    for (std::string_view candidate : schemes) {
      if (head.size() > candidate.size() && head.compare(0, candidate.size(), candidate) == 0 &&
          head[candidate.size()] == ':') {
        scheme = candidate;
      }
    }
    if (scheme.empty()) continue;
    const TSNode node = LiteralNode(literals.NodeOf(literal));
    if (python && IsDocString(node)) continue;
    if (IsExemptContext(unit, node)) continue;

    std::string_view rest = std::string_view(literal.value).substr(scheme.size() + 1);
    while (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
    std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (const size_t at = authority.rfind('@'); at != std::string_view::npos) {
      authority.remove_prefix(at + 1);
    }
    UrlLiteral hit{node, std::string(scheme), "", ""};
    const std::string prefix = std::string(scheme) + "://";
    if (authority.empty()) {
      if (!IsConcatenationStart(unit, node)) continue;
      hit.shown = prefix + "<run-time host>";
      hit.match = prefix;
    } else if (authority.find_first_of("<>") != std::string_view::npos) {
      continue;  // a "<server>" placeholder
    } else if (authority.find_first_of("\x1a{}%$") != std::string_view::npos) {
      hit.shown = prefix + "<run-time host>";
      hit.match = prefix + "<run-time host>";
    } else {
      const std::optional<Url> url = ParseUrl(prefix + std::string(rest));
      if (!url) continue;
      if (IsLoopbackHost(url->host) || IsDocumentationHost(url->host) ||
          IsNamespaceHost(url->host)) {
        continue;
      }
      hit.shown = prefix + url->host;
      hit.match = prefix + url->host + url->path;
    }
    found.push_back(std::move(hit));
  }
  return found;
}

}  // namespace packaudit::code_facts
