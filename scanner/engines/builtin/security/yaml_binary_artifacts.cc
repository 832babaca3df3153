// SEC023: a binary file (kind `binary`: executables, shared libraries, archives, compiled Python,
// Java archives, ... see walk/classify.cc) ships in the pack. Files below a `test_data/` folder
// are test fixtures and left out. Images are kind `image`, never `binary`. Reported on line 1 of
// the binary file itself. Files over the size limit are not read (ENG003) and so not listed here.
#include <string>

#include "engines/builtin/security/checks_yaml.h"

namespace packaudit {
namespace {

bool InTestData(std::string_view relative_path) {
  size_t start = 0;
  while (true) {
    const size_t slash = relative_path.find('/', start);
    if (slash == std::string_view::npos) return false;  // the last part is the file name
    if (relative_path.substr(start, slash - start) == "test_data") return true;
    start = slash + 1;
  }
}

// The file name's extension as the classifier sees it (".tar.gz" kept whole).
std::string ExtensionOf(std::string_view path) {
  const size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::string lower;
  for (char c : name) lower += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  for (std::string_view double_ext : {".tar.gz", ".tar.bz2", ".tar.xz"}) {
    if (lower.size() > double_ext.size() &&
        lower.compare(lower.size() - double_ext.size(), double_ext.size(), double_ext) == 0) {
      return std::string(double_ext);
    }
  }
  const size_t dot = lower.rfind('.');
  return dot == std::string::npos ? std::string() : lower.substr(dot);
}

}  // namespace

void CheckBinaryArtifacts(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                          Emitter& emitter) {
  for (const ParsedFile* file : pack.files) {
    if (file->kind != FileKind::kBinary || file->source == nullptr) continue;
    const std::string relative = pack.RelativePath(file->source->path());
    if (InTestData(relative)) continue;
    // One character at the start: the bytes are not text worth quoting.
    emitter.AtBytes(rule, *file->source, 0, 0,
                    {{"file", relative}, {"extension", ExtensionOf(relative)}},
                    "binary:" + relative);
  }
}

}  // namespace packaudit
