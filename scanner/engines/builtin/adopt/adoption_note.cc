#include "engines/builtin/adopt/adoption_note.h"

#include <re2/re2.h>

#include <array>
#include <cctype>

#include "core/text.h"

namespace packaudit {
namespace {

std::string_view View(const re2::StringPiece& piece) {
  return std::string_view(piece.data(), piece.size());
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool IsBlank(std::string_view text) { return Trim(text).empty(); }

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// "March" but not "MARCH", "march" or "Mar".
bool IsFullTitleCaseMonth(std::string_view name) {
  for (std::string_view month : kMonths) {
    if (name == month) return true;
  }
  return false;
}

// Month-first: "November 1, 2022", "NOV, 01, 2022", "March, 22, 2022", "Oct. 1 2021", "March 3rd,
// 2023".
const RE2& MonthFirstDate() {
  static const RE2 re(
      R"(([A-Za-z]+)(\.?)(\s*,?\s*)(\d{1,2})((?:st|nd|rd|th)?)(\s*,?\s*)(\d{4})\b)");
  return re;
}
// Day-first: "1 November 2022", "1st of November, 2022".
const RE2& DayFirstDate() {
  static const RE2 re(R"((\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})\b)");
  return re;
}
const RE2& IsoDate() {
  static const RE2 re(R"((\d{4})-(\d{2})-(\d{2})\b)");
  return re;
}

// The start of an adoption note, after any Markdown prefix. Group 1: the verb phrase; the match
// ends after the preposition that introduces the date (when there is one).
const RE2& NoteHead() {
  static const RE2 re(
      R"((?i)(?:note\s*[*_]*\s*:?\s*[*_]*\s*)?support\s+for\s+this\s+pack\s+)"
      R"((will\s+be\s+moving|will\s+be\s+moved|will\s+move|is\s+moving|is\s+being\s+moved|)"
      R"(was\s+moved|has\s+been\s+moved|has\s+moved|moved)\s+to\s+(?:the\s+)?partners?\b)"
      R"([\s,]*(?:(?:around|on|starting\s+on|starting\s+from|starting|as\s+of|effective|from|)"
      R"(by)\b\s*)?)");
  return re;
}

const RE2& Email() {
  static const RE2 re(R"(([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}))");
  return re;
}
const RE2& Url() {
  static const RE2 re(R"((https?://[^\s<>()\[\]"'`*]+))");
  return re;
}
const RE2& ContactWords() {
  static const RE2 re(R"((?i)\bcontact\b|support\s+link|reach\s+(?:out\s+to\s+)?the\s+partner)");
  return re;
}

// Length of the Markdown prefix of a line: indentation, quote markers, list bullets, emphasis and
// heading marks ("> ", "- ", "**", "## ").
size_t MarkupPrefix(std::string_view line) {
  size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (c == ' ' || c == '\t' || c == '>' || c == '*' || c == '_' || c == '#' || c == '-' ||
        c == '+') {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

void CollectContacts(std::string_view text, AdoptionNote& note) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  while (RE2::FindAndConsume(&input, Email(), &match)) {
    std::string value(View(match));
    while (!value.empty() && (value.back() == '.' || value.back() == '-')) value.pop_back();
    note.emails.push_back(std::move(value));
  }
  input = re2::StringPiece(text.data(), text.size());
  while (RE2::FindAndConsume(&input, Url(), &match)) {
    std::string value(View(match));
    while (!value.empty() && std::string_view(".,;:!?").find(value.back()) != std::string::npos) {
      value.pop_back();
    }
    note.urls.push_back(std::move(value));
  }
}

// Sets the contact clause from `text` (what follows the date), when it names a way to reach the
// partner.
void SetContact(std::string_view text, AdoptionNote& note) {
  note.emails.clear();
  note.urls.clear();
  CollectContacts(text, note);
  const bool contact =
      !note.emails.empty() || !note.urls.empty() ||
      RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), ContactWords());
  note.contact_clause = contact ? std::string(Trim(text)) : std::string();
}

// The offset just past the end of the date-like text when no date could be read: the first sentence
// end ("." followed by a space or the end), else the end of the text.
size_t SentenceEnd(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ')) return i;
  }
  return text.size();
}

}  // namespace

std::string CanonicalDateText(const Date& date) {
  return std::string(kMonths[static_cast<size_t>(date.month - 1)]) + " " +
         std::to_string(date.day) + ", " + std::to_string(date.year);
}

NoteDate ParseNoteDate(std::string_view text) {
  NoteDate result;
  const re2::StringPiece input(text.data(), text.size());
  std::array<re2::StringPiece, 8> g;
  if (MonthFirstDate().Match(input, 0, input.size(), RE2::ANCHOR_START, g.data(), 8)) {
    result.length = g[0].size();
    const std::optional<int> month = MonthFromName(View(g[1]));
    if (month) result.date = Date::FromParts(ToInt(View(g[7])), *month, ToInt(View(g[4])));
    result.canonical = result.date.has_value() && IsFullTitleCaseMonth(View(g[1])) &&
                       g[2].empty() && View(g[3]) == " " && g[5].empty() && View(g[6]) == ", ";
    if (month) return result;
    result = NoteDate{};  // a word that is no month ("on the 1st"): try the other shapes
  }
  if (DayFirstDate().Match(input, 0, input.size(), RE2::ANCHOR_START, g.data(), 4)) {
    result.length = g[0].size();
    if (const std::optional<int> month = MonthFromName(View(g[2]))) {
      result.date = Date::FromParts(ToInt(View(g[3])), *month, ToInt(View(g[1])));
      return result;
    }
    result = NoteDate{};
  }
  if (IsoDate().Match(input, 0, input.size(), RE2::ANCHOR_START, g.data(), 4)) {
    result.length = g[0].size();
    result.date = Date::FromParts(ToInt(View(g[1])), ToInt(View(g[2])), ToInt(View(g[3])));
  }
  return result;
}

std::optional<Date> FindDateInText(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    // A date starts at a word start: a letter or digit after a non-alphanumeric character.
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!std::isalnum(c)) continue;
    if (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) continue;
    const NoteDate date = ParseNoteDate(text.substr(i));
    if (date.date) return date.date;
  }
  return std::nullopt;
}

