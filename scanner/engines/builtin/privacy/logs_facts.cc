// UnitFacts: the language-independent parts (node text, unwrapping, string values, scopes,
// binding lookups, masking and header facts). Collection per language: logs_sinks.cc; the part
// walker: logs_parts.cc.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "core/text.h"
#include "engines/builtin/privacy/logs_walk.h"

namespace packaudit::privacy_logs {
namespace {

bool TypeIs(TSNode node, const char* type) { return std::strcmp(ts_node_type(node), type) == 0; }

constexpr std::array<const char*, 21> kPowerShellWrappers = {"pipeline",
                                                             "pipeline_chain",
                                                             "logical_expression",
                                                             "bitwise_expression",
                                                             "comparison_expression",
                                                             "additive_expression",
                                                             "multiplicative_expression",
                                                             "format_expression",
                                                             "range_expression",
                                                             "array_literal_expression",
                                                             "unary_expression",
                                                             "argument_expression",
                                                             "logical_argument_expression",
                                                             "bitwise_argument_expression",
                                                             "comparison_argument_expression",
                                                             "additive_argument_expression",
                                                             "multiplicative_argument_expression",
                                                             "format_argument_expression",
                                                             "range_argument_expression",
                                                             "left_assignment_expression",
                                                             "key_expression"};

bool IsPowerShellWrapper(TSNode node) {
  for (const char* type : kPowerShellWrappers) {
    if (TypeIs(node, type)) return true;
  }
  return false;
}

}  // namespace

UnitFacts::UnitFacts(const FileUnit& unit)
    : unit_(unit), language_(unit.tree != nullptr ? unit.tree->language() : Language::kC) {
  if (unit.tree != nullptr) Collect();
}

std::string_view UnitFacts::Text(TSNode node) const { return unit_.tree->NodeText(node); }

TSNode UnitFacts::Unwrap(TSNode node) const {
  for (int guard = 0; guard < 64 && !ts_node_is_null(node); ++guard) {
    if (TypeIs(node, "parenthesized_expression") ||
        (language_ == Language::kPowerShell && IsPowerShellWrapper(node))) {
      TSNode inner{};
      uint32_t named = 0;
      for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
        const TSNode child = ts_node_named_child(node, i);
        if (TypeIs(child, "comment")) continue;
        inner = child;
        ++named;
      }
      if (named != 1) return node;
      node = inner;
      continue;
    }
    return node;
  }
  return node;
}

std::optional<std::string> UnitFacts::StringValue(TSNode node) const {
  node = Unwrap(node);
  if (ts_node_is_null(node)) return std::nullopt;
  if (language_ == Language::kPowerShell && TypeIs(node, "simple_name")) {
    return std::string(Text(node));
  }
  const bool string_node = TypeIs(node, "string") || TypeIs(node, "string_literal");
  if (!string_node) return std::nullopt;
  for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
    const TSNode child = ts_node_named_child(node, i);
    if (TypeIs(child, "interpolation") || TypeIs(child, "template_substitution")) {
      return std::nullopt;
    }
  }
  std::string_view text = Text(node);
  while (!text.empty() && std::strchr("rRbBuUfF@", text.front()) != nullptr) text.remove_prefix(1);
  for (std::string_view quote : {"\"\"\"", "'''", "\"", "'", "`"}) {
    if (text.size() >= 2 * quote.size() && text.substr(0, quote.size()) == quote &&
        text.substr(text.size() - quote.size()) == quote) {
      return std::string(text.substr(quote.size(), text.size() - 2 * quote.size()));
    }
  }
  return std::nullopt;
}

TSNode UnitFacts::ScopeOf(TSNode node) const {
  static constexpr std::array<const char*, 7> kScopes = {
      "function_definition", "function_declaration", "function_expression",
      "arrow_function",      "method_definition",    "function",
      "function_statement"};
  for (TSNode parent = ts_node_parent(node); !ts_node_is_null(parent);
       parent = ts_node_parent(parent)) {
    for (const char* type : kScopes) {
      if (TypeIs(parent, type)) return parent;
    }
  }
  return TSNode{};
}

namespace {

bool SameScope(TSNode a, TSNode b) {
  if (ts_node_is_null(a) || ts_node_is_null(b)) return ts_node_is_null(a) && ts_node_is_null(b);
  return ts_node_eq(a, b);
}

}  // namespace

std::vector<const Binding*> UnitFacts::BindingsOf(std::string_view target, TSNode at,
                                                  bool* parameter) const {
  const std::string key = language_ == Language::kPowerShell ? Lower(target) : std::string(target);
  if (parameter != nullptr) *parameter = false;
  std::vector<const Binding*> all;
  for (const Binding& binding : bindings_) {
    if (binding.target == key) all.push_back(&binding);
  }
  bool declared = false;
  for (const auto& entry : parameters_) declared = declared || entry.second == key;
  if (all.empty() && !declared) return all;
  const TSNode scope = ScopeOf(at);  // only now: it walks up from the root
  if (parameter != nullptr) {
    for (const auto& [param_scope, name] : parameters_) {
      if (name == key && SameScope(param_scope, scope)) *parameter = true;
    }
  }
  std::vector<const Binding*> local;
  for (const Binding* binding : all) {
    if (SameScope(binding->scope, scope)) local.push_back(binding);
  }
  // No binding in this function (a parameter, a global, or a name bound elsewhere and passed
  // down): every binding of the name in the unit may be the value.
  return local.empty() ? all : local;
}

