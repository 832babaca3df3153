#include "core/file_kind.h"

#include <array>

namespace packaudit {
namespace {

constexpr std::array<std::string_view, kFileKindCount> kNames = {
    "pack_metadata",
    "pack_readme",
    "release_note",
    "release_note_json",
    "secrets_ignore",
    "pack_ignore",
    "author_image",
    "contributors",
    "integration_yaml",
    "script_yaml",
    "playbook_yaml",
    "test_playbook_yaml",
    "integration_description",
    "item_image",
    "item_readme",
    "playbook_readme",
    "command_examples",
    "python",
    "python_test",
    "javascript",
    "powershell",
    "powershell_test",
    "vendored_runtime",
    "c_source",
    "cpp_source",
    "content_json",
    "other_yaml",
    "other_json",
    "markdown",
    "test_data",
    "image",
    "binary",
    "text",
};

constexpr std::array<std::string_view, 5> kLanguages = {"python", "javascript", "powershell", "c",
                                                        "cpp"};

}  // namespace

std::string_view FileKindName(FileKind kind) { return kNames[static_cast<int>(kind)]; }

std::optional<FileKind> ParseFileKind(std::string_view name) {
  for (int i = 0; i < kFileKindCount; ++i) {
    if (kNames[i] == name) return static_cast<FileKind>(i);
  }
  return std::nullopt;
}

std::string_view LanguageName(Language language) {
  return kLanguages[static_cast<int>(language)];
}

std::optional<Language> ParseLanguage(std::string_view name) {
  for (size_t i = 0; i < kLanguages.size(); ++i) {
    if (kLanguages[i] == name) return static_cast<Language>(i);
  }
  return std::nullopt;
}

std::optional<Language> LanguageOfKind(FileKind kind) {
  switch (kind) {
    case FileKind::kPython:
    case FileKind::kPythonTest:
      return Language::kPython;
    case FileKind::kJavaScript:
      return Language::kJavaScript;
    case FileKind::kPowerShell:
    case FileKind::kPowerShellTest:
      return Language::kPowerShell;
    case FileKind::kCSource:
      return Language::kC;
    case FileKind::kCppSource:
      return Language::kCpp;
    default:
      return std::nullopt;
  }
}

bool IsTextKind(FileKind kind) {
  return kind != FileKind::kImage && kind != FileKind::kBinary && kind != FileKind::kAuthorImage &&
         kind != FileKind::kItemImage;
}

}  // namespace packaudit
