#include "parse/parsed_file.h"

#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "parse/json_doc.h"
#include "parse/yaml_doc.h"

namespace packaudit {
namespace {

enum class Format { kNone, kYaml, kJson, kMarkdown, kCode, kC };

Format FormatOf(FileKind kind) {
  switch (kind) {
    case FileKind::kIntegrationYaml:
    case FileKind::kScriptYaml:
    case FileKind::kPlaybookYaml:
    case FileKind::kTestPlaybookYaml:
    case FileKind::kOtherYaml:
      return Format::kYaml;
    case FileKind::kPackMetadata:
    case FileKind::kReleaseNoteJson:
    case FileKind::kContributors:
    case FileKind::kContentJson:
    case FileKind::kOtherJson:
      return Format::kJson;
    case FileKind::kPackReadme:
    case FileKind::kReleaseNote:
    case FileKind::kIntegrationDescription:
    case FileKind::kItemReadme:
    case FileKind::kPlaybookReadme:
    case FileKind::kMarkdown:
      return Format::kMarkdown;
    case FileKind::kPython:
    case FileKind::kPythonTest:
    case FileKind::kJavaScript:
    case FileKind::kPowerShell:
    case FileKind::kPowerShellTest:
      return Format::kCode;
    case FileKind::kCSource:
    case FileKind::kCppSource:
      return Format::kC;
    default:
      return Format::kNone;
  }
}

std::string LanguageTitle(Language language) {
  switch (language) {
    case Language::kPython:
      return "Python";
    case Language::kJavaScript:
      return "JavaScript";
    case Language::kPowerShell:
      return "PowerShell";
    case Language::kC:
      return "C";
    case Language::kCpp:
      return "C++";
  }
  return "Code";
}

Diagnostic SyntaxDiagnostic(Language language, Position position) {
  return Diagnostic{kEngCodeSyntax, position,
                    LanguageTitle(language) + " syntax error; rules ran on the recovered tree."};
}

// A tree-sitter language whose parse was given up (too large or over the time budget).
std::optional<Diagnostic> GaveUp(Language language, const std::unique_ptr<CodeTree>& tree,
                                 Position position) {
  if (tree != nullptr || TreeSitterLanguage(language) == nullptr) return std::nullopt;
  return Diagnostic{kEngParseError, position,
                    LanguageTitle(language) +
                        " code could not be parsed within the size and time limits; rules that "
                        "need its syntax tree did not run."};
}

void ParseEmbedded(ParsedFile& parsed) {
  parsed.embedded = ExtractEmbeddedCode(*parsed.source, *parsed.doc);
  if (!parsed.embedded) return;
  const EmbeddedCode& embedded = *parsed.embedded;
  parsed.embedded_tree = CodeTree::Parse(embedded.language, embedded.code->text());
  if (auto gave_up = GaveUp(embedded.language, parsed.embedded_tree,
                            parsed.source->PositionOf(embedded.MapOffset(*parsed.source, 0)))) {
    parsed.diagnostics.push_back(std::move(*gave_up));
  }
  if (parsed.embedded_tree != nullptr) {
    const SourceFile& yaml = *parsed.source;
    parsed.code_strings = ExtractCodeStrings(
        *parsed.embedded_tree, [&](size_t offset) { return embedded.MapOffset(yaml, offset); });
  }
  if (parsed.embedded_tree == nullptr || !parsed.embedded_tree->has_error()) return;
  const size_t offset = parsed.embedded_tree->FirstErrorOffset().value_or(0);
  parsed.diagnostics.push_back(SyntaxDiagnostic(
      embedded.language, parsed.source->PositionOf(embedded.MapOffset(*parsed.source, offset))));
}

}  // namespace

ParsedFile ParseFile(std::unique_ptr<SourceFile> source, FileKind kind) {
  ParsedFile parsed;
  parsed.source = std::move(source);
  parsed.kind = kind;
  if (parsed.source == nullptr || !IsTextKind(kind)) return parsed;
  const SourceFile& file = *parsed.source;

  if (file.has_nul()) {
    parsed.diagnostics.push_back(
        Diagnostic{kEngBinary, file.PositionOf(file.text().find('\0')),
                   "Binary content (NUL byte) in a text file; not scanned."});
    return parsed;
  }
  if (!file.valid_utf8()) {
    parsed.diagnostics.push_back(
        Diagnostic{kEngInvalidUtf8, file.PositionOf(file.first_invalid_utf8()),
                   "Invalid UTF-8 at byte " + std::to_string(file.first_invalid_utf8()) +
                       "; scanned as bytes."});
  }

  switch (FormatOf(kind)) {
    case Format::kYaml:
    case Format::kJson: {
      auto result = FormatOf(kind) == Format::kYaml ? ParseYaml(file) : ParseJson(file);
      if (auto* diagnostic = std::get_if<Diagnostic>(&result)) {
        parsed.diagnostics.push_back(std::move(*diagnostic));
        break;
      }
      parsed.doc = std::move(std::get<DocNode>(result));
      if (kind == FileKind::kIntegrationYaml || kind == FileKind::kScriptYaml) {
        ParseEmbedded(parsed);
      }
      break;
    }
    case Format::kMarkdown:
      parsed.markdown = ParseMarkdown(file);
      break;
    case Format::kCode: {
      const Language language = *LanguageOfKind(kind);
      parsed.code = CodeTree::Parse(language, file.text());
      if (auto gave_up = GaveUp(language, parsed.code, Position{})) {
        parsed.diagnostics.push_back(std::move(*gave_up));
      }
      if (parsed.code != nullptr) parsed.code_strings = ExtractCodeStrings(*parsed.code);
      if (parsed.code != nullptr && parsed.code->has_error()) {
        parsed.diagnostics.push_back(SyntaxDiagnostic(
            language, file.PositionOf(parsed.code->FirstErrorOffset().value_or(0))));
      }
      break;
    }
    case Format::kC:
      // No diagnostic: C and C++ in packs normally lack the headers they include, and the facts
      // are read from the tokens wherever clang's tree is missing.
      parsed.c_facts = ParseCFacts(*LanguageOfKind(kind), file.text());
      parsed.code_strings = parsed.c_facts->strings;
      break;
    case Format::kNone:
      break;
  }
  return parsed;
}

}  // namespace packaudit
