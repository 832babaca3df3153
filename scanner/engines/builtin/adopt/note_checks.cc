// ADOPT001 (note position), ADOPT003 (stale transition), ADOPT006 (both notes) and ADOPT007 (date
// shape): checks over the adoption notes of the pack README alone.
#include "engines/builtin/adopt/adopt_util.h"
#include "engines/builtin/adopt/checks.h"

namespace packaudit {

void CheckAdoptionNotePosition(const RuleSpec& rule, const Pack& pack,
                               const CheckContext& /*context*/, Emitter& emitter) {
  const ReadmeAdoption adoption = PackAdoptionNotes(pack);
  if (adoption.notes.empty()) return;
  for (const AdoptionNote& note : adoption.notes) {
    if (note.line == adoption.first_content_line) return;
  }
  const AdoptionNote& note = adoption.notes.front();
  EmitAtNote(rule, *pack.readme->source, note,
             {{"kind", NoteKindName(note.kind)},
              {"line", std::to_string(note.line)},
              {"first", std::to_string(adoption.first_content_line)}},
             emitter);
}

void CheckAdoptionStale(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                        Emitter& emitter) {
  const ReadmeAdoption adoption = PackAdoptionNotes(pack);
  if (HasNote(adoption, AdoptionNoteKind::kEnd)) return;
  for (const AdoptionNote& note : adoption.notes) {
    if (note.kind != AdoptionNoteKind::kStart || !note.date || !(*note.date < context.today)) {
      continue;
    }
    EmitAtDate(rule, *pack.readme->source, note,
               {{"date", note.date_text},
                {"days", std::to_string(DaysBetween(*note.date, context.today))}},
               emitter);
  }
}

void CheckAdoptionBothNotes(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                            Emitter& emitter) {
  const ReadmeAdoption adoption = PackAdoptionNotes(pack);
  if (!HasNote(adoption, AdoptionNoteKind::kEnd)) return;
  for (const AdoptionNote& note : adoption.notes) {
    if (note.kind == AdoptionNoteKind::kStart) {
      EmitAtNote(rule, *pack.readme->source, note, {}, emitter);
    }
  }
}

void CheckAdoptionNoteDate(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                           Emitter& emitter) {
  const ReadmeAdoption adoption = PackAdoptionNotes(pack);
  for (const AdoptionNote& note : adoption.notes) {
    std::string problem;
    if (note.date_text.empty()) {
      problem = "is missing";
    } else if (!note.date) {
      problem = "'" + note.date_text + "' cannot be read as a date";
    } else if (!note.canonical_date) {
      problem = "'" + note.date_text + "' is not in the <Month> <Day>, <Year> shape (write " +
                CanonicalDateText(*note.date) + ")";
    } else {
      continue;
    }
    EmitAtDate(rule, *pack.readme->source, note,
               {{"kind", NoteKindName(note.kind)}, {"problem", problem}}, emitter);
  }
}

}  // namespace packaudit
