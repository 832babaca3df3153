// UnitFacts part walker: the sensitive parts of a value that reaches a sink (see logs_walk.h for
// what passes a value on whole and what stops the walk). An identifier whose own name says
// nothing is followed once to its bindings in the same function (`url = f"...?token={token}"`).
#include <array>
#include <cctype>
#include <cstring>

#include "core/text.h"
#include "engines/builtin/privacy/logs_walk.h"

namespace packaudit::privacy_logs {
namespace {

constexpr int kMaxDepth = 400;
// Walks of a followed binding start at this depth, so a binding is followed once, not again.
constexpr int kFollowDepth = 200;

bool TypeIs(TSNode node, const char* type) { return std::strcmp(ts_node_type(node), type) == 0; }

template <size_t N>
bool OneOf(const std::array<std::string_view, N>& list, std::string_view value) {
  for (std::string_view item : list) {
    if (item == value) return true;
  }
  return false;
}

// Calls that return their argument's content as text or data.
constexpr std::array<std::string_view, 16> kPythonPassThrough = {"str",
                                                                 "repr",
                                                                 "format",
                                                                 "json.dumps",
                                                                 "pformat",
                                                                 "pprint.pformat",
                                                                 "dict",
                                                                 "list",
                                                                 "tuple",
                                                                 "vars",
                                                                 "base64.b64encode",
                                                                 "b64encode",
                                                                 "urllib.parse.quote",
                                                                 "quote",
                                                                 "safe_load_json",
                                                                 "json.loads"};

// Methods that return the receiver's value, transformed but not hidden.
constexpr std::array<std::string_view, 11> kPythonPassThroughMethods = {
    "strip",  "lstrip", "rstrip",   "lower", "upper",  "encode",
    "decode", "title",  "casefold", "copy",  "to_dict"};

constexpr std::array<std::string_view, 5> kJavaScriptPassThrough = {
    "JSON.stringify", "String", "encodeURIComponent", "encodeURI", "btoa"};

constexpr std::array<std::string_view, 5> kJavaScriptPassThroughMethods = {
    "toString", "trim", "toLowerCase", "toUpperCase", "concat"};

constexpr std::array<std::string_view, 4> kPowerShellPassThroughMethods = {"tostring", "trim",
                                                                           "tolower", "toupper"};

// Whether `text` is a plain dotted name (`self._api_key`, `$token`), safe to show in a message.
bool IsPlainName(std::string_view text) {
  if (text.empty() || text.size() > 80) return false;
  for (char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != '$' &&
        c != ':' && c != '{' && c != '}') {
      return false;
    }
  }
  return true;
}

// The part kind of a name class (nullopt: not sensitive).
std::optional<PartKind> KindOf(NameClass name_class) {
  switch (name_class) {
    case NameClass::kSecret:
      return PartKind::kSecret;
    case NameClass::kHeaders:
      return PartKind::kHeaders;
    case NameClass::kPii:
      return PartKind::kPii;
    case NameClass::kRawPayload:
      return PartKind::kRawPayload;
    case NameClass::kRecord:
      return PartKind::kRecord;
    case NameClass::kNone:
      break;
  }
  return std::nullopt;
}

bool SameScope(TSNode a, TSNode b) {
  if (ts_node_is_null(a) || ts_node_is_null(b)) return ts_node_is_null(a) && ts_node_is_null(b);
  return ts_node_eq(a, b);
}

}  // namespace

std::vector<TaintedPart> UnitFacts::PartsOf(const Sink& sink) const {
  std::vector<TaintedPart> parts;
  for (TSNode value : sink.values) Walk(value, parts, 0);
  return parts;
}

std::vector<TaintedPart> UnitFacts::PartsOfValue(TSNode value) const {
  std::vector<TaintedPart> parts;
  Walk(value, parts, 0);
  return parts;
}

