// Adopt-a-Pack notes: the "Note: Support for this pack will be moved to the partner on <date>."
// (start) and "Note: Support for this pack moved to the partner on <date>. Please contact ..."
// (end) lines that a pack README carries while and after its support moves to a partner, and the
// "Started/Completed adoption process." lines of the release notes.
//
// The wording changed over the years, so the parser accepts the whole family of forms:
//   - "will be moving to the partner around", "will be moved to (the) Partner on/starting",
//     "moved / was moved / has been moved to (the) partner on/starting";
//   - any case, "Pack"/"pack", with or without "Note:" (also bold "**Note:**", quoted "> Note:",
//     or as a list item);
//   - dates with long or short month names, with or without commas ("NOV, 01, 2022",
//     "March, 22, 2022", "November 1, 2022", "Oct. 1 2021"), day-first ("1 November 2022") and
//     ISO ("2022-11-01").
// The canonical date shape is "<Month> <Day>, <Year>" with the full English month name
// ("November 1, 2022"; a zero-padded day, as the helper script writes it, also counts).
//
// Pure functions over text; no state; thread-safe. Offsets are byte offsets into the text given.
#ifndef PACKAUDIT_ENGINES_BUILTIN_ADOPT_ADOPTION_NOTE_H_
#define PACKAUDIT_ENGINES_BUILTIN_ADOPT_ADOPTION_NOTE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/source_file.h"

namespace packaudit {

enum class AdoptionNoteKind { kStart, kEnd };

// A date at the start of a text, as far as it could be read.
struct NoteDate {
  std::optional<Date> date;  // nullopt: no date, or an impossible one ("February 30, 2023")
  bool canonical = false;    // "<Month> <Day>, <Year>" with a full month name
  size_t length = 0;         // bytes of the text the date spans (0: no date shape found)
};

// Reads a date at the start of `text` (leading spaces are not skipped).
NoteDate ParseNoteDate(std::string_view text);

// `date` in the canonical shape: "November 1, 2022".
std::string CanonicalDateText(const Date& date);

// The first date anywhere in `text` (month-name or ISO forms), or nullopt.
std::optional<Date> FindDateInText(std::string_view text);

struct AdoptionNote {
  AdoptionNoteKind kind = AdoptionNoteKind::kStart;
  int line = 0;      // 1-based line of the note (0 for ParseAdoptionNoteLine)
  size_t begin = 0;  // bytes [begin, end) of the note text (line without markup prefix)
  size_t end = 0;
  std::string text;       // the note line as written, trimmed
  std::string date_text;  // the date as written; "" when the note names no date at all
  size_t date_begin = 0;  // bytes [date_begin, date_end) of date_text (empty date: the note end)
  size_t date_end = 0;
  std::optional<Date> date;         // parsed date_text
  bool canonical_date = false;      // date_text has the "<Month> <Day>, <Year>" shape
  std::string contact_clause;       // text after the date that tells how to reach the partner
  std::vector<std::string> emails;  // email addresses quoted in the note (and its paragraph)
  std::vector<std::string> urls;    // http(s) URLs quoted in the note (and its paragraph)
};

// Parses one line as an adoption note; offsets are relative to `line`. The contact clause, emails
// and URLs come from this line only.
std::optional<AdoptionNote> ParseAdoptionNoteLine(std::string_view line);

struct ReadmeAdoption {
  std::vector<AdoptionNote> notes;  // in file order
  int first_content_line = 0;       // first line that is not blank, an HTML comment or only a
                                    // marketplace tag ("<~XSOAR>"); 0: none
};

// Every adoption note of a Markdown file (outside fenced code and HTML comments). A note's contact
// clause also takes the rest of its paragraph and a "contact the partner" line right after it.
// Offsets are into file.text().
ReadmeAdoption FindAdoptionNotes(const SourceFile& file);

// What a release-note line says about the adoption: "Started adoption process." (also "Start of
// adoption process") or a start note -> kStarted; "Completed adoption process." or an end note ->
// kCompleted.
enum class AdoptionMark { kNone, kStarted, kCompleted };
AdoptionMark AdoptionMarkOf(std::string_view line);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_ADOPT_ADOPTION_NOTE_H_
