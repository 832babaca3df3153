// Path -> FileKind for the XSOAR pack layout. Folder roles are matched from the end of the path
// (".../Integrations/<Name>/<file>"), so the same rules work on a path inside a pack and on a
// display path outside any pack. File names are matched exactly (XSOAR tooling is
// case-sensitive about them); extensions are matched case-insensitively.
//
// Precedence, first match wins:
//   1. binary extension (.exe, .zip, .pyc, ...)         -> binary, wherever it is
//   2. image extension: Author_image.png -> author_image; *_image.png directly in
//      Integrations/<Name>/ -> item_image; else image   (also below test_data/)
//   3. anything else below a test_data/ folder          -> test_data: those are fixtures, often
//      deliberately "bad" samples, so a foo_test.py, a .yml or a pack_metadata.json there is data,
//      not code or content to audit
//   4. names that mean one thing at any depth: pack_metadata.json, .secrets-ignore, .pack-ignore,
//      CONTRIBUTORS.json, command_examples(.txt)
//   5. README.md: at the pack root -> pack_readme; directly in Integrations/<Name>/ or
//      Scripts/<Name>/ -> item_readme; Playbooks/*_README.md -> playbook_readme
//   6. ReleaseNotes/*.md -> release_note, ReleaseNotes/*.json -> release_note_json
//   7. YAML by folder: Integrations/<Name>/*.yml and Integrations/*.yml (unified) ->
//      integration_yaml; the same for Scripts/ -> script_yaml; below TestPlaybooks/ ->
//      test_playbook_yaml; directly in Playbooks/ -> playbook_yaml
//   8. Integrations/<Name>/*_description.md -> integration_description
//   9. a pack's own copy of a platform runtime file (CommonServerPython.py, demistomock.py,
//      CommonServerPowerShell.ps1, ... not in a folder of the same name) -> vendored_runtime;
//      then code by extension (tests first): python_test, python, javascript, powershell_test,
//      powershell, c_source, cpp_source
//  10. JSON below a content folder (Layouts/, IncidentFields/, ...) -> content_json, other JSON ->
//      other_json; other YAML -> other_yaml; other Markdown (doc_files/, CHANGELOG.md) -> markdown
//  11. everything else -> text
#include "walk/classify.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/text.h"
#include "walk/path_util.h"

namespace packaudit {
namespace {

constexpr std::array<std::string_view, 29> kBinaryExtensions = {
    ".exe", ".dll", ".so",  ".dylib", ".jar", ".class", ".pyc", ".pyo", ".whl", ".egg",
    ".zip", ".tar", ".gz",  ".tgz",   ".bz2", ".xz",    ".7z",  ".rar", ".bin", ".o",
    ".a",   ".deb", ".rpm", ".msi",   ".lib", ".obj",   ".pdb", ".war", ".ear"};

constexpr std::array<std::string_view, 8> kImageExtensions = {".png", ".jpg", ".jpeg", ".gif",
                                                              ".svg", ".ico", ".webp", ".bmp"};

// Folders whose JSON files are XSOAR content items.
constexpr std::array<std::string_view, 27> kContentFolders = {"AssetsModelingRules",
                                                              "Classifiers",
                                                              "Connections",
                                                              "CorrelationRules",
                                                              "Dashboards",
                                                              "GenericDefinitions",
                                                              "GenericFields",
                                                              "GenericModules",
                                                              "GenericTypes",
                                                              "IncidentFields",
                                                              "IncidentTypes",
                                                              "IndicatorFields",
                                                              "IndicatorTypes",
                                                              "Jobs",
                                                              "LayoutRules",
                                                              "Layouts",
                                                              "Lists",
                                                              "ModelingRules",
                                                              "ParsingRules",
                                                              "PreProcessRules",
                                                              "Reports",
                                                              "Triggers",
                                                              "Widgets",
                                                              "Wizards",
                                                              "XDRCTemplates",
                                                              "XSIAMDashboards",
                                                              "XSIAMReports"};

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// The path split into folders and a file name, with the helpers the rules need.
class PathParts {
 public:
  explicit PathParts(std::string_view path) : dirs_(SplitPath(path)) {
    if (!dirs_.empty()) {
      name_ = dirs_.back();
      dirs_.pop_back();
    }
    lower_name_ = Lower(name_);
  }

  const std::string& name() const { return name_; }
  bool HasExtension(std::string_view ext) const { return EndsWith(lower_name_, ext); }
  template <size_t N>
  bool HasAnyExtension(const std::array<std::string_view, N>& exts) const {
    return std::any_of(exts.begin(), exts.end(),
                       [&](std::string_view ext) { return HasExtension(ext); });
  }
  bool AtRoot() const { return dirs_.empty(); }
  // The folder `levels_up` above the file (0: its own folder), or "".
  std::string_view Parent(size_t levels_up = 0) const {
    return levels_up < dirs_.size() ? std::string_view(dirs_[dirs_.size() - 1 - levels_up]) : "";
  }
  template <typename Pred>
  bool AnyFolder(Pred pred) const {
    return std::any_of(dirs_.begin(), dirs_.end(), pred);
  }
  bool InFolderNamed(std::string_view folder) const {
    return AnyFolder([&](const std::string& dir) { return dir == folder; });
  }
  // Directly inside "<group>/<Name>/", e.g. group "Integrations".
  bool InItemFolder(std::string_view group) const { return Parent(1) == group; }