std::optional<AdoptionNote> ParseAdoptionNoteLine(std::string_view line) {
  const size_t prefix = MarkupPrefix(line);
  const std::string_view body = line.substr(prefix);
  const re2::StringPiece input(body.data(), body.size());
  std::array<re2::StringPiece, 2> g;
  if (!NoteHead().Match(input, 0, input.size(), RE2::ANCHOR_START, g.data(), 2)) {
    return std::nullopt;
  }
  AdoptionNote note;
  const std::string verb = [&] {
    std::string lower;
    for (char c : View(g[1]))
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
  }();
  const bool start =
      verb.rfind("will", 0) == 0 || verb.rfind("is ", 0) == 0 || verb.rfind("is\t", 0) == 0;
  note.kind = start ? AdoptionNoteKind::kStart : AdoptionNoteKind::kEnd;
  const std::string_view trimmed_line = Trim(line);
  note.begin = prefix;
  note.end = static_cast<size_t>(trimmed_line.data() - line.data()) + trimmed_line.size();
  if (note.end < note.begin) note.end = note.begin;
  note.text = std::string(trimmed_line);

  // The date: right after the head, past any emphasis marks ("on **March 1, 2023**").
  size_t date_at = prefix + g[0].size();
  while (date_at < line.size() && (line[date_at] == '*' || line[date_at] == '_')) ++date_at;
  const std::string_view rest = line.substr(date_at);
  const NoteDate date = ParseNoteDate(rest);
  size_t after_date = date_at;
  if (date.length > 0) {
    note.date_begin = date_at;
    note.date_end = date_at + date.length;
    note.date = date.date;
    note.canonical_date = date.canonical;
    after_date = note.date_end;
  } else {
    std::string_view guess = rest.substr(0, SentenceEnd(rest));
    while (!guess.empty() && (guess.back() == '*' || guess.back() == '_' ||
                              std::isspace(static_cast<unsigned char>(guess.back())))) {
      guess.remove_suffix(1);
    }
    note.date_begin = date_at;
    note.date_end = date_at + guess.size();
    after_date = note.date_end;
  }
  if (note.date_end > note.end) note.date_end = note.end;
  if (note.date_begin > note.date_end) note.date_begin = note.date_end;
  note.date_text = std::string(line.substr(note.date_begin, note.date_end - note.date_begin));
  SetContact(line.substr(std::min(after_date, line.size())), note);
  return note;
}

