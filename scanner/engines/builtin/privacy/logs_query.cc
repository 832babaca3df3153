// PRIV008: credentials in URL query strings.
//   - A code literal (Python string content, JavaScript string or template fragment, PowerShell
//     string) holding `?<name>=` or `&<name>=` where <name> is named like a secret (`api_key`,
//     `apikey`, `token`, `access_token`, `password`, `client_secret`; not `next_token`,
//     `token_type`). Python docstrings and comments are documentation, not URLs.
//   - Python: an HTTP call (requests.<verb>, session.<verb>, _http_request, http_request, ...)
//     whose `params=` is a dict literal, an assign_params(...) call or a variable bound to a dict
//     literal in the same function (or `name["key"] = ...`) with a key named like a secret.
// Reported at the `?name=` in the literal, or at the key.
#include <array>
#include <cctype>
#include <cstring>
#include <set>
#include <string>

#include "engines/builtin/code/tree_walk.h"
#include "engines/builtin/privacy/checks_logs.h"
#include "engines/builtin/privacy/logs_walk.h"

namespace packaudit {
namespace {

using privacy_logs::Binding;
using privacy_logs::ClassifyName;
using privacy_logs::NameClass;
using privacy_logs::UnitFacts;
using tree_checks::TypeIs;

constexpr std::array<std::string_view, 9> kHttpVerbs = {
    "get", "post", "put", "patch", "delete", "head", "options", "request", "send"};

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
}

bool IsDocstring(TSNode string_node) {
  const TSNode parent = ts_node_parent(string_node);
  return !ts_node_is_null(parent) && TypeIs(parent, "expression_statement") &&
         ts_node_named_child_count(parent) == 1;
}

// Whether `node` is a literal fragment to scan, per language.
bool IsFragment(const UnitFacts& facts, TSNode node) {
  switch (facts.language()) {
    case Language::kPython: {
      if (!TypeIs(node, "string_content")) return false;
      const TSNode string_node = ts_node_parent(node);
      return ts_node_is_null(string_node) || !IsDocstring(string_node);
    }
    case Language::kJavaScript:
      return TypeIs(node, "string_fragment");
    case Language::kPowerShell:
      return TypeIs(node, "verbatim_string_characters") ||
             TypeIs(node, "expandable_string_literal") ||
             TypeIs(node, "expandable_here_string_literal") ||
             TypeIs(node, "verbatim_here_string_characters");
    default:
      return false;
  }
}

class Reporter {
 public:
  Reporter(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter)
      : rule_(rule), unit_(unit), emitter_(emitter) {}

  void At(size_t begin, size_t end, const std::string& what, const std::string& match) {
    if (!seen_.insert(begin).second) return;
    emitter_.AtBytes(rule_, *unit_.file, unit_.MapOffset(begin),
                     end > begin ? unit_.MapOffset(end - 1) + 1 : unit_.MapOffset(begin),
                     MessageArgs{{"what", what}}, match);
  }

 private:
  const RuleSpec& rule_;
  const FileUnit& unit_;
  Emitter& emitter_;
  std::set<size_t> seen_;
};

void ScanFragment(const UnitFacts& facts, TSNode node, Reporter& reporter) {
  const std::string_view text = facts.Text(node);
  const size_t base = ts_node_start_byte(node);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '?' && text[i] != '&') continue;
    size_t j = i + 1;
    while (j < text.size() && IsNameChar(text[j])) ++j;
    if (j == i + 1 || j >= text.size() || text[j] != '=') continue;
    const std::string_view name = text.substr(i + 1, j - i - 1);
    if (ClassifyName(name) != NameClass::kSecret) continue;
    const std::string shown = std::string(1, text[i]) + std::string(name) + "=";
    reporter.At(base + i, base + j + 1, "`" + shown + "` in a URL", shown);
  }
}