 private:
  std::vector<std::string> dirs_;
  std::string name_;
  std::string lower_name_;
};

bool IsYaml(const PathParts& p) { return p.HasExtension(".yml") || p.HasExtension(".yaml"); }

// Files the platform provides at run time. A pack's copy of one is not its own code; the
// original is its own script item (Scripts/CommonServerPython/CommonServerPython.py).
bool IsVendoredRuntime(const PathParts& p) {
  static constexpr std::array<std::string_view, 6> kNames = {
      "CommonServerPython.py",      "CommonServerUserPython.py",      "demistomock.py",
      "CommonServerPowerShell.ps1", "CommonServerUserPowerShell.ps1", "demistomock.ps1"};
  const std::string& name = p.name();
  if (std::find(kNames.begin(), kNames.end(), name) == kNames.end()) return false;
  return p.Parent(0) != name.substr(0, name.rfind('.'));
}

std::optional<FileKind> ClassifyCode(const PathParts& p) {
  const std::string& name = p.name();
  if (IsVendoredRuntime(p)) return FileKind::kVendoredRuntime;
  if (p.HasExtension(".py")) {
    if (EndsWith(name, "_test.py") || StartsWith(name, "test_") || name == "conftest.py") {
      return FileKind::kPythonTest;
    }
    return FileKind::kPython;
  }
  if (p.HasExtension(".js")) return FileKind::kJavaScript;
  if (p.HasExtension(".tests.ps1")) return FileKind::kPowerShellTest;
  if (p.HasExtension(".ps1") || p.HasExtension(".psm1")) return FileKind::kPowerShell;
  if (p.HasExtension(".c") || p.HasExtension(".h")) return FileKind::kCSource;
  for (std::string_view ext : {".cc", ".cpp", ".cxx", ".hpp", ".hh"}) {
    if (p.HasExtension(ext)) return FileKind::kCppSource;
  }
  return std::nullopt;
}

}  // namespace

FileKind ClassifyPath(std::string_view path_in_pack) {
  const PathParts p(path_in_pack);
  const std::string& name = p.name();

  // 1-3: bytes that are not text, then test data.
  if (p.HasAnyExtension(kBinaryExtensions)) return FileKind::kBinary;
  if (p.HasAnyExtension(kImageExtensions)) {
    if (name == "Author_image.png") return FileKind::kAuthorImage;
    if (p.InItemFolder("Integrations") && p.HasExtension("_image.png")) return FileKind::kItemImage;
    return FileKind::kImage;
  }
  if (p.InFolderNamed("test_data")) return FileKind::kTestData;

  // 4: names with one meaning anywhere.
  if (name == "pack_metadata.json") return FileKind::kPackMetadata;
  if (name == ".secrets-ignore") return FileKind::kSecretsIgnore;
  if (name == ".pack-ignore") return FileKind::kPackIgnore;
  if (name == "CONTRIBUTORS.json") return FileKind::kContributors;
  if (name == "command_examples" || name == "command_examples.txt") {
    return FileKind::kCommandExamples;
  }

  // 5: READMEs.
  if (name == "README.md") {
    if (p.AtRoot()) return FileKind::kPackReadme;
    if (p.InItemFolder("Integrations") || p.InItemFolder("Scripts")) return FileKind::kItemReadme;
  }
  if (p.Parent() == "Playbooks" && EndsWith(name, "_README.md")) return FileKind::kPlaybookReadme;

  // 6: release notes.
  if (p.Parent() == "ReleaseNotes") {
    if (p.HasExtension(".md")) return FileKind::kReleaseNote;
    if (p.HasExtension(".json")) return FileKind::kReleaseNoteJson;
  }

  // 7-8: YAML and descriptions by folder role.
  if (IsYaml(p)) {
    if (p.InItemFolder("Integrations") || p.Parent() == "Integrations") {
      return FileKind::kIntegrationYaml;
    }
    if (p.InItemFolder("Scripts") || p.Parent() == "Scripts") return FileKind::kScriptYaml;
    if (p.InFolderNamed("TestPlaybooks")) return FileKind::kTestPlaybookYaml;
    if (p.Parent() == "Playbooks") return FileKind::kPlaybookYaml;
    return FileKind::kOtherYaml;
  }
  if (p.InItemFolder("Integrations") && EndsWith(name, "_description.md")) {
    return FileKind::kIntegrationDescription;
  }

  // 9: code.
  if (std::optional<FileKind> code = ClassifyCode(p)) return *code;

  // 10-11: the rest.
  if (p.HasExtension(".json")) {
    const bool content =
        p.AnyFolder([](const std::string& dir) { return Contains(kContentFolders, dir); });
    return content ? FileKind::kContentJson : FileKind::kOtherJson;
  }
  if (p.HasExtension(".md")) return FileKind::kMarkdown;
  return FileKind::kText;
}

std::string PackRootOf(std::string_view path) {
  // The last "Packs/<Name>/" whose <Name> is a folder (followed by '/').
  std::string_view best;
  size_t start = 0;
  while (start < path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) break;
    if (path.substr(start, end - start) == "Packs") {
      const size_t name_end = path.find('/', end + 1);
      if (name_end != std::string_view::npos && name_end > end + 1) {
        best = path.substr(0, name_end);
      }
    }
    start = end + 1;
  }
  return std::string(best);
}

}  // namespace packaudit