void UnitFacts::Walk(TSNode node, std::vector<TaintedPart>& parts, int depth) const {
  if (ts_node_is_null(node) || depth > kMaxDepth) return;
  switch (language_) {
    case Language::kPython:
      WalkPython(node, parts, depth);
      break;
    case Language::kJavaScript:
      WalkJavaScript(node, parts, depth);
      break;
    case Language::kPowerShell:
      WalkPowerShell(node, parts, depth);
      break;
    default:
      break;
  }
}

void UnitFacts::AddNamed(TSNode node, std::string_view name,
                         std::vector<TaintedPart>& parts) const {
  const std::optional<PartKind> kind = KindOf(ClassifyName(name));
  if (!kind) return;
  const std::string_view text = Text(node);
  if (*kind == PartKind::kHeaders && HeadersAreAuthFree(text)) return;
  std::string shown = IsPlainName(text) ? std::string(text) : std::string(name);
  bool masked = IsMasked(node, name);
  if (*kind == PartKind::kHeaders && !masked) masked = HeadersAreMasked(text);
  parts.push_back(TaintedPart{node, *kind, std::move(shown), masked, {}});
}

bool UnitFacts::HeadersAreMasked(std::string_view target) const {
  if (header_nesting_ > 2) return false;
  ++header_nesting_;
  bool any = false;
  bool all = true;
  for (const Binding& binding : bindings_) {
    if (binding.target != target || binding.loop) continue;
    for (const TaintedPart& part : PartsOfValue(binding.value)) {
      all = all && part.masked;
      any = true;
    }
  }
  --header_nesting_;
  return any && all;
}

bool UnitFacts::BoundToLiterals(const std::vector<const Binding*>& bindings) const {
  if (bindings.empty()) return false;
  auto literal = [&](TSNode value) {
    value = Unwrap(value);
    if (ts_node_is_null(value)) return false;
    if (StringValue(value)) return true;
    return TypeIs(value, "integer") || TypeIs(value, "none") || TypeIs(value, "true") ||
           TypeIs(value, "false") || TypeIs(value, "number") || TypeIs(value, "null");
  };
  for (const Binding* binding : bindings) {
    const TSNode value = Unwrap(binding->value);
    if (!binding->loop) {
      if (!literal(value)) return false;
      continue;
    }
    // for token in ("a", "b"): items of a literal collection.
    if (ts_node_is_null(value) ||
        !(TypeIs(value, "tuple") || TypeIs(value, "list") || TypeIs(value, "set"))) {
      return false;
    }
    for (uint32_t i = 0; i < ts_node_named_child_count(value); ++i) {
      const TSNode item = ts_node_named_child(value, i);
      if (!TypeIs(item, "comment") && !literal(item)) return false;
    }
  }
  return true;
}

