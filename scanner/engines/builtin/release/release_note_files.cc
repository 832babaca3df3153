#include "engines/builtin/release/release_note_files.h"

namespace packaudit {

std::vector<RnFile> ReleaseNoteFiles(const Pack& pack) {
  std::vector<RnFile> files;
  constexpr std::string_view kFolder = "ReleaseNotes/";
  for (const ParsedFile* file : pack.files) {
    if (file->source == nullptr) continue;
    if (file->kind != FileKind::kReleaseNote && file->kind != FileKind::kReleaseNoteJson) continue;
    const std::string rel = pack.RelativePath(file->source->path());
    if (rel.rfind(kFolder, 0) != 0) continue;
    std::string name = rel.substr(kFolder.size());
    if (name.find('/') != std::string::npos) continue;
    files.push_back({file, std::move(name)});
  }
  return files;
}

}  // namespace packaudit
