// The files directly inside a pack's ReleaseNotes/ folder (release notes and their breaking-change
// JSON companions), with their names. Stateless; thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_RELEASE_RELEASE_NOTE_FILES_H_
#define PACKAUDIT_ENGINES_BUILTIN_RELEASE_RELEASE_NOTE_FILES_H_

#include <string>
#include <vector>

#include "model/pack.h"

namespace packaudit {

struct RnFile {
  const ParsedFile* file = nullptr;
  std::string name;  // "1_2_3.md"
};

// Files of kind release_note or release_note_json directly in ReleaseNotes/, by path.
std::vector<RnFile> ReleaseNoteFiles(const Pack& pack);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_RELEASE_RELEASE_NOTE_FILES_H_