bool UnitFacts::IsParamsCall(TSNode value) const {
  value = Unwrap(value);
  if (ts_node_is_null(value)) return false;
  if (TypeIs(value, "call") || TypeIs(value, "call_expression")) {
    const TSNode function = ts_node_child_by_field_name(value, "function", 8);
    return !ts_node_is_null(function) && Text(function) == "demisto.params";
  }
  if (TypeIs(value, "invokation_expression")) {
    return Lower(Text(value)).rfind("$demisto.params(", 0) == 0;
  }
  return false;
}

bool UnitFacts::IsArgsCall(TSNode value) const {
  value = Unwrap(value);
  if (ts_node_is_null(value)) return false;
  if (TypeIs(value, "call") || TypeIs(value, "call_expression")) {
    const TSNode function = ts_node_child_by_field_name(value, "function", 8);
    return !ts_node_is_null(function) && Text(function) == "demisto.args";
  }
  if (TypeIs(value, "invokation_expression")) {
    return Lower(Text(value)).rfind("$demisto.args(", 0) == 0;
  }
  return false;
}

bool UnitFacts::DictIsAuthFree(TSNode value) const {
  value = Unwrap(value);
  if (ts_node_is_null(value)) return false;
  if (TypeIs(value, "hash_literal_expression")) {
    for (uint32_t i = 0; i < ts_node_named_child_count(value); ++i) {
      const TSNode body = ts_node_named_child(value, i);
      if (!TypeIs(body, "hash_literal_body")) continue;
      for (uint32_t j = 0; j < ts_node_named_child_count(body); ++j) {
        const TSNode entry = ts_node_named_child(body, j);
        if (!TypeIs(entry, "hash_entry")) continue;
        const std::optional<std::string> name = StringValue(ts_node_named_child(entry, 0));
        if (!name || IsCredentialKey(*name)) return false;
        for (uint32_t k = 1; k < ts_node_named_child_count(entry); ++k) {
          if (!PartsOfValue(ts_node_named_child(entry, k)).empty()) return false;
        }
      }
    }
    return true;
  }
  if (!TypeIs(value, "dictionary") && !TypeIs(value, "object")) return false;
  for (uint32_t i = 0; i < ts_node_named_child_count(value); ++i) {
    const TSNode entry = ts_node_named_child(value, i);
    if (TypeIs(entry, "comment")) continue;
    if (!TypeIs(entry, "pair")) return false;  // a splat or shorthand: unknown content
    const TSNode key = ts_node_child_by_field_name(entry, "key", 3);
    std::optional<std::string> name = StringValue(key);
    if (!name && !ts_node_is_null(key) && TypeIs(key, "property_identifier")) {
      name = std::string(Text(key));
    }
    if (!name || IsCredentialKey(*name)) return false;
    const TSNode pair_value = ts_node_child_by_field_name(entry, "value", 5);
    if (!ts_node_is_null(pair_value) && !PartsOfValue(pair_value).empty()) return false;
  }
  return true;
}

namespace {

// Counts one level of header-set nesting for the lifetime of the guard.
class NestingGuard {
 public:
  explicit NestingGuard(int& nesting) : nesting_(nesting) { ++nesting_; }
  ~NestingGuard() { --nesting_; }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;
  bool too_deep() const { return nesting_ > 2; }

 private:
  int& nesting_;
};

}  // namespace

bool UnitFacts::HeadersAreAuthFree(std::string_view target) const {
  const NestingGuard guard(header_nesting_);
  if (guard.too_deep()) return false;
  const std::string key = language_ == Language::kPowerShell ? Lower(target) : std::string(target);
  if (std::find(updated_targets_.begin(), updated_targets_.end(), key) != updated_targets_.end()) {
    return false;
  }
  bool any = false;
  for (const Binding& binding : bindings_) {
    if (binding.target.size() > key.size() && binding.target.compare(0, key.size(), key) == 0 &&
        binding.target[key.size()] == '[') {
      // headers["X"] = ...: still auth-free only when "X" is a plain header name.
      const std::string_view rest = std::string_view(binding.target).substr(key.size() + 1);
      if (rest.empty() || (rest[0] != '"' && rest[0] != '\'') || IsCredentialKey(rest)) {
        return false;
      }
      continue;
    }
    if (binding.target != key) continue;
    if (binding.loop || !DictIsAuthFree(binding.value)) return false;
    any = true;
  }
  return any;
}

bool UnitFacts::HasDefaultedParameter(std::string_view name, TSNode scope) const {
  for (const auto& [param_scope, param] : defaulted_) {
    if (param == name && SameScope(param_scope, scope)) return true;
  }
  return false;
}

bool UnitFacts::IsMasked(TSNode node, std::string_view name) const {
  const std::string_view text = Text(node);
  for (const std::string& masked : masked_texts_) {
    if (masked == text) return true;
  }
  for (const std::string& masked : masked_names_) {
    if (!masked.empty() && masked == name) return true;
  }
  return false;
}

}  // namespace packaudit::privacy_logs
