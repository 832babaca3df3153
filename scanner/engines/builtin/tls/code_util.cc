#include "engines/builtin/tls/code_util.h"

#include <cctype>
#include <cstdlib>
#include <cstring>

#include "core/text.h"

namespace packaudit::code_facts {
namespace {

// Node types that wrap exactly one expression without changing its value.
bool IsWrapperType(TSNode node) {
  static constexpr std::string_view kWrappers[] = {
      "parenthesized_expression", "pipeline",
      "pipeline_chain",           "logical_expression",
      "bitwise_expression",       "comparison_expression",
      "additive_expression",      "multiplicative_expression",
      "format_expression",        "range_expression",
      "array_literal_expression", "unary_expression",
      "expression_statement"};
  const std::string_view type = ts_node_type(node);
  for (std::string_view wrapper : kWrappers) {
    if (type == wrapper) return true;
  }
  return false;
}

bool IsWrapper(TSNode node) {
  if (!IsWrapperType(node) || ts_node_named_child_count(node) != 1) return false;
  // JavaScript's unary_expression carries its operator (!x, -x, typeof x) as an unnamed child;
  // PowerShell's single-child unary_expression is a pure wrapper.
  return !TypeIs(node, "unary_expression") || ts_node_child_count(node) == 1;
}

// Node types a value passes through on its way to a sink (see SinkName).
bool IsPassThrough(TSNode node) {
  static constexpr std::string_view kPassThrough[] = {"call",
                                                      "argument_list",
                                                      "arguments",
                                                      "attribute",
                                                      "member_expression",
                                                      "subscript",
                                                      "subscript_expression",
                                                      "binary_operator",
                                                      "binary_expression",
                                                      "boolean_operator",
                                                      "not_operator",
                                                      "unary_operator",
                                                      "parenthesized_expression",
                                                      "generator_expression",
                                                      "list_comprehension",
                                                      "set_comprehension",
                                                      "for_in_clause",
                                                      "list",
                                                      "tuple",
                                                      "set",
                                                      "array",
                                                      "object",
                                                      "dictionary",
                                                      "conditional_expression",
                                                      "ternary_expression",
                                                      "await",
                                                      "await_expression",
                                                      "interpolation",
                                                      "template_substitution",
                                                      "template_string",
                                                      "string",
                                                      "concatenated_string",
                                                      "expression_list",
                                                      "call_expression",
                                                      "new_expression",
                                                      "arrow_function",
                                                      "pipeline",
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
                                                      "expression_with_unary_operator",
                                                      "command_elements",
                                                      "command",
                                                      "sub_expression",
                                                      "member_access",
                                                      "invokation_expression",
                                                      "argument_expression_list",
                                                      "argument_expression",
                                                      "cast_expression",
                                                      "string_literal",
                                                      "expandable_string_literal",
                                                      "augmented_assignment_expression",
                                                      "statement_list"};
  const std::string_view type = ts_node_type(node);
  for (std::string_view pass : kPassThrough) {
    if (type == pass) return true;
  }
  return false;
}

TSNode Field(TSNode node, const char* name) {
  return ts_node_child_by_field_name(node, name, static_cast<uint32_t>(std::strlen(name)));
}

bool SameNode(TSNode a, TSNode b) {
  return ts_node_start_byte(a) == ts_node_start_byte(b) &&
         ts_node_end_byte(a) == ts_node_end_byte(b) &&
         std::strcmp(ts_node_type(a), ts_node_type(b)) == 0;
}

// Whether `descendant` lies within `ancestor`'s byte range.
bool Within(TSNode descendant, TSNode ancestor) {
  return ts_node_start_byte(descendant) >= ts_node_start_byte(ancestor) &&
         ts_node_end_byte(descendant) <= ts_node_end_byte(ancestor);
}

// The condition of an if / elif / ternary node, or a null node.
TSNode ConditionOf(TSNode node) {
  if (TypeIs(node, "if_statement") || TypeIs(node, "elif_clause") ||
      TypeIs(node, "elseif_clause") || TypeIs(node, "ternary_expression")) {
    return Field(node, "condition");
  }
  if (TypeIs(node, "conditional_expression") && ts_node_named_child_count(node) == 3) {
    return ts_node_named_child(node, 1);
  }
  return TSNode{};
}

}  // namespace

Language LanguageOf(const FileUnit& unit) { return unit.tree->language(); }

bool OneOf(std::string_view value, std::initializer_list<std::string_view> list) {
  for (std::string_view item : list) {
    if (item == value) return true;
  }
  return false;
}

bool OneOfIgnoreCase(std::string_view value, std::initializer_list<std::string_view> list) {
  const std::string lower = Lower(value);
  for (std::string_view item : list) {
    if (Lower(item) == lower) return true;
  }
  return false;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(Lower(current));
    current.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!std::isalnum(c)) {
      flush();
      continue;
    }
    if (std::isupper(c) && !current.empty()) {
      const unsigned char previous = static_cast<unsigned char>(current.back());
      const bool next_lower =
          i + 1 < text.size() && std::islower(static_cast<unsigned char>(text[i + 1]));
      if (std::islower(previous) || std::isdigit(previous) ||
          (std::isupper(previous) && next_lower)) {
        flush();
      }
    }
    current.push_back(static_cast<char>(c));
  }
  flush();
  return words;
}

