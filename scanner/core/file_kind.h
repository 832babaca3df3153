// The kind of a file, decided once by walk/classify.h from its place in the XSOAR pack layout.
// Rules declare the kinds they apply to by the names returned by FileKindName().
#ifndef PACKAUDIT_CORE_FILE_KIND_H_
#define PACKAUDIT_CORE_FILE_KIND_H_

#include <optional>
#include <string_view>
#include <vector>

namespace packaudit {

enum class FileKind {
  kPackMetadata,            // pack_metadata.json
  kPackReadme,              // README.md at the pack root
  kReleaseNote,             // ReleaseNotes/*.md
  kReleaseNoteJson,         // ReleaseNotes/*.json (breaking-change companion)
  kSecretsIgnore,           // .secrets-ignore
  kPackIgnore,              // .pack-ignore
  kAuthorImage,             // Author_image.png
  kContributors,            // CONTRIBUTORS.json
  kIntegrationYaml,         // Integrations/<Name>/<Name>.yml (or any .yml in Integrations/<Name>/)
  kScriptYaml,              // Scripts/<Name>/<Name>.yml
  kPlaybookYaml,            // Playbooks/*.yml
  kTestPlaybookYaml,        // TestPlaybooks/*.yml
  kIntegrationDescription,  // Integrations/<Name>/<Name>_description.md
  kItemImage,               // Integrations/<Name>/<Name>_image.png
  kItemReadme,              // README.md of an integration or script
  kPlaybookReadme,          // Playbooks/*_README.md
  kCommandExamples,         // command_examples, command_examples.txt
  kPython,                  // .py (not a test)
  kPythonTest,              // *_test.py, test_*.py, conftest.py
  kJavaScript,              // .js
  kPowerShell,              // .ps1, .psm1 (not a test)
  kPowerShellTest,          // *.Tests.ps1
  kVendoredRuntime,         // a pack's own copy of CommonServerPython.py, demistomock.py, ...
  kCSource,                 // .c, .h
  kCppSource,               // .cc, .cpp, .cxx, .hpp, .hh
  kContentJson,             // other JSON content (layouts, incident fields/types, classifiers, ...)
  kOtherYaml,               // any other .yml/.yaml
  kOtherJson,               // any other .json (outside content folders)
  kMarkdown,                // any other .md (including doc_files, CHANGELOG.md)
  kTestData,                // anything under test_data/ (text)
  kImage,                   // .png, .jpg, .jpeg, .gif, .svg
  kBinary,                  // .exe, .dll, .so, .jar, .pyc, .tar.gz, .zip, ...
  kText,                    // other text (.txt, .ini, .sh, .csv, extensionless, ...)
};

inline constexpr int kFileKindCount = static_cast<int>(FileKind::kText) + 1;

// Stable lower_snake names used in rule files, JSON output and tests, e.g. "pack_metadata", "python".
std::string_view FileKindName(FileKind kind);
std::optional<FileKind> ParseFileKind(std::string_view name);

// Source language of code (separate files or code embedded in unified YAML).
enum class Language { kPython, kJavaScript, kPowerShell, kC, kCpp };
std::string_view LanguageName(Language language);  // "python" | "javascript" | "powershell" | "c" | "cpp"
std::optional<Language> ParseLanguage(std::string_view name);
// The language of a code kind (kPython and kPythonTest -> kPython, ...), or nullopt.
std::optional<Language> LanguageOfKind(FileKind kind);

// Kinds whose bytes are read and scanned as text (everything but images and binaries).
bool IsTextKind(FileKind kind);

}  // namespace packaudit

#endif  // PACKAUDIT_CORE_FILE_KIND_H_