// Reports the secret-named keys of a dict literal or an assign_params(...) call.
void ScanQueryValue(const UnitFacts& facts, TSNode value, Reporter& reporter,
                    std::string_view call) {
  value = facts.Unwrap(value);
  if (ts_node_is_null(value)) return;
  auto report_key = [&](TSNode key_node, std::string_view key) {
    if (ClassifyName(key) != NameClass::kSecret) return;
    reporter.At(ts_node_start_byte(key_node), ts_node_end_byte(key_node),
                "`" + std::string(key) + "` in the params= query of " + std::string(call),
                std::string(call) + "|" + std::string(key));
  };
  if (TypeIs(value, "dictionary")) {
    for (uint32_t i = 0; i < ts_node_named_child_count(value); ++i) {
      const TSNode pair = ts_node_named_child(value, i);
      if (!TypeIs(pair, "pair")) continue;
      const TSNode key = ts_node_child_by_field_name(pair, "key", 3);
      if (const std::optional<std::string> name = facts.StringValue(key)) report_key(key, *name);
    }
    return;
  }
  if (TypeIs(value, "call")) {
    const TSNode function = ts_node_child_by_field_name(value, "function", 8);
    const TSNode arguments = ts_node_child_by_field_name(value, "arguments", 9);
    if (ts_node_is_null(function) || ts_node_is_null(arguments)) return;
    if (facts.Text(function) == "assign_params" || facts.Text(function) == "dict") {
      for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
        const TSNode argument = ts_node_named_child(arguments, i);
        if (!TypeIs(argument, "keyword_argument")) continue;
        const TSNode name = ts_node_child_by_field_name(argument, "name", 4);
        if (!ts_node_is_null(name)) report_key(name, facts.Text(name));
      }
    }
    return;
  }
  if (!TypeIs(value, "identifier")) return;
  const std::string_view variable = facts.Text(value);
  const TSNode scope = facts.ScopeOf(value);
  for (const Binding& binding : facts.bindings()) {
    const TSNode binding_scope = binding.scope;
    const bool same_scope = ts_node_is_null(scope) ? ts_node_is_null(binding_scope)
                                                   : !ts_node_is_null(binding_scope) &&
                                                         ts_node_eq(scope, binding_scope);
    if (!same_scope || binding.loop) continue;
    if (binding.target == variable) {
      const TSNode bound = facts.Unwrap(binding.value);
      if (!ts_node_is_null(bound) && (TypeIs(bound, "dictionary") || TypeIs(bound, "call"))) {
        ScanQueryValue(facts, bound, reporter, call);
      }
    } else if (binding.target.size() > variable.size() &&
               binding.target.compare(0, variable.size(), variable) == 0 &&
               binding.target[variable.size()] == '[' && TypeIs(binding.target_node, "subscript")) {
      const TSNode index = ts_node_child_by_field_name(binding.target_node, "subscript", 9);
      if (const std::optional<std::string> key = facts.StringValue(index)) report_key(index, *key);
    }
  }
}

void ScanHttpCall(const UnitFacts& facts, TSNode call, Reporter& reporter) {
  const TSNode function = ts_node_child_by_field_name(call, "function", 8);
  const TSNode arguments = ts_node_child_by_field_name(call, "arguments", 9);
  if (ts_node_is_null(function) || ts_node_is_null(arguments) || !TypeIs(function, "attribute")) {
    return;
  }
  const TSNode method_node = ts_node_child_by_field_name(function, "attribute", 9);
  if (ts_node_is_null(method_node)) return;
  std::string method(facts.Text(method_node));
  for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool http = method.find("request") != std::string::npos;
  for (std::string_view verb : kHttpVerbs) http = http || method == verb;
  if (!http) return;
  for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
    const TSNode argument = ts_node_named_child(arguments, i);
    if (!TypeIs(argument, "keyword_argument")) continue;
    const TSNode name = ts_node_child_by_field_name(argument, "name", 4);
    if (ts_node_is_null(name) || facts.Text(name) != "params") continue;
    const std::string label = std::string(facts.Text(function)) + "(...)";
    ScanQueryValue(facts, ts_node_child_by_field_name(argument, "value", 5), reporter, label);
  }
}

}  // namespace

void CheckCredentialsInUrls(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || tree_checks::IsVendoredRuntimeFile(unit)) return;
  const UnitFacts facts(unit);
  Reporter reporter(rule, unit, emitter);
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    if (TypeIs(node, "comment")) return false;
    if (IsFragment(facts, node)) {
      ScanFragment(facts, node, reporter);
      return facts.language() == Language::kPowerShell;  // "$($x + '?token=')" nests strings
    }
    if (facts.language() == Language::kPython && TypeIs(node, "call")) {
      ScanHttpCall(facts, node, reporter);
    }
    return true;
  });
}

}  // namespace packaudit
