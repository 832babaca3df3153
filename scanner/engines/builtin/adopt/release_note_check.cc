// ADOPT009: the release of the adoption bump must say so. When the README carries an adoption note,
// some release note must hold the matching line ("Started adoption process." for a start note,
// "Completed adoption process." once there is an end note) or the note text itself. The finding
// goes on the release note that mentions the adoption without such a line, else on the newest
// release note (the bump), else on the README note when the pack has no release notes.
#include <re2/re2.h>

#include "engines/builtin/adopt/adopt_util.h"
#include "engines/builtin/adopt/checks.h"

namespace packaudit {

void CheckAdoptionReleaseNote(const RuleSpec& rule, const Pack& pack,
                              const CheckContext& /*context*/, Emitter& emitter) {
  const ReadmeAdoption adoption = PackAdoptionNotes(pack);
  if (adoption.notes.empty()) return;
  const bool ended = HasNote(adoption, AdoptionNoteKind::kEnd);
  const AdoptionMark wanted = ended ? AdoptionMark::kCompleted : AdoptionMark::kStarted;
  const std::string expected = ended ? "Completed adoption process." : "Started adoption process.";
  const std::vector<const ReleaseNote*> notes = ReleaseNotesByVersion(pack);
  for (const ReleaseNote* rn : notes) {
    for (const AdoptionLine& line : AdoptionLinesOf(*rn->file->source)) {
      if (line.mark == wanted) return;
    }
  }
  if (notes.empty()) {
    const AdoptionNote& note = adoption.notes.front();
    EmitAtNote(rule, *pack.readme->source, note,
               {{"where", "No release note records"}, {"expected", expected}}, emitter);
    return;
  }
  static const RE2 kNamesAdoption(R"((?i)\badopt)");
  for (auto it = notes.rbegin(); it != notes.rend(); ++it) {
    const SourceFile& file = *(*it)->file->source;
    for (int n : ContentLines(file)) {
      const std::string_view line = file.Line(n);
      if (AdoptionMarkOf(line) != AdoptionMark::kNone) continue;  // records the other step
      if (RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), kNamesAdoption)) {
        emitter.AtLine(rule, file, n,
                       {{"where", "Release note " + (*it)->file_name + " does not record"},
                        {"expected", expected}},
                       std::string(line));
        return;
      }
    }
  }
  const ReleaseNote& newest = *notes.back();
  const SourceFile& file = *newest.file->source;
  const int line = FirstContentLine(file);
  emitter.AtLine(
      rule, file, line,
      {{"where", "Release note " + newest.file_name + " does not record"}, {"expected", expected}},
      "adoption:" + newest.file_name);
}

}  // namespace packaudit
