// The builtin checks of area "release", by the name their TOML files use.
#include <array>

#include "engines/builtin/release/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> ReleaseBuiltins() {
  static constexpr std::array<BuiltinEntry, 9> kChecks = {{
      {"release_note_file_name", &CheckReleaseNoteFileName, nullptr},
      {"release_note_version", &CheckReleaseNoteVersion, nullptr},
      {"release_note_placeholders", &CheckReleaseNotePlaceholders, nullptr},
      {"release_note_breaking_change", &CheckReleaseNoteBreakingChange, nullptr},
      {"release_note_structure", &CheckReleaseNoteStructure, nullptr},
      {"release_note_templates", &CheckReleaseNoteTemplates, nullptr},
      {"release_note_docker_image", &CheckReleaseNoteDockerImage, nullptr},
      {"version_bumped", &CheckVersionBumped, nullptr},
      {"version_bump_release_note", &CheckVersionBumpReleaseNote, nullptr},
  }};
  return kChecks;
}

}  // namespace packaudit
