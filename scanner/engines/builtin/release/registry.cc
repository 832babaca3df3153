// The builtin checks of area "release", by the name their TOML files use.
#include <array>

#include "engines/builtin/release/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> ReleaseBuiltins() {
  static constexpr std::array<BuiltinEntry, 1> kChecks = {{
      {"release_note_version", &CheckReleaseNoteVersion, nullptr},
  }};
  return kChecks;
}

}  // namespace packaudit