void UnitFacts::AddVariable(TSNode node, std::vector<TaintedPart>& parts, int depth) const {
  const std::string_view text = Text(node);
  std::string key(text);
  std::string spelled(text);  // the name as written, for its words (`$ApiToken` -> api, token)
  if (language_ == Language::kPowerShell) {
    std::string_view name = text;
    while (!name.empty() && (name.front() == '$' || name.front() == '{')) name.remove_prefix(1);
    while (!name.empty() && name.back() == '}') name.remove_suffix(1);
    const size_t colon = name.find(':');
    if (colon != std::string_view::npos) {
      const std::string scope = Lower(name.substr(0, colon));
      if (scope == "script" || scope == "global" || scope == "local" || scope == "private") {
        name.remove_prefix(colon + 1);
      }
    }
    key = "$" + Lower(name);
    spelled = std::string(name);
  }
  std::vector<const Binding*> bindings = BindingsOf(key, node);
  if (!bindings.empty() && !defaulted_.empty()) {
    // `def http_request(..., params=None)`: its own value, whatever other functions bind.
    const TSNode scope = ScopeOf(node);
    if (HasDefaultedParameter(key, scope)) {
      std::erase_if(bindings, [&](const Binding* b) { return !SameScope(b->scope, scope); });
    }
  }
  for (const Binding* binding : bindings) {
    if (binding->loop) continue;
    if (IsParamsCall(binding->value)) {
      parts.push_back(TaintedPart{node, PartKind::kWholeParams, std::string(text), false, {}});
      return;
    }
    if (IsArgsCall(binding->value)) {
      parts.push_back(TaintedPart{node, PartKind::kWholeArgs, std::string(text), false, {}});
      return;
    }
  }
  if ((language_ == Language::kPython || language_ == Language::kJavaScript) &&
      (text == "params" || text == "args")) {
    // By convention `params` / `args` hold the integration parameters / command arguments: the
    // globals of a JavaScript integration, and what main() passes down in Python
    // (`def test_module(client, params)`). Not when this function binds its own, declares it with
    // a default (`def http_request(method, url, params=None)`: query parameters), or the file
    // binds one at top level.
    const TSNode scope = ScopeOf(node);
    bool other = HasDefaultedParameter(text, scope);
    for (const Binding* binding : bindings) {
      other = other || SameScope(binding->scope, scope) ||
              (ts_node_is_null(binding->scope) && !ts_node_is_null(scope));
    }
    if (!other) {
      parts.push_back(TaintedPart{node,
                                  text == "params" ? PartKind::kWholeParams : PartKind::kWholeArgs,
                                  std::string(text),
                                  false,
                                  {}});
      return;
    }
  }
  // A name bound only to literals holds a value that is in the code anyway (a secret there is
  // SEC003's finding, not a leak through the log).
  if (BoundToLiterals(bindings)) return;
  const size_t before = parts.size();
  AddNamed(node, spelled, parts);
  if (parts.size() != before || depth >= kFollowDepth) return;
  if (bindings.empty()) return;
  // A name that says nothing: follow its bindings in this function once.
  const TSNode scope = ScopeOf(node);
  for (const Binding* binding : bindings) {
    if (binding->loop || !SameScope(binding->scope, scope)) continue;
    if (ts_node_start_byte(binding->value) > ts_node_start_byte(node)) continue;
    std::vector<TaintedPart> inner;
    Walk(binding->value, inner, kFollowDepth);
    for (TaintedPart& part : inner) {
      parts.push_back(TaintedPart{node, part.kind, part.name,
                                  part.masked || IsMasked(node, spelled), std::string(text)});
    }
    if (!inner.empty()) return;
  }
}

