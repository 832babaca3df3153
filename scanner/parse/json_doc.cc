#include "parse/json_doc.h"

#include <tree_sitter/api.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "parse/diagnostic_position.h"
#include "parse/position_cursor.h"
#include "parse/tree_sitter_parse.h"

extern "C" const TSLanguage* tree_sitter_json(void);

namespace packaudit {
namespace {

constexpr int kMaxDepth = 1000;

using Json = nlohmann::json;

// Accepts every value; records the first syntax error (strict JSON: no comments, one value).
class ValidatingSax : public nlohmann::json_sax<Json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    failed = true;
    bytes_read = position;
    message = ex.what();
    return false;
  }

  bool failed = false;
  size_t bytes_read = 0;  // up to and including the byte where the error was found
  std::string message;
};

// "JSON parse error: <detail>." from nlohmann's message, without the token text it quotes (which
// could be a secret).
std::string JsonErrorMessage(std::string_view what) {
  const size_t column = what.find(", column ");
  if (column != std::string_view::npos) {
    const size_t colon = what.find(": ", column);
    if (colon != std::string_view::npos) what.remove_prefix(colon + 2);
  }
  if (what.starts_with("syntax error while parsing")) {
    const size_t dash = what.find(" - ");
    if (dash != std::string_view::npos) what.remove_prefix(dash + 3);
  }
  const size_t last_read = what.find("; last read");
  if (last_read != std::string_view::npos) what = what.substr(0, last_read);
  std::string detail(what);
  if (detail.empty()) detail = "invalid JSON";
  if (detail.back() != '.') detail += '.';
  return "JSON parse error: " + detail;
}

