#include "parse/embedded_code.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "parse/yaml_layout.h"

namespace packaudit {
namespace {

bool IsNoCode(std::string_view text) {
  const size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return true;
  const size_t stop = text.find_last_not_of(" \t\r\n");
  return text.substr(start, stop - start + 1) == "-";
}

std::optional<Language> EmbeddedLanguage(const DocNode* type) {
  if (type == nullptr || !type->IsScalar()) return std::nullopt;
  std::string name(type->Text());
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::optional<Language> language = ParseLanguage(name);
  if (language == Language::kPython || language == Language::kJavaScript ||
      language == Language::kPowerShell) {
    return language;
  }
  return std::nullopt;
}

}  // namespace

size_t EmbeddedCode::MapOffset(const SourceFile& yaml, size_t offset) const {
  if (!line_mapped || code == nullptr) return std::min(scalar_offset, yaml.size());
  offset = std::min(offset, code->size());
  const int code_line = code->LineOf(offset);
  const size_t column = offset - code->LineStart(code_line);
  const int yaml_line = first_line + code_line - 1;
  if (yaml_line > yaml.line_count()) return yaml.size();
  const size_t start = yaml.LineStart(yaml_line);
  return std::min(start + indent + column, yaml.LineEnd(yaml_line));
}

std::optional<EmbeddedCode> ExtractEmbeddedCode(const SourceFile& yaml, const DocNode& root) {
  const DocNode* script = root.Get("script");
  if (script == nullptr) return std::nullopt;
  const DocNode* code_node = nullptr;
  std::optional<Language> language;
  if (script->IsMap()) {
    // Integration: script.script holds the code, script.type the language.
    code_node = script->Get("script");
    language = EmbeddedLanguage(script->Get("type"));
  } else if (script->IsScalar()) {
    // Automation script: top-level script and type.
    code_node = script;
    language = EmbeddedLanguage(root.Get("type"));
  }
  if (code_node == nullptr || !code_node->IsScalar() || IsNoCode(code_node->scalar) || !language) {
    return std::nullopt;
  }

  EmbeddedCode embedded;
  embedded.language = *language;
  embedded.code = std::make_unique<SourceFile>(yaml.path() + "#script", code_node->scalar);
  embedded.scalar_offset = yaml.OffsetOf(code_node->position);
  if (code_node->block_literal) {
    if (auto layout = LayoutLiteralBlock(yaml, embedded.scalar_offset, code_node->scalar)) {
      embedded.line_mapped = true;
      embedded.first_line = layout->first_line;
      embedded.indent = layout->indent;
    }
  }
  return embedded;
}

}  // namespace packaudit