void UnitFacts::WalkPython(TSNode node, std::vector<TaintedPart>& parts, int depth) const {
  auto walk_children = [&](TSNode parent) {
    for (uint32_t i = 0; i < ts_node_named_child_count(parent); ++i) {
      Walk(ts_node_named_child(parent, i), parts, depth + 1);
    }
  };
  if (TypeIs(node, "identifier")) {
    AddVariable(node, parts, depth);
  } else if (TypeIs(node, "attribute")) {
    const TSNode object = ts_node_child_by_field_name(node, "object", 6);
    const TSNode attribute = ts_node_child_by_field_name(node, "attribute", 9);
    if (ts_node_is_null(attribute)) return;
    const std::string_view name = Text(attribute);
    const std::string_view owner = ts_node_is_null(object) ? "" : Text(object);
    const size_t dot = owner.rfind('.');
    const std::string_view owner_name =
        dot == std::string_view::npos ? owner : owner.substr(dot + 1);
    if (IsResponseName(owner_name)) {
      if (name == "text" || name == "content") {
        parts.push_back(
            TaintedPart{node, PartKind::kRawPayload, std::string(Text(node)), false, {}});
      }
      return;  // response.headers, response.status_code, ...
    }
    AddNamed(node, name, parts);
  } else if (TypeIs(node, "subscript")) {
    const TSNode value = ts_node_child_by_field_name(node, "value", 5);
    const TSNode index = ts_node_child_by_field_name(node, "subscript", 9);
    if (ts_node_is_null(index) || TypeIs(index, "slice")) return;  // token[:4]: a part of it
    if (const std::optional<std::string> key = StringValue(index)) {
      AddNamed(node, *key, parts);
    } else if (!ts_node_is_null(value)) {
      Walk(value, parts, depth + 1);  // items[i]: an item of the collection
    }
  } else if (TypeIs(node, "call")) {
    const TSNode function = ts_node_child_by_field_name(node, "function", 8);
    const TSNode arguments = ts_node_child_by_field_name(node, "arguments", 9);
    if (ts_node_is_null(function)) return;
    const std::string_view name = Text(function);
    if (name == "demisto.params") {
      parts.push_back(TaintedPart{node, PartKind::kWholeParams, "demisto.params()", false, {}});
      return;
    }
    if (name == "demisto.args") {
      parts.push_back(TaintedPart{node, PartKind::kWholeArgs, "demisto.args()", false, {}});
      return;
    }
    if (name == "demisto.incident" || name == "demisto.alert") {
      parts.push_back(TaintedPart{node, PartKind::kRecord, std::string(name) + "()", false, {}});
      return;
    }
    if (ts_node_is_null(arguments) || !TypeIs(arguments, "argument_list")) return;
    if (OneOf(kPythonPassThrough, name)) {
      for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
        const TSNode argument = ts_node_named_child(arguments, i);
        if (!TypeIs(argument, "keyword_argument")) Walk(argument, parts, depth + 1);
      }
      return;
    }
    if (!TypeIs(function, "attribute")) return;
    const TSNode object = ts_node_child_by_field_name(function, "object", 6);
    const TSNode method_node = ts_node_child_by_field_name(function, "attribute", 9);
    if (ts_node_is_null(object) || ts_node_is_null(method_node)) return;
    const std::string_view method = Text(method_node);
    if (method == "get") {
      const TSNode first = ts_node_named_child(arguments, 0);
      if (const std::optional<std::string> key = StringValue(first)) AddNamed(node, *key, parts);
      return;
    }
    if (method == "json" && IsResponseName(Text(object))) {
      parts.push_back(TaintedPart{node, PartKind::kRawPayload, std::string(Text(node)), false, {}});
      return;
    }
    if (TypeIs(object, "string") && (method == "format" || method == "join")) {
      Walk(object, parts, depth + 1);
      for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
        TSNode argument = ts_node_named_child(arguments, i);
        if (TypeIs(argument, "keyword_argument")) {
          argument = ts_node_child_by_field_name(argument, "value", 5);
        }
        Walk(argument, parts, depth + 1);
      }
      return;
    }
    if (OneOf(kPythonPassThroughMethods, method)) Walk(object, parts, depth + 1);
  } else if (TypeIs(node, "string")) {
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      const TSNode child = ts_node_named_child(node, i);
      if (!TypeIs(child, "interpolation")) continue;
      const TSNode expression = ts_node_child_by_field_name(child, "expression", 10);
      Walk(expression, parts, depth + 1);
    }
  } else if (TypeIs(node, "conditional_expression")) {
    if (ts_node_named_child_count(node) >= 3) {
      Walk(ts_node_named_child(node, 0), parts, depth + 1);
      Walk(ts_node_named_child(node, 2), parts, depth + 1);
    }
  } else if (TypeIs(node, "binary_operator") || TypeIs(node, "boolean_operator") ||
             TypeIs(node, "concatenated_string") || TypeIs(node, "parenthesized_expression") ||
             TypeIs(node, "tuple") || TypeIs(node, "list") || TypeIs(node, "set") ||
             TypeIs(node, "expression_list") || TypeIs(node, "list_splat") ||
             TypeIs(node, "dictionary_splat") || TypeIs(node, "await")) {
    walk_children(node);
  } else if (TypeIs(node, "dictionary")) {
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      const TSNode entry = ts_node_named_child(node, i);
      if (TypeIs(entry, "pair")) {
        Walk(ts_node_child_by_field_name(entry, "value", 5), parts, depth + 1);
      } else if (TypeIs(entry, "dictionary_splat")) {
        Walk(entry, parts, depth + 1);
      }
    }
  } else if (TypeIs(node, "keyword_argument")) {
    Walk(ts_node_child_by_field_name(node, "value", 5), parts, depth + 1);
  }
}