bool HasWord(const std::vector<std::string>& words, std::initializer_list<std::string_view> list) {
  for (const std::string& word : words) {
    if (OneOf(word, list)) return true;
  }
  return false;
}

bool HasWordPair(const std::vector<std::string>& words, std::string_view first,
                 std::string_view second) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] == first && words[i + 1] == second) return true;
  }
  return false;
}

TSNode Unwrap(TSNode node) {
  while (!ts_node_is_null(node) && IsWrapper(node)) node = ts_node_named_child(node, 0);
  return node;
}

TSNode Parent(TSNode node) {
  TSNode parent = ts_node_parent(node);
  while (!ts_node_is_null(parent) && IsWrapper(parent)) parent = ts_node_parent(parent);
  return parent;
}

TSNode CallFunction(TSNode call) {
  if (TypeIs(call, "call") || TypeIs(call, "call_expression")) return Field(call, "function");
  if (TypeIs(call, "new_expression")) return Field(call, "constructor");
  return TSNode{};
}

TSNode CallArguments(TSNode call) {
  if (TypeIs(call, "call") || TypeIs(call, "call_expression") || TypeIs(call, "new_expression")) {
    return Field(call, "arguments");
  }
  return TSNode{};
}

std::vector<TSNode> PositionalArguments(TSNode call) {
  std::vector<TSNode> positional;
  const TSNode arguments = CallArguments(call);
  if (ts_node_is_null(arguments)) return positional;
  for (TSNode argument : NamedChildren(arguments)) {
    if (TypeIs(argument, "keyword_argument") || TypeIs(argument, "list_splat") ||
        TypeIs(argument, "dictionary_splat") || TypeIs(argument, "spread_element")) {
      continue;
    }
    positional.push_back(argument);
  }
  return positional;
}

TSNode KeywordArgument(const FileUnit& unit, TSNode call, std::string_view name) {
  const TSNode arguments = CallArguments(call);
  if (ts_node_is_null(arguments)) return TSNode{};
  for (TSNode argument : NamedChildren(arguments)) {
    if (!TypeIs(argument, "keyword_argument")) continue;
    const TSNode key = Field(argument, "name");
    if (!ts_node_is_null(key) && Text(unit, key) == name) return Field(argument, "value");
  }
  return TSNode{};
}

std::string_view LastPart(std::string_view dotted) {
  const size_t dot = dotted.rfind('.');
  return dot == std::string_view::npos ? dotted : dotted.substr(dot + 1);
}

bool IsFalseLiteral(const FileUnit& unit, TSNode node) {
  node = Unwrap(node);
  if (ts_node_is_null(node)) return false;
  if (TypeIs(node, "false")) return true;
  if (TypeIs(node, "integer") || TypeIs(node, "number")) return Text(unit, node) == "0";
  if (TypeIs(node, "variable")) return Lower(Text(unit, node)) == "$false";
  return false;
}

bool IsTrueLiteral(const FileUnit& unit, TSNode node) {
  node = Unwrap(node);
  if (ts_node_is_null(node)) return false;
  if (TypeIs(node, "true")) return true;
  if (TypeIs(node, "variable")) return Lower(Text(unit, node)) == "$true";
  return false;
}

std::optional<long> IntegerValue(const FileUnit& unit, TSNode node) {
  node = Unwrap(node);
  if (ts_node_is_null(node)) return std::nullopt;
  if (!TypeIs(node, "integer") && !TypeIs(node, "number") && !TypeIs(node, "integer_literal")) {
    return std::nullopt;
  }
  const std::string text(Text(unit, node));
  if (text.empty() || text.size() > 9) return std::nullopt;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  }
  return std::strtol(text.c_str(), nullptr, 10);
}

namespace {
const std::vector<CodeString> kNoStrings;
}  // namespace

StringLiterals::StringLiterals(const FileUnit& unit)
    : root_(unit.tree->root()),
      strings_(unit.strings != nullptr ? unit.strings->strings : kNoStrings) {
  for (size_t i = 0; i < strings_.size(); ++i) by_begin_.emplace(strings_[i].text_begin, i);
}

const CodeString* StringLiterals::Of(TSNode node) const {
  node = Unwrap(node);
  if (ts_node_is_null(node) || TypeIs(node, "concatenated_string")) return nullptr;
  const auto it = by_begin_.find(ts_node_start_byte(node));
  if (it == by_begin_.end()) return nullptr;
  const CodeString& literal = strings_[it->second];
  return literal.text_end == ts_node_end_byte(node) ? &literal : nullptr;
}

