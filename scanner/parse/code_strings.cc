#include "parse/code_strings.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

namespace packaudit {
namespace {

enum class Escapes {
  kNone,
  kBackslash,
  kBackslashBraces,
  kPowerShellExpandable,
  kPowerShellVerbatim
};

char BackslashEscape(char c) {
  switch (c) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case '0':
      return '\0';
    case '\\':
    case '\'':
    case '"':
    case '`':
      return c;
    default:
      return 0;
  }
}

// Appends `text` to `out` with the escapes of `escapes` resolved.
void AppendUnescaped(std::string_view text, Escapes escapes, std::string& out) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool has_next = i + 1 < text.size();
    const char next = has_next ? text[i + 1] : '\0';
    switch (escapes) {
      case Escapes::kNone:
        break;
      case Escapes::kBackslash:
      case Escapes::kBackslashBraces:
        if (c == '\\' && has_next) {
          if (next == '\n') {  // line continuation
            ++i;
            continue;
          }
          if (const char resolved = BackslashEscape(next); resolved != 0 || next == '0') {
            out += resolved;
            ++i;
            continue;
          }
        }
        if (escapes == Escapes::kBackslashBraces && (c == '{' || c == '}') && next == c) {
          out += c;
          ++i;
          continue;
        }
        break;
      case Escapes::kPowerShellExpandable:
        if (c == '`' && has_next) {
          const char resolved = next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : next;
          out += resolved;
          ++i;
          continue;
        }
        if (c == '"' && next == '"') {
          out += c;
          ++i;
          continue;
        }
        break;
      case Escapes::kPowerShellVerbatim:
        if (c == '\'' && next == '\'') {
          out += c;
          ++i;
          continue;
        }
        break;
    }
    out += c;
  }
}

// What one string node contributes: its content range in the tree text, the escape rules, and
// the child nodes that are interpolated parts.
struct Literal {
  size_t content_begin = 0;
  size_t content_end = 0;
  Escapes escapes = Escapes::kNone;
  std::vector<TSNode> holes;
};

std::string_view TypeOf(TSNode node) { return ts_node_type(node); }

std::vector<TSNode> NamedChildren(TSNode node) {
  std::vector<TSNode> out;
  const uint32_t count = ts_node_named_child_count(node);
  out.reserve(count);
  for (uint32_t i = 0; i < count; ++i) out.push_back(ts_node_named_child(node, i));
  return out;
}

std::optional<Literal> PythonLiteral(const CodeTree& tree, TSNode node) {
  Literal literal;
  bool have_start = false;
  bool raw = false;
  bool format = false;
  literal.content_end = ts_node_end_byte(node);
  for (TSNode child : NamedChildren(node)) {
    const std::string_view type = TypeOf(child);
    if (type == "string_start") {
      have_start = true;
      literal.content_begin = ts_node_end_byte(child);
      for (char c : tree.NodeText(child)) {
        if (c == 'r' || c == 'R') raw = true;
        if (c == 'f' || c == 'F' || c == 't' || c == 'T') format = true;
      }
    } else if (type == "string_end") {
      literal.content_end = ts_node_start_byte(child);
    } else if (type == "interpolation") {
      literal.holes.push_back(child);
    }
  }
  if (!have_start) return std::nullopt;
  literal.escapes = raw ? Escapes::kNone : format ? Escapes::kBackslashBraces : Escapes::kBackslash;
  if (raw && format) literal.escapes = Escapes::kNone;
  return literal;
}

std::optional<Literal> JavaScriptLiteral(TSNode node) {
  Literal literal;
  literal.content_begin = ts_node_start_byte(node) + 1;
  literal.content_end = ts_node_end_byte(node) - 1;
  literal.escapes = Escapes::kBackslash;
  if (TypeOf(node) == "template_string") {
    for (TSNode child : NamedChildren(node)) {
      if (TypeOf(child) == "template_substitution") literal.holes.push_back(child);
    }
  }
  return literal;
}