void UnitFacts::WalkJavaScript(TSNode node, std::vector<TaintedPart>& parts, int depth) const {
  if (TypeIs(node, "identifier") || TypeIs(node, "shorthand_property_identifier")) {
    AddVariable(node, parts, depth);
  } else if (TypeIs(node, "member_expression")) {
    const TSNode object = ts_node_child_by_field_name(node, "object", 6);
    const TSNode property = ts_node_child_by_field_name(node, "property", 8);
    if (ts_node_is_null(property)) return;
    const std::string_view name = Text(property);
    if (!ts_node_is_null(object) && IsResponseName(Text(object))) {
      if (name == "Body" || name == "body" || name == "text") {
        parts.push_back(
            TaintedPart{node, PartKind::kRawPayload, std::string(Text(node)), false, {}});
      }
      return;
    }
    AddNamed(node, name, parts);
  } else if (TypeIs(node, "subscript_expression")) {
    const TSNode object = ts_node_child_by_field_name(node, "object", 6);
    const TSNode index = ts_node_child_by_field_name(node, "index", 5);
    if (ts_node_is_null(index)) return;
    if (const std::optional<std::string> key = StringValue(index)) {
      AddNamed(node, *key, parts);
    } else if (!ts_node_is_null(object)) {
      Walk(object, parts, depth + 1);
    }
  } else if (TypeIs(node, "call_expression")) {
    const TSNode function = ts_node_child_by_field_name(node, "function", 8);
    const TSNode arguments = ts_node_child_by_field_name(node, "arguments", 9);
    if (ts_node_is_null(function)) return;
    const std::string_view name = Text(function);
    if (name == "demisto.params") {
      parts.push_back(TaintedPart{node, PartKind::kWholeParams, "demisto.params()", false, {}});
    } else if (name == "demisto.args") {
      parts.push_back(TaintedPart{node, PartKind::kWholeArgs, "demisto.args()", false, {}});
    } else if (name == "demisto.incident" || name == "demisto.incidents") {
      parts.push_back(TaintedPart{node, PartKind::kRecord, std::string(name) + "()", false, {}});
    } else if (OneOf(kJavaScriptPassThrough, name) && !ts_node_is_null(arguments)) {
      if (ts_node_named_child_count(arguments) > 0) {
        Walk(ts_node_named_child(arguments, 0), parts, depth + 1);
      }
    } else if (TypeIs(function, "member_expression")) {
      const TSNode object = ts_node_child_by_field_name(function, "object", 6);
      const TSNode property = ts_node_child_by_field_name(function, "property", 8);
      if (!ts_node_is_null(property) && OneOf(kJavaScriptPassThroughMethods, Text(property))) {
        Walk(object, parts, depth + 1);
        if (Text(property) == "concat" && !ts_node_is_null(arguments)) {
          for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
            Walk(ts_node_named_child(arguments, i), parts, depth + 1);
          }
        }
      }
    }
  } else if (TypeIs(node, "template_string")) {
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      const TSNode child = ts_node_named_child(node, i);
      if (TypeIs(child, "template_substitution") && ts_node_named_child_count(child) > 0) {
        Walk(ts_node_named_child(child, 0), parts, depth + 1);
      }
    }
  } else if (TypeIs(node, "binary_expression")) {
    const TSNode op = ts_node_child_by_field_name(node, "operator", 8);
    const std::string_view text = ts_node_is_null(op) ? "" : Text(op);
    if (text == "+" || text == "||" || text == "??") {
      Walk(ts_node_child_by_field_name(node, "left", 4), parts, depth + 1);
      Walk(ts_node_child_by_field_name(node, "right", 5), parts, depth + 1);
    }
  } else if (TypeIs(node, "ternary_expression")) {
    Walk(ts_node_child_by_field_name(node, "consequence", 11), parts, depth + 1);
    Walk(ts_node_child_by_field_name(node, "alternative", 11), parts, depth + 1);
  } else if (TypeIs(node, "object")) {
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      const TSNode entry = ts_node_named_child(node, i);
      if (TypeIs(entry, "pair")) {
        Walk(ts_node_child_by_field_name(entry, "value", 5), parts, depth + 1);
      } else if (!TypeIs(entry, "comment") && !TypeIs(entry, "method_definition")) {
        Walk(entry, parts, depth + 1);
      }
    }
  } else if (TypeIs(node, "parenthesized_expression") || TypeIs(node, "array") ||
             TypeIs(node, "spread_element") || TypeIs(node, "sequence_expression")) {
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      Walk(ts_node_named_child(node, i), parts, depth + 1);
    }
  }
}

