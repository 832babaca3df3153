#include "engines/builtin/security/secrets_unit.h"

#include <cctype>
#include <string>

#include "model/pack.h"

namespace packaudit::secrets {

namespace {

std::vector<Hit> Analyze(const FileUnit& unit) {
  SecretsInput input;
  input.text = unit.file->text();
  input.path = unit.file->path();
  std::string in_pack;
  if (unit.pack != nullptr) {
    in_pack = PathInPack(unit.file->path(), unit.pack->root);
    input.path_in_pack = in_pack;
    input.ignore = &unit.pack->secrets_ignore;
  }
  return AnalyzeSecrets(input);
}

constexpr char kHitsKey = 0;  // its address names the memo slot

}  // namespace

const std::vector<Hit>& AnalyzeUnit(const FileUnit& unit) {
  static const std::vector<Hit> kNone;
  if (!IsWholeFile(unit)) return kNone;
  return unit.memo.Get<std::vector<Hit>>(&kHitsKey, [&] { return Analyze(unit); });
}

Suppression SuppressionOf(const FileUnit& unit, const Hit& hit) {
  if (hit.hidden == HiddenBy::kMarker) {
    return {"inSource", "disable-secrets-detection marker",
            unit.file->path() + ":" + std::to_string(hit.marker_line)};
  }
  int line = 0;
  std::string path = ".secrets-ignore";
  if (unit.pack != nullptr) {
    path = unit.pack->secrets_ignore_path.empty() ? path : unit.pack->secrets_ignore_path;
    const std::string in_pack = PathInPack(unit.file->path(), unit.pack->root);
    for (const SecretsIgnoreEntry& e : unit.pack->secrets_ignore.entries) {
      std::string lower = e.text;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const bool match = hit.hidden == HiddenBy::kFileEntry ? e.is_file && e.file == in_pack
                                                            : !e.is_file && lower == hit.allow_word;
      if (match) {
        line = e.line;
        break;
      }
    }
  }
  return {"external", ".secrets-ignore", line > 0 ? path + ":" + std::to_string(line) : path};
}

}  // namespace packaudit::secrets
