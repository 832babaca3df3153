// The one list of builtin checks, by the name their TOML files use.
#include <array>
#include <utility>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {
namespace {

constexpr std::array<std::pair<std::string_view, PackCheck>, 2> kPackChecks = {{
    {"diagnostic", nullptr},
    {"release_note_version", &CheckReleaseNoteVersion},
}};

}  // namespace

PackCheck FindPackCheck(std::string_view name) {
  for (const auto& [n, check] : kPackChecks) {
    if (n == name) return check;
  }
  return nullptr;
}

bool IsKnownBuiltin(std::string_view name) {
  for (const auto& entry : kPackChecks) {
    if (entry.first == name) return true;
  }
  return false;
}

}  // namespace packaudit
