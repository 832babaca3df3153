#include "engines/builtin/docs/readme_commands.h"

#include <optional>
#include <string>

#include "engines/builtin/docs/doc_util.h"

namespace packaudit {
namespace docs {
namespace {

// The first word of a heading, without a leading ordinal ("2." / "2)") or "!",
// and without trailing punctuation.
std::string_view HeadingCommand(std::string_view text) {
  text = Trim(text);
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
    text = Trim(text.substr(digits + 1));
  }
  if (!text.empty() && text[0] == '!') text.remove_prefix(1);
  const size_t space = text.find_first_of(" \t(");
  if (space != std::string_view::npos) text = text.substr(0, space);
  while (!text.empty() && (text.back() == ':' || text.back() == ',' || text.back() == '.')) {
    text.remove_suffix(1);
  }
  return text;
}

bool CellNamesCommand(std::string_view cell, std::string_view name) {
  cell = Trim(cell);
  if (cell == name) return true;
  if (cell.empty() || cell[0] != '!') return false;
  cell.remove_prefix(1);
  return cell == name || (cell.size() > name.size() && cell.starts_with(name) &&
                          (cell[name.size()] == ' ' || cell[name.size()] == '\t'));
}

// Tables whose cells are not command names: arguments, parameters, context
// outputs.
bool IsNonCommandTable(const MdTable& table) {
  if (table.rows.empty()) return true;
  for (const std::string& header : table.rows.front()) {
    const std::string lower = Lower(header);
    if (lower.find("argument") != std::string::npos ||
        lower.find("parameter") != std::string::npos || lower.find("path") != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::optional<size_t> PathColumn(const MdTable& table) {
  if (table.rows.empty()) return std::nullopt;
  const auto& header = table.rows.front();
  for (size_t i = 0; i < header.size(); ++i) {
    if (Lower(header[i]).find("path") != std::string::npos) return i;
  }
  return std::nullopt;
}

// The first non-blank line after a "Base Command" heading, without backticks and a leading "!".
std::string BaseCommandAfter(const SourceFile& file, int heading_line) {
  for (int line = heading_line + 1; line <= file.line_count(); ++line) {
    const std::string_view text = Trim(file.Line(line));
    if (text.empty()) continue;
    std::string name;
    for (char c : text) {
      if (c != '`') name += c;
    }
    std::string_view trimmed = Trim(name);
    if (!trimmed.empty() && trimmed[0] == '!') trimmed.remove_prefix(1);
    return std::string(trimmed);
  }
  return "";
}

}  // namespace

bool DocumentsCommand(const MarkdownDoc& doc, const SourceFile& file, std::string_view name) {
  for (const MdHeading& heading : doc.headings) {
    if (HeadingCommand(heading.text) == name) return true;
    if (FoldSpaces(heading.text) == "base command" &&
        BaseCommandAfter(file, heading.position.line) == name) {
      return true;
    }
  }
  for (const MdTable& table : doc.tables) {
    if (IsNonCommandTable(table)) continue;
    for (const auto& row : table.rows) {
      for (const std::string& cell : row) {
        if (CellNamesCommand(cell, name)) return true;
      }
    }
  }
  return false;
}

std::vector<OutputTable> OutputTablesOf(const MarkdownDoc& doc, std::string_view name) {
  std::vector<OutputTable> out;
  for (size_t i = 0; i < doc.headings.size(); ++i) {
    const MdHeading& heading = doc.headings[i];
    if (HeadingCommand(heading.text) != name) continue;
    int end_line = 0;  // 0: to the end of the document
    for (size_t j = i + 1; j < doc.headings.size(); ++j) {
      if (doc.headings[j].level <= heading.level) {
        end_line = doc.headings[j].position.line;
        break;
      }
    }
    for (const MdTable& table : doc.tables) {
      const int line = table.position.line;
      if (line <= heading.position.line || (end_line > 0 && line >= end_line)) continue;
      if (const auto column = PathColumn(table)) out.push_back({&table, *column});
    }
  }
  return out;
}

}  // namespace docs
}  // namespace packaudit
