// The builtin checks of area "adopt", by the name their TOML files use.
#include <array>

#include "engines/builtin/adopt/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> AdoptBuiltins() {
  static constexpr std::array<BuiltinEntry, 11> kChecks = {{
      {"adoption_note_position", &CheckAdoptionNotePosition, nullptr},
      {"adoption_start_window", &CheckAdoptionStartWindow, nullptr},
      {"adoption_stale_transition", &CheckAdoptionStale, nullptr},
      {"adoption_end_metadata", &CheckAdoptionEndMetadata, nullptr},
      {"adoption_end_contact", &CheckAdoptionEndContact, nullptr},
      {"adoption_both_notes", &CheckAdoptionBothNotes, nullptr},
      {"adoption_note_date", &CheckAdoptionNoteDate, nullptr},
      {"adoption_version_bump", &CheckAdoptionVersionBump, nullptr},
      {"adoption_release_note", &CheckAdoptionReleaseNote, nullptr},
      {"adoption_author_image", &CheckAdoptionAuthorImage, nullptr},
      {"adoption_contact_match", &CheckAdoptionContactMatch, nullptr},
  }};
  return kChecks;
}

}  // namespace packaudit