// Where the token that nlohmann rejected starts. nlohmann reports the last byte it read: for a
// bad string that is the offending byte itself; for other tokens, step back to their start.
size_t ErrorOffset(std::string_view text, size_t bytes_read, std::string_view message) {
  size_t offset = std::min(bytes_read > 0 ? bytes_read - 1 : 0, text.size());
  if (offset >= text.size() || message.find("invalid string") != std::string_view::npos) {
    return offset;
  }
  const auto back_while = [&](auto&& keep) {
    while (offset > 0 && keep(text[offset - 1])) --offset;
  };
  if (message.find("unexpected string literal") != std::string_view::npos) {
    // From the closing quote back to the opening quote (one not escaped by a backslash).
    for (size_t i = offset; i-- > 0;) {
      if (text[i] != '"') continue;
      size_t slashes = 0;
      while (slashes < i && text[i - 1 - slashes] == '\\') ++slashes;
      if (slashes % 2 == 0) return i;
    }
  } else if (message.find("number") != std::string_view::npos) {
    back_while([](char c) {
      return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    });
  } else if (message.find("invalid literal") != std::string_view::npos) {
    back_while([](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
  }
  return offset;
}

// A copy of `text` with each invalid UTF-8 byte replaced by '?', so offsets stay the same.
std::string ReplaceInvalidUtf8(std::string_view text) {
  std::string out(text);
  size_t from = 0;
  while (from < out.size()) {
    const size_t bad = FindInvalidUtf8(std::string_view(out).substr(from));
    if (bad == std::string::npos) break;
    out[from + bad] = '?';
    from += bad + 1;
  }
  return out;
}

// Calls `visit` on each named child of `node` in order until it returns false. A cursor walks
// the children in linear time (ts_node_named_child(node, i) is linear in i).
template <typename Visit>
void ForEachNamedChild(TSNode node, Visit&& visit) {
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      const TSNode child = ts_tree_cursor_current_node(&cursor);
      if (ts_node_is_named(child) && !visit(child)) break;
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
}

bool IsComment(TSNode node) { return std::strcmp(ts_node_type(node), "comment") == 0; }

class Converter {
 public:
  Converter(const SourceFile& file, size_t base)
      : file_(file), text_(file.text()), base_(base), cursor_(file) {}

  // The document's first problem, if any. nlohmann's strict pass has already rejected comments
  // and extra values anywhere; these checks keep the tree honest on their own.
  std::optional<Diagnostic> Validate(TSNode document) {
    if (ts_node_has_error(document)) {
      const TSNode bad = FirstError(document);
      std::string detail = "unexpected input";
      if (ts_node_is_missing(bad)) detail = "missing '" + std::string(ts_node_type(bad)) + "'";
      return Error(ts_node_start_byte(bad), "JSON parse error: " + detail + ".");
    }
    int values = 0;
    std::optional<Diagnostic> problem;
    ForEachNamedChild(document, [&](TSNode child) {
      if (IsComment(child)) {
        problem = Error(ts_node_start_byte(child), "JSON parse error: comments are not allowed.");
      } else if (++values > 1) {
        problem =
            Error(ts_node_start_byte(child), "JSON parse error: more than one top-level value.");
      }
      return !problem;
    });
    if (problem) return problem;
    if (values == 0) return Error(0, "JSON parse error: empty document.");
    return std::nullopt;
  }

  DocNode Convert(TSNode node, int depth) {
    DocNode out;
    out.position = PosAt(ts_node_start_byte(node));
    if (error_) return out;
    if (depth > kMaxDepth) {
      error_ = Error(ts_node_start_byte(node), "JSON document too deeply nested.");
      return out;
    }
    const std::string_view type = ts_node_type(node);
    if (type == "object") {
      out.kind = DocNode::Kind::kMap;
      ForEachNamedChild(node, [&](TSNode pair) {
        if (std::strcmp(ts_node_type(pair), "pair") != 0) return true;
        DocNode key = ConvertString(ts_node_child_by_field_name(pair, "key", 3));
        DocNode value = Convert(ts_node_child_by_field_name(pair, "value", 5), depth + 1);
        out.entries.emplace_back(std::move(key), std::move(value));
        return !error_;
      });
    } else if (type == "array") {
      out.kind = DocNode::Kind::kSequence;
      ForEachNamedChild(node, [&](TSNode item) {
        if (!IsComment(item)) out.items.push_back(Convert(item, depth + 1));
        return !error_;
      });
    } else if (type == "string") {
      return ConvertString(node);
    } else if (type == "number" || type == "true" || type == "false") {
      out.kind = DocNode::Kind::kScalar;
      out.scalar = std::string(Text(node));
    }
    // "null" stays kNull. The end is placed after the children, so offsets keep increasing.
    out.end = PosAt(ts_node_end_byte(node));
    return out;
  }

  const std::optional<Diagnostic>& error() const { return error_; }

 private:
  Position PosAt(uint32_t offset) { return cursor_.At(base_ + offset); }

  std::string_view Text(TSNode node) const {
    const std::string_view text = text_.substr(base_);
    const size_t start = std::min<size_t>(ts_node_start_byte(node), text.size());
    const size_t end = std::clamp<size_t>(ts_node_end_byte(node), start, text.size());
    return text.substr(start, end - start);
  }

  Diagnostic Error(uint32_t offset, std::string message) const {
    return Diagnostic{kEngParseError, DiagnosticPosition(file_, base_ + offset),
                      std::move(message)};
  }

  DocNode ConvertString(TSNode node) {
    DocNode out;
    out.kind = DocNode::Kind::kScalar;
    out.quoted = true;
    out.position = PosAt(ts_node_start_byte(node));
    out.end = PosAt(ts_node_end_byte(node));
    std::string raw(Text(node));
    if (FindInvalidUtf8(raw) != std::string::npos) {
      // Keep the string readable: invalid bytes become U+FFFD (ENG005 reports the file).
      std::string fixed;
      size_t from = 0;
      while (from < raw.size()) {
        const size_t bad = FindInvalidUtf8(std::string_view(raw).substr(from));
        if (bad == std::string::npos) {
          fixed += raw.substr(from);
          break;
        }
        fixed += raw.substr(from, bad);
        fixed += "\xEF\xBF\xBD";
        from += bad + 1;
      }
      raw = std::move(fixed);
    }
    try {
      out.scalar = Json::parse(raw).get<std::string>();
    } catch (const std::exception& e) {
      if (!error_) error_ = Error(ts_node_start_byte(node), JsonErrorMessage(e.what()));
    }
    return out;
  }

  // First ERROR or MISSING node in document order (the root has an error).
  static TSNode FirstError(TSNode root) {
    TSTreeCursor cursor = ts_tree_cursor_new(root);
    TSNode node = root;
    while (!ts_node_is_error(node) && !ts_node_is_missing(node)) {
      // Enter the first child that holds an error; stop when none does.
      bool found = false;
      if (ts_tree_cursor_goto_first_child(&cursor)) {
        do {
          const TSNode child = ts_tree_cursor_current_node(&cursor);
          if (ts_node_has_error(child)) {
            node = child;
            found = true;
            break;
          }
        } while (ts_tree_cursor_goto_next_sibling(&cursor));
      }
      if (!found) break;
    }
    ts_tree_cursor_delete(&cursor);
    return node;
  }

  const SourceFile& file_;
  const std::string_view text_;
  const size_t base_;
  PositionCursor cursor_;
  std::optional<Diagnostic> error_;
};

}  // namespace

std::variant<DocNode, Diagnostic> ParseJson(const SourceFile& file) {
  const std::string_view text = file.text();
  // Strictness and the exact place of a syntax error come from nlohmann's parser.
  {
    ValidatingSax sax;
    if (file.valid_utf8()) {
      Json::sax_parse(text.begin(), text.end(), &sax);
    } else {
      const std::string replaced = ReplaceInvalidUtf8(text);
      Json::sax_parse(replaced.begin(), replaced.end(), &sax);
    }
    if (sax.failed) {
      return Diagnostic{kEngParseError,
                        DiagnosticPosition(file, ErrorOffset(text, sax.bytes_read, sax.message)),
                        JsonErrorMessage(sax.message)};
    }
  }
  // Structure and positions come from tree-sitter (after a UTF-8 byte order mark, if any).
  const size_t base = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  TSTree* tree = ParseWithBudget(tree_sitter_json(), text.substr(base));
  if (tree == nullptr) {
    return Diagnostic{kEngParseError, Position{},
                      "JSON parse error: the parser gave up (input too large or too complex)."};
  }
  Converter converter(file, base);
  const TSNode document = ts_tree_root_node(tree);
  std::optional<Diagnostic> problem = converter.Validate(document);
  DocNode root;
  if (!problem) {
    ForEachNamedChild(document, [&](TSNode child) {
      if (IsComment(child)) return true;
      root = converter.Convert(child, 1);
      return false;
    });
    problem = converter.error();
  }
  ts_tree_delete(tree);
  if (problem) return *std::move(problem);
  return root;
}

}  // namespace packaudit
