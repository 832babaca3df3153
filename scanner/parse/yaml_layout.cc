#include "parse/yaml_layout.h"

#include <algorithm>
#include <string>

namespace packaudit {
namespace {

bool IsBlankChar(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsFlowIndicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

size_t LeadingSpaces(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

// The first line of `value` that has a character other than ' ', as its count of leading spaces.
std::optional<size_t> FirstContentIndent(std::string_view value) {
  size_t start = 0;
  while (start <= value.size()) {
    size_t stop = value.find('\n', start);
    if (stop == std::string_view::npos) stop = value.size();
    const std::string_view line = value.substr(start, stop - start);
    const size_t lead = LeadingSpaces(line);
    if (lead < line.size()) return lead;
    start = stop + 1;
  }
  return std::nullopt;
}

// Plain scalars fold line breaks into spaces, so the value's words appear in the raw text in
// order, separated only by whitespace (and line breaks plus indentation).
size_t PlainScalarEnd(std::string_view text, size_t offset, std::string_view value) {
  if (text.substr(offset, value.size()) == value) return offset + value.size();
  constexpr size_t kWindow = 64 * 1024;
  size_t pos = offset;
  size_t start = 0;
  while (start < value.size()) {
    size_t stop = value.find(' ', start);
    if (stop == std::string_view::npos) stop = value.size();
    const std::string_view word = value.substr(start, stop - start);
    start = stop + 1;
    if (word.empty()) continue;
    const size_t found = text.substr(pos, word.size() + kWindow).find(word);
    if (found == std::string_view::npos) {
      // Not reproducible (should not happen): fall back to the end of the first line.
      const size_t eol = text.find_first_of("\r\n", offset);
      return eol == std::string_view::npos ? text.size() : eol;
    }
    pos += found + word.size();
  }
  return pos;
}

}  // namespace

size_t SkipYamlNodeProperties(std::string_view text, size_t offset) {
  size_t i = offset;
  bool any = false;
  while (i < text.size() && (text[i] == '&' || text[i] == '!')) {
    any = true;
    if (text[i] == '!' && i + 1 < text.size() && text[i + 1] == '<') {
      const size_t close = text.find('>', i);
      i = close == std::string_view::npos ? text.size() : close + 1;
    } else {
      while (i < text.size() && !IsBlankChar(text[i]) && !IsFlowIndicator(text[i])) ++i;
    }
    // Whitespace, line breaks and comments between the properties and the content.
    while (i < text.size()) {
      if (IsBlankChar(text[i])) {
        ++i;
      } else if (text[i] == '#' && i > 0 && IsBlankChar(text[i - 1])) {
        while (i < text.size() && text[i] != '\n' && text[i] != '\r') ++i;
      } else {
        break;
      }
    }
  }
  return any ? i : offset;
}

YamlScalarStyle YamlScalarStyleAt(std::string_view text, size_t content_offset) {
  if (content_offset >= text.size()) return YamlScalarStyle::kPlain;
  switch (text[content_offset]) {
    case '|':
      return YamlScalarStyle::kLiteral;
    case '>':
      return YamlScalarStyle::kFolded;
    case '"':
      return YamlScalarStyle::kDoubleQuoted;
    case '\'':
      return YamlScalarStyle::kSingleQuoted;
    default:
      return YamlScalarStyle::kPlain;
  }
}

size_t YamlFlowScalarEnd(std::string_view text, size_t content_offset, YamlScalarStyle style,
                         std::string_view value) {
  content_offset = std::min(content_offset, text.size());
  switch (style) {
    case YamlScalarStyle::kDoubleQuoted:
      for (size_t i = content_offset + 1; i < text.size(); ++i) {
        if (text[i] == '\\') {
          ++i;
        } else if (text[i] == '"') {
          return i + 1;
        }
      }
      return text.size();
    case YamlScalarStyle::kSingleQuoted:
      for (size_t i = content_offset + 1; i < text.size(); ++i) {
        if (text[i] != '\'') continue;
        if (i + 1 < text.size() && text[i + 1] == '\'') {
          ++i;
        } else {
          return i + 1;
        }
      }
      return text.size();
    case YamlScalarStyle::kPlain:
      return PlainScalarEnd(text, content_offset, value);
    case YamlScalarStyle::kLiteral:
    case YamlScalarStyle::kFolded:
      return YamlBlockHeaderEnd(text, content_offset);
  }
  return content_offset;
}

size_t YamlBlockHeaderEnd(std::string_view text, size_t indicator_offset) {
  size_t i = std::min(indicator_offset + 1, text.size());
  while (i < text.size() &&
         ((text[i] >= '0' && text[i] <= '9') || text[i] == '-' || text[i] == '+')) {
    ++i;
  }
  return i;
}

std::optional<LiteralBlockLayout> LayoutLiteralBlock(const SourceFile& file,
                                                     size_t indicator_offset,
                                                     std::string_view value) {
  const int header_line = file.LineOf(indicator_offset);
  if (header_line >= file.line_count()) return std::nullopt;
  LiteralBlockLayout layout;
  layout.first_line = header_line + 1;

  // The value's first non-blank line is the raw first non-blank line minus the indentation.
  const std::optional<size_t> value_lead = FirstContentIndent(value);
  if (!value_lead) return std::nullopt;
  std::optional<size_t> raw_lead;
  for (int line = layout.first_line; line <= file.line_count() && !raw_lead; ++line) {
    const std::string_view text = file.Line(line);
    const size_t lead = LeadingSpaces(text);
    if (lead < text.size()) raw_lead = lead;
  }
  if (!raw_lead || *raw_lead < *value_lead) return std::nullopt;
  layout.indent = *raw_lead - *value_lead;

  // Content lines run until a non-blank line indented less than the content.
  layout.last_line = 0;
  for (int line = layout.first_line; line <= file.line_count(); ++line) {
    const std::string_view text = file.Line(line);
    const size_t lead = LeadingSpaces(text);
    if (lead == text.size()) continue;
    if (lead < layout.indent) break;
    if (layout.indent == 0 && (text.starts_with("---") || text.starts_with("...")) &&
        (text.size() == 3 || IsBlankChar(text[3]))) {
      break;
    }
    layout.last_line = line;
  }
  if (layout.last_line < layout.first_line) return std::nullopt;

  // Check that the raw lines reproduce the parsed value (up to trailing line breaks).
  std::string rebuilt;
  for (int line = layout.first_line; line <= layout.last_line; ++line) {
    const std::string_view text = file.Line(line);
    if (line > layout.first_line) rebuilt += '\n';
    if (text.size() > layout.indent) rebuilt += text.substr(layout.indent);
  }
  if (value.substr(0, rebuilt.size()) != rebuilt) return std::nullopt;
  for (const char c : value.substr(rebuilt.size())) {
    if (c != '\n' && c != ' ') return std::nullopt;
  }
  layout.end = file.LineEnd(layout.last_line);
  return layout;
}

}  // namespace packaudit