ReadmeAdoption FindAdoptionNotes(const SourceFile& file) {
  ReadmeAdoption result;
  const std::string_view text = file.text();
  bool in_fence = false;
  bool in_comment = false;
  std::string_view fence;
  const int lines = file.line_count();
  for (int n = 1; n <= lines; ++n) {
    const std::string_view line = file.Line(n);
    const std::string_view trimmed = Trim(line);
    if (in_comment) {
      if (trimmed.find("-->") != std::string_view::npos) in_comment = false;
      continue;
    }
    if (in_fence) {
      if (trimmed.rfind(fence, 0) == 0) in_fence = false;
      continue;
    }
    if (trimmed.rfind("```", 0) == 0 || trimmed.rfind("~~~", 0) == 0) {
      in_fence = true;
      fence = trimmed.substr(0, 3);
      if (result.first_content_line == 0) result.first_content_line = n;
      continue;
    }
    if (trimmed.rfind("<!--", 0) == 0) {
      const size_t close = trimmed.find("-->");
      if (close == std::string_view::npos) {
        in_comment = true;
        continue;
      }
      if (IsBlank(trimmed.substr(close + 3))) continue;  // a comment-only line
    }
    if (trimmed.empty()) continue;
    // A line holding only a marketplace tag ("<~XSOAR>") shows nothing itself.
    static const RE2 kMarketplaceTag(R"(</?~[A-Za-z0-9_]+>)");
    if (RE2::FullMatch(re2::StringPiece(trimmed.data(), trimmed.size()), kMarketplaceTag)) continue;
    if (result.first_content_line == 0) result.first_content_line = n;

    std::optional<AdoptionNote> note = ParseAdoptionNoteLine(line);
    if (!note) continue;
    const size_t base = file.LineStart(n);
    note->line = n;
    note->begin += base;
    note->end += base;
    note->date_begin += base;
    note->date_end += base;
    // The contact clause may go on in the lines right after the note ("Please contact the partner
    // directly via the support link on the right."), in its paragraph or after one blank line.
    std::string tail(text.substr(note->date_end, file.LineEnd(n) - note->date_end));
    bool blank_seen = false;
    for (int next = n + 1; next <= lines && next <= n + 3; ++next) {
      const std::string_view more = file.Line(next);
      if (IsBlank(more)) {
        if (blank_seen) break;
        blank_seen = true;
        continue;
      }
      if (ParseAdoptionNoteLine(more) ||
          !RE2::PartialMatch(re2::StringPiece(more.data(), more.size()), ContactWords())) {
        break;
      }
      tail += ' ';
      tail += Trim(more);
    }
    SetContact(tail, *note);
    result.notes.push_back(std::move(*note));
  }
  return result;
}

AdoptionMark AdoptionMarkOf(std::string_view line) {
  static const RE2 kStarted(
      R"((?i)^\s*(?:started|starting|start\s+of)\s+(?:the\s+)?adoption\s+process\b)");
  static const RE2 kCompleted(R"((?i)^\s*(?:completed|completing|completion\s+of|end\s+of)\s+)"
                              R"((?:the\s+)?adoption\s+process\b)");
  const std::string_view body = line.substr(MarkupPrefix(line));
  const re2::StringPiece input(body.data(), body.size());
  if (RE2::PartialMatch(input, kStarted)) return AdoptionMark::kStarted;
  if (RE2::PartialMatch(input, kCompleted)) return AdoptionMark::kCompleted;
  if (const std::optional<AdoptionNote> note = ParseAdoptionNoteLine(line)) {
    return note->kind == AdoptionNoteKind::kStart ? AdoptionMark::kStarted
                                                  : AdoptionMark::kCompleted;
  }
  return AdoptionMark::kNone;
}

}  // namespace packaudit
