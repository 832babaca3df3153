// ADOPT002: the start note's date should be about 90 days (83 to 97) after the release that added
// it. The release is the newest release note with a "Started adoption process." line (or the
// start-note text); its date is a date written in that release note, else the scan date. The scan
// date is only an upper bound of the release date, so with it as anchor a gap under 83 days is
// reported only while that release note is still the newest one (the adoption bump is the latest
// change), and a note date that has already passed is left to ADOPT003.
#include "engines/builtin/adopt/adopt_util.h"
#include "engines/builtin/adopt/checks.h"

namespace packaudit {
namespace {

constexpr long kMinDays = 83;
constexpr long kMaxDays = 97;

// A date written in the release note, outside adoption notes quoted in it (their date is the move
// date, not the release date).
std::optional<Date> DateInReleaseNote(const SourceFile& file) {
  for (int n : ContentLines(file)) {
    const std::string_view line = file.Line(n);
    if (ParseAdoptionNoteLine(line)) continue;
    if (std::optional<Date> date = FindDateInText(line)) return date;
  }
  return std::nullopt;
}

}  // namespace

void CheckAdoptionStartWindow(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                              Emitter& emitter) {
  const ReadmeAdoption adoption = PackAdoptionNotes(pack);
  if (!HasNote(adoption, AdoptionNoteKind::kStart)) return;
  const std::vector<const ReleaseNote*> notes = ReleaseNotesByVersion(pack);
  const ReleaseNote* started = nullptr;
  for (auto it = notes.rbegin(); it != notes.rend() && started == nullptr; ++it) {
    for (const AdoptionLine& line : AdoptionLinesOf(*(*it)->file->source)) {
      if (line.mark == AdoptionMark::kStarted) {
        started = *it;
        break;
      }
    }
  }
  const std::optional<Date> release_date =
      started != nullptr ? DateInReleaseNote(*started->file->source) : std::nullopt;
  const bool newest = started != nullptr && started == notes.back();

  for (const AdoptionNote& note : adoption.notes) {
    if (note.kind != AdoptionNoteKind::kStart || !note.date) continue;
    std::string anchor;
    long days = 0;
    bool report = false;
    if (release_date) {
      days = DaysBetween(*release_date, *note.date);
      anchor =
          "the date of release note " + started->file_name + " (" + release_date->ToIso() + ")";
      report = days < kMinDays || days > kMaxDays;
    } else {
      if (*note.date < context.today) continue;
      days = DaysBetween(context.today, *note.date);
      anchor = "the scan date (" + context.today.ToIso() + ")";
      report = days > kMaxDays || (newest && days < kMinDays);
    }
    if (!report) continue;
    EmitAtDate(rule, *pack.readme->source, note,
               {{"date", note.date_text}, {"days", std::to_string(days)}, {"anchor", anchor}},
               emitter);
  }
}

}  // namespace packaudit