TSNode StringLiterals::NodeOf(const CodeString& literal) const {
  return ts_node_descendant_for_byte_range(root_, static_cast<uint32_t>(literal.text_begin),
                                           static_cast<uint32_t>(literal.text_end));
}

bool IsDocString(TSNode string_node) {
  TSNode parent = ts_node_parent(string_node);
  if (!ts_node_is_null(parent) && TypeIs(parent, "concatenated_string")) {
    parent = ts_node_parent(parent);
  }
  return !ts_node_is_null(parent) && TypeIs(parent, "expression_statement") &&
         ts_node_named_child_count(parent) == 1;
}

std::string SinkName(const FileUnit& unit, TSNode node) {
  TSNode current = node;
  for (int depth = 0; depth < 40; ++depth) {
    const TSNode parent = ts_node_parent(current);
    if (ts_node_is_null(parent)) return "";
    if (TypeIs(parent, "assignment") || TypeIs(parent, "augmented_assignment") ||
        TypeIs(parent, "assignment_expression") ||
        TypeIs(parent, "augmented_assignment_expression")) {
      const TSNode left = Field(parent, "left");
      if (!ts_node_is_null(left) && !Within(current, left)) return std::string(Text(unit, left));
      if (TypeIs(parent, "assignment_expression") && ts_node_named_child_count(parent) > 0) {
        const TSNode first = ts_node_named_child(parent, 0);  // PowerShell: no field names
        if (!Within(current, first)) return std::string(Text(unit, first));
      }
      return "";
    }
    if (TypeIs(parent, "variable_declarator")) {
      const TSNode name = Field(parent, "name");
      return ts_node_is_null(name) ? "" : std::string(Text(unit, name));
    }
    if (TypeIs(parent, "keyword_argument")) {
      const TSNode name = Field(parent, "name");
      return ts_node_is_null(name) ? "" : std::string(Text(unit, name));
    }
    if (TypeIs(parent, "pair")) {
      const TSNode key = Field(parent, "key");
      if (ts_node_is_null(key) || Within(current, key)) return "";
      return std::string(Text(unit, key));
    }
    if (TypeIs(parent, "return_statement")) return EnclosingFunctionName(unit, parent);
    if (!IsPassThrough(parent)) return "";
    current = parent;
  }
  return "";
}

std::string EnclosingFunctionName(const FileUnit& unit, TSNode node) {
  for (TSNode up = ts_node_parent(node); !ts_node_is_null(up); up = ts_node_parent(up)) {
    if (TypeIs(up, "function_definition") || TypeIs(up, "function_declaration") ||
        TypeIs(up, "method_definition") || TypeIs(up, "generator_function_declaration")) {
      const TSNode name = Field(up, "name");
      return ts_node_is_null(name) ? "" : std::string(Text(unit, name));
    }
    if (TypeIs(up, "function_statement")) {
      for (TSNode child : NamedChildren(up)) {
        if (TypeIs(child, "function_name")) return std::string(Text(unit, child));
      }
      return "";
    }
    if (TypeIs(up, "arrow_function") || TypeIs(up, "function_expression") ||
        TypeIs(up, "function")) {
      const TSNode parent = ts_node_parent(up);
      if (!ts_node_is_null(parent) && TypeIs(parent, "variable_declarator")) {
        const TSNode name = Field(parent, "name");
        return ts_node_is_null(name) ? "" : std::string(Text(unit, name));
      }
      if (!ts_node_is_null(parent) && TypeIs(parent, "pair")) {
        const TSNode key = Field(parent, "key");
        return ts_node_is_null(key) ? "" : std::string(Text(unit, key));
      }
      return "";
    }
  }
  return "";
}

bool UnderTlsSettingCondition(const FileUnit& unit, TSNode node) {
  TSNode child = node;
  for (TSNode up = ts_node_parent(node); !ts_node_is_null(up); up = ts_node_parent(up)) {
    const TSNode condition = ConditionOf(up);
    if (!ts_node_is_null(condition) && !SameNode(condition, child) && !Within(node, condition)) {
      const std::vector<std::string> words = Words(Text(unit, condition));
      if (HasWord(words, {"insecure", "unsecure", "verify", "verification", "trust", "ssl", "tls",
                          "cert", "certs", "certificate", "certificates", "validate", "validation",
                          "skip", "secure", "unverified"})) {
        return true;
      }
    }
    child = up;
  }
  return false;
}

std::string_view LastTypePart(std::string_view type_text) {
  while (!type_text.empty() && (type_text.front() == '[' || type_text.front() == ' ')) {
    type_text.remove_prefix(1);
  }
  while (!type_text.empty() && (type_text.back() == ']' || type_text.back() == ' ')) {
    type_text.remove_suffix(1);
  }
  const size_t paren = type_text.find('(');
  if (paren != std::string_view::npos) type_text = type_text.substr(0, paren);
  return LastPart(type_text);
}

}  // namespace packaudit::code_facts
