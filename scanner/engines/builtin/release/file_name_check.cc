// REL001: release-note files are named <major>_<minor>_<revision>.md (or .json for the
// breaking-change companion). Tooling finds a version's notes by that name only, so "2.0.0.md" or
// "2_0_4_.md" is never published.
#include <re2/re2.h>

#include "engines/builtin/release/checks.h"
#include "engines/builtin/release/release_note_files.h"

namespace packaudit {
namespace {

// "2.0.0.md" -> "2_0_0.md", "2_0_4_.md" -> "2_0_4.md"; "" when no such fix is obvious.
std::string SuggestedName(const std::string& name) {
  static const RE2 kWellFormed(R"(\d+_\d+_\d+\.(md|json))");
  const size_t dot = name.rfind('.');
  if (dot == std::string::npos) return {};
  std::string stem = name.substr(0, dot);
  std::string ext = name.substr(dot);
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (char& c : stem) {
    if (c == '.' || c == '-') c = '_';
  }
  while (!stem.empty() && stem.back() == '_') stem.pop_back();
  while (!stem.empty() && stem.front() == '_') stem.erase(0, 1);
  const std::string fixed = stem + ext;
  return RE2::FullMatch(fixed, kWellFormed) ? fixed : std::string();
}

}  // namespace

void CheckReleaseNoteFileName(const RuleSpec& rule, const Pack& pack,
                              const CheckContext& /*context*/, Emitter& emitter) {
  static const RE2 kWellFormed(R"(\d+_\d+_\d+\.(md|json))");
  for (const RnFile& rn : ReleaseNoteFiles(pack)) {
    if (RE2::FullMatch(rn.name, kWellFormed)) continue;
    const std::string suggested = SuggestedName(rn.name);
    emitter.AtLine(
        rule, *rn.file->source, 1,
        {{"name", rn.name}, {"hint", suggested.empty() ? "" : " (rename it to " + suggested + ")"}},
        rn.name);
  }
}

}  // namespace packaudit