void UnitFacts::WalkPowerShell(TSNode node, std::vector<TaintedPart>& parts, int depth) const {
  if (TypeIs(node, "variable")) {
    AddVariable(node, parts, depth);
    return;
  }
  if (TypeIs(node, "member_access")) {
    const uint32_t count = ts_node_named_child_count(node);
    if (count < 2) return;
    const std::string_view name = Text(ts_node_named_child(node, count - 1));
    const TSNode object = ts_node_named_child(node, 0);
    if (IsResponseName(Text(object))) {
      if (Lower(name) == "content" || Lower(name) == "rawcontent") {
        parts.push_back(
            TaintedPart{node, PartKind::kRawPayload, std::string(Text(node)), false, {}});
      }
      return;
    }
    AddNamed(node, name, parts);
    return;
  }
  if (TypeIs(node, "element_access")) {
    if (ts_node_named_child_count(node) < 2) return;
    const TSNode object = ts_node_named_child(node, 0);
    const TSNode index = ts_node_named_child(node, 1);
    if (const std::optional<std::string> key = StringValue(index)) {
      AddNamed(node, *key, parts);
    } else {
      Walk(object, parts, depth + 1);
    }
    return;
  }
  if (TypeIs(node, "invokation_expression")) {
    const uint32_t count = ts_node_named_child_count(node);
    if (count < 2) return;
    const TSNode object = ts_node_named_child(node, 0);
    const std::string method = Lower(Text(ts_node_named_child(node, 1)));
    if (Lower(Text(object)) == "$demisto") {
      if (method == "params") {
        parts.push_back(TaintedPart{node, PartKind::kWholeParams, "$demisto.Params()", false, {}});
      } else if (method == "args") {
        parts.push_back(TaintedPart{node, PartKind::kWholeArgs, "$demisto.Args()", false, {}});
      } else if (method == "incident") {
        parts.push_back(TaintedPart{node, PartKind::kRecord, "$demisto.Incident()", false, {}});
      }
      return;
    }
    if (OneOf(kPowerShellPassThroughMethods, method)) Walk(object, parts, depth + 1);
    return;
  }
  // Stops: nested commands and script blocks, unary tests (-not, !), comparisons, -replace,
  // logical and bitwise operators (two operands under one of these nodes).
  if (TypeIs(node, "command") || TypeIs(node, "script_block") ||
      TypeIs(node, "expression_with_unary_operator") || TypeIs(node, "key_expression") ||
      TypeIs(node, "command_parameter") || TypeIs(node, "generic_token") ||
      TypeIs(node, "type_literal") || TypeIs(node, "verbatim_string_characters") ||
      TypeIs(node, "comment")) {
    return;
  }
  static constexpr std::array<const char*, 6> kOperatorNodes = {
      "logical_expression",          "bitwise_expression",
      "comparison_expression",       "logical_argument_expression",
      "bitwise_argument_expression", "comparison_argument_expression"};
  for (const char* type : kOperatorNodes) {
    if (TypeIs(node, type) && ts_node_named_child_count(node) > 1) return;
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
    Walk(ts_node_named_child(node, i), parts, depth + 1);
  }
}

}  // namespace packaudit::privacy_logs