std::optional<Literal> PowerShellLiteral(const CodeTree& tree, TSNode node) {
  if (ts_node_named_child_count(node) == 0) return std::nullopt;
  const TSNode inner = ts_node_named_child(node, 0);
  const std::string_view type = TypeOf(inner);
  const std::string_view text = tree.NodeText(inner);
  Literal literal;
  literal.content_begin = ts_node_start_byte(inner);
  literal.content_end = ts_node_end_byte(inner);
  const bool here =
      type == "expandable_here_string_literal" || type == "verbatim_here_string_characters";
  if (here) {
    // @"<newline> ... <newline>"@
    const size_t first_newline = text.find('\n');
    const size_t last_newline = text.rfind('\n');
    if (first_newline == std::string_view::npos || last_newline <= first_newline) {
      literal.content_begin += std::min<size_t>(2, text.size());
      literal.content_end = std::max(literal.content_begin, literal.content_end - 2);
    } else {
      literal.content_begin += first_newline + 1;
      literal.content_end = ts_node_start_byte(inner) + last_newline;
      if (literal.content_end > literal.content_begin && text[last_newline - 1] == '\r') {
        --literal.content_end;
      }
    }
  } else if (text.size() >= 2) {
    ++literal.content_begin;
    --literal.content_end;
  }
  const bool expandable =
      type == "expandable_string_literal" || type == "expandable_here_string_literal";
  literal.escapes = expandable ? Escapes::kPowerShellExpandable
                    : here     ? Escapes::kNone
                               : Escapes::kPowerShellVerbatim;
  if (expandable) {
    for (TSNode child : NamedChildren(inner)) {
      const std::string_view child_type = TypeOf(child);
      if (child_type == "variable" || child_type == "sub_expression") {
        literal.holes.push_back(child);
      }
    }
  }
  return literal;
}

// A switch label that the grammar keeps as one token ("x-get", 'x-get' or a bare word).
std::optional<Literal> PowerShellSwitchLabel(const CodeTree& tree, TSNode node) {
  if (ts_node_named_child_count(node) != 0) return std::nullopt;
  const std::string_view text = tree.NodeText(node);
  if (text.empty()) return std::nullopt;
  Literal literal;
  literal.content_begin = ts_node_start_byte(node);
  literal.content_end = ts_node_end_byte(node);
  const char quote = text.front();
  if ((quote == '"' || quote == '\'') && text.size() >= 2 && text.back() == quote) {
    ++literal.content_begin;
    --literal.content_end;
    literal.escapes = quote == '"' ? Escapes::kPowerShellExpandable : Escapes::kPowerShellVerbatim;
  }
  return literal;
}

std::optional<Literal> LiteralOf(const CodeTree& tree, TSNode node) {
  const std::string_view type = TypeOf(node);
  switch (tree.language()) {
    case Language::kPython:
      if (type == "string") return PythonLiteral(tree, node);
      return std::nullopt;
    case Language::kJavaScript:
      if (type == "string" || type == "template_string") return JavaScriptLiteral(node);
      return std::nullopt;
    case Language::kPowerShell:
      if (type == "string_literal") return PowerShellLiteral(tree, node);
      if (type == "switch_clause_condition") return PowerShellSwitchLabel(tree, node);
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

CodeString MakeString(const CodeTree& tree, TSNode node, const Literal& literal,
                      const CodeOffsetMap& map) {
  const std::string_view text = tree.text();
  const size_t content_end = std::min(literal.content_end, text.size());
  size_t cursor = std::min(literal.content_begin, content_end);
  CodeString out;
  auto append = [&](size_t until) {
    until = std::clamp(until, cursor, content_end);
    AppendUnescaped(text.substr(cursor, until - cursor), literal.escapes, out.value);
    cursor = until;
  };
  for (TSNode hole : literal.holes) {
    append(ts_node_start_byte(hole));
    out.value += kCodeStringHole;
    out.interpolated = true;
    cursor = std::clamp<size_t>(ts_node_end_byte(hole), cursor, content_end);
  }
  append(content_end);
  if (out.value.size() > kMaxCodeStringValue) {
    out.value.resize(kMaxCodeStringValue);
    out.cut = true;
  }
  const size_t begin = ts_node_start_byte(node);
  const size_t end = ts_node_end_byte(node);
  out.text_begin = begin;
  out.text_end = end;
  out.begin = map ? map(begin) : begin;
  out.end = end > begin ? (map ? map(end - 1) + 1 : end) : out.begin;
  return out;
}

}  // namespace

CodeStrings ExtractCodeStrings(const CodeTree& tree, const CodeOffsetMap& map) {
  CodeStrings result;
  result.extracted = true;
  // Iterative pre-order walk (code trees can be very deep); children pushed in reverse so the
  // literals come out in source order.
  std::vector<TSNode> stack = {tree.root()};
  while (!stack.empty()) {
    const TSNode node = stack.back();
    stack.pop_back();
    if (std::optional<Literal> literal = LiteralOf(tree, node)) {
      if (result.strings.size() >= kMaxCodeStrings) {
        result.truncated = true;
        break;
      }
      result.strings.push_back(MakeString(tree, node, *literal, map));
    }
    const uint32_t count = ts_node_named_child_count(node);
    for (uint32_t i = count; i > 0; --i) stack.push_back(ts_node_named_child(node, i - 1));
  }
  return result;
}

}  // namespace packaudit
