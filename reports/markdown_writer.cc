#include "reports/markdown_writer.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "reports/finding_rank.h"
#include "reports/rule_help.h"
#include "reports/uri.h"

namespace packaudit {
namespace {

constexpr size_t kMaxMessageChars = 300;
constexpr size_t kMaxPathChars = 300;
constexpr size_t kMaxNameChars = 100;
constexpr size_t kMaxShortChars = 40;
constexpr size_t kMaxCellChars = 300;
constexpr size_t kMaxNoteChars = 500;
constexpr char kZeroWidthSpace[] = "\xE2\x80\x8B";
constexpr char kReplacement[] = "\xEF\xBF\xBD";

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Next code point of UTF-8 `text` at `*i` (advanced); invalid bytes give U+FFFD, one at a time.
char32_t NextCodePoint(std::string_view text, size_t* i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(*i);
  size_t length = 0;
  char32_t cp = 0;
  if (b0 < 0x80) {
    ++*i;
    return b0;
  } else if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    cp = b0 & 0x07;
  }
  if (length == 0 || *i + length > text.size()) {
    ++*i;
    return 0xFFFD;
  }
  for (size_t k = 1; k < length; ++k) {
    const unsigned char b = byte(*i + k);
    if ((b & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++*i;
    return 0xFFFD;
  }
  *i += length;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsControl(char32_t cp) { return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F); }

// Bidirectional embedding, override and isolate controls (they can reorder what people read).
bool IsBidiControl(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// ASCII punctuation with a meaning somewhere in GitHub Flavored Markdown inside a line: code,
// emphasis, links and images (with '[' and ']' escaped, '(' and ')' cannot form one), HTML and
// entities, tables, strikethrough, math, headings.
bool NeedsBackslash(char c) {
  switch (c) {
    case '\\':
    case '`':
    case '*':
    case '[':
    case ']':
    case '<':
    case '>':
    case '|':
    case '!':
    case '#':
    case '~':
    case '{':
    case '}':
    case '$':
      return true;
    default:
      return false;
  }
}

bool StartsWithWww(std::string_view text, size_t i) {
  if (i + 4 > text.size()) return false;
  for (size_t k = 0; k < 3; ++k) {
    if ((text[i + k] | 0x20) != 'w') return false;
  }
  return text[i + 3] == '.';
}

// Whitespace runs collapsed and trimmed, cut to `max_chars` characters.
std::string Clean(std::string_view text, size_t max_chars) {
  return TruncateText(CollapseWhitespace(text), max_chars);
}

// A code span for a table cell: control characters become spaces, '|' is escaped (GFM splits
// cells before code spans are parsed), and the backtick fence is longer than any run inside.
std::string CodeSpan(std::string_view text) {
  std::string body;
  size_t run = 0;
  size_t longest = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = NextCodePoint(text, &i);
    if (cp == '`') {
      longest = std::max(longest, ++run);
    } else {
      run = 0;
    }
    if (IsControl(cp)) {
      body += ' ';
    } else if (IsBidiControl(cp)) {
      body += kReplacement;
    } else if (cp == '|') {
      body += "\\|";
    } else {
      AppendUtf8(cp, &body);
    }
  }
  const std::string fence(longest + 1, '`');
  const bool pad = !body.empty() && (body.front() == '`' || body.back() == '`' ||
                                     body.front() == ' ' || body.back() == ' ');
  return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

// A link target: `base` with the characters that would end or break a Markdown link
// percent-encoded.
std::string SafeUrl(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : url) {
    const auto b = static_cast<unsigned char>(c);
    const bool unsafe = b <= 0x20 || b == 0x7F || c == '(' || c == ')' || c == '<' || c == '>' ||
                        c == '"' || c == '`' || c == '|' || c == '\\' || c == '[' || c == ']';
    if (unsafe) {
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

std::string Location(const Finding& f, const std::string& link_base) {
  const std::string line = std::to_string(std::max(f.region.start_line, 1));
  const std::string shown = Clean(f.path, kMaxPathChars) + ":" + line;
  const bool linkable = !link_base.empty() && !f.path.empty() && f.path.front() != '/';
  if (!linkable) return CodeSpan(shown);
  return "[" + EscapeMarkdownText(shown) + "](" + link_base + SafeUrl(PercentEncodePath(f.path)) +
         "#L" + line + ")";
}

std::string FailingGroups(const PackVerdict& verdict) {
  std::string failing;
  for (const GroupResult& g : verdict.groups) {
    if (g.passed) continue;
    if (!failing.empty()) failing += "; ";
    failing += (g.title.empty() ? g.name : g.title) + " (";
    for (size_t i = 0; i < g.failing_rules.size(); ++i) {
      failing += (i > 0 ? ", " : "") + g.failing_rules[i];
    }
    failing += ")";
  }
  return failing.empty() ? "-" : EscapeMarkdownText(Clean(failing, kMaxCellChars));
}

std::string PackRow(const PackSummary& pack) {
  auto cell = [](const std::string& text, size_t max_chars) {
    return text.empty() ? std::string("-") : EscapeMarkdownText(Clean(text, max_chars));
  };
  std::string verdict(VerdictTitle(pack.verdict.verdict));
  if (pack.verdict.verdict != Verdict::kCertificationReady) verdict = "**" + verdict + "**";
  return "| " + cell(pack.name, kMaxNameChars) + " | " + cell(pack.support, kMaxShortChars) +
         " | " + cell(pack.version, kMaxShortChars) + " | " + verdict + " | " +
         FailingGroups(pack.verdict) + " |\n";
}

std::string FindingRow(const Finding& f, const std::string& link_base) {
  return "| " + std::string(SeverityName(f.severity)) + " | " +
         EscapeMarkdownText(Clean(f.rule_id, kMaxShortChars)) + " | " + Location(f, link_base) +
         " | " + EscapeMarkdownText(Clean(f.message, kMaxMessageChars)) + " |\n";
}

std::string GateLine(const MarkdownOptions& options) {
  const std::string threshold = "`" + options.fail_on + "`";  // one of the CLI's fixed values
  if (options.fail_on == "none") return "\xE2\x9C\x85 **Gate passed** (fail-on `none`).\n";
  if (options.gate_failed) {
    return "\xE2\x9D\x8C **Gate failed**: " +
           Plural(static_cast<size_t>(std::max(options.gate_count, 0)), "active finding",
                  "active findings") +
           " at or above " + threshold + ".\n";
  }
  return "\xE2\x9C\x85 **Gate passed**: no active findings at or above " + threshold + ".\n";
}

// Everything that does not depend on how many rows are shown, and the rows themselves.
struct Parts {
  std::string head;                    // heading and gate line
  std::vector<std::string> pack_rows;  // verdict table rows
  std::string counts;                  // findings and baseline lines
  std::vector<std::string> notes;      // scope note list items
  std::vector<std::string> finding_rows;
  size_t active = 0;  // active findings (finding_rows holds at most max_findings of them)
  std::string footer;
};

Parts BuildParts(const ScanResult& result, const MarkdownOptions& options) {
  Parts parts;
  parts.head = "## packaudit\n\n" + GateLine(options);

  std::vector<const PackSummary*> packs;
  for (const PackSummary& pack : result.packs) packs.push_back(&pack);
  std::stable_sort(packs.begin(), packs.end(), [](const PackSummary* a, const PackSummary* b) {
    return a->verdict.verdict < b->verdict.verdict;
  });
  for (const PackSummary* pack : packs) parts.pack_rows.push_back(PackRow(*pack));

  size_t counts[3] = {0, 0, 0};
  size_t suppressed = 0;
  size_t unchanged = 0;
  std::vector<const Finding*> active;
  for (const Finding& f : result.findings) {
    if (f.active()) {
      ++counts[static_cast<int>(f.severity)];
      active.push_back(&f);
    } else if (f.suppressed()) {
      ++suppressed;
    } else {
      ++unchanged;
    }
  }
  parts.active = active.size();
  parts.counts =
      "**Findings**: " + Plural(counts[static_cast<int>(Severity::kError)], "error", "errors") +
      ", " + Plural(counts[static_cast<int>(Severity::kWarning)], "warning", "warnings") + ", " +
      Plural(counts[static_cast<int>(Severity::kNote)], "note", "notes") + " (" +
      std::to_string(active.size()) + " active).";
  const bool baseline = !result.baseline_path.empty();
  if (suppressed > 0 || baseline) {
    parts.counts += " Not counted: " + std::to_string(suppressed) + " suppressed";
    if (baseline)
      parts.counts += ", " + std::to_string(unchanged) + " unchanged since the baseline";
    parts.counts += ".";
  }
  parts.counts += "\n";
  if (baseline) {
    parts.counts +=
        "\n**Baseline**: " + EscapeMarkdownText(Clean(result.baseline_path, 300)) + " (" +
        Plural(static_cast<size_t>(std::max(result.baseline_absent, 0)), "entry", "entries") +
        " no longer found).\n";
  }

  for (const std::string& note : result.scope_notes) {
    const std::string text = Clean(note, kMaxNoteChars);
    if (!text.empty()) parts.notes.push_back("- " + EscapeMarkdownText(text) + "\n");
  }

  active = MostSevereFirst(std::move(active), result.rules);
  if (active.size() > options.max_findings) active.resize(options.max_findings);
  for (const Finding* f : active) parts.finding_rows.push_back(FindingRow(*f, options.link_base));

  size_t skipped = 0;
  for (const SkippedPath& s : result.skipped) {
    if (!s.rule_id.empty()) ++skipped;
  }
  parts.footer = Plural(result.findings.size(), "finding", "findings") + " in total. Scanned " +
                 Plural(static_cast<size_t>(std::max(result.files_scanned, 0)), "file", "files") +
                 " in " + Plural(result.packs.size(), "pack", "packs") + "; " +
                 Plural(skipped, "path", "paths") + " skipped.";
  if (!result.scan_date.empty()) {
    parts.footer += " Scan date " + EscapeMarkdownText(Clean(result.scan_date, 40)) + ".";
  }
  if (!result.tool_version.empty()) {
    parts.footer += " packaudit " + EscapeMarkdownText(Clean(result.tool_version, 40)) + ".";
  }
  parts.footer += "\n";
  return parts;
}

// The document with the first `packs`, `findings` and `notes` rows of each part.
std::string Assemble(const Parts& parts, const MarkdownOptions& options, size_t packs,
                     size_t findings, size_t notes) {
  const std::string size_reason =
      " to keep this summary under " + std::to_string(options.max_bytes) + " bytes";
  std::string out = parts.head;
  if (!parts.pack_rows.empty()) {
    out += "\n### Pack verdicts\n\n";
    if (packs > 0) {
      out += "| Pack | Support | Version | Verdict | Failing groups |\n";
      out += "| --- | --- | --- | --- | --- |\n";
      for (size_t i = 0; i < packs; ++i) out += parts.pack_rows[i];
    }
    if (packs < parts.pack_rows.size()) {
      out += (packs > 0 ? "\n" : "") +
             Plural(parts.pack_rows.size() - packs, "more pack", "more packs") + " left out" +
             size_reason + ".\n";
    }
  }
  out += "\n" + parts.counts;
  if (!parts.notes.empty()) {
    out += "\n### Scope\n\n";
    for (size_t i = 0; i < notes; ++i) out += parts.notes[i];
    if (notes < parts.notes.size()) {
      out += (notes > 0 ? "\n" : "") +
             Plural(parts.notes.size() - notes, "more scope note", "more scope notes") +
             " left out" + size_reason + ".\n";
    }
  }
  out += "\n### Top findings\n\n";
  if (parts.active == 0) {
    out += "No active findings.\n";
  } else {
    if (findings > 0) {
      out += "| Severity | Rule | Location | Message |\n";
      out += "| --- | --- | --- | --- |\n";
      for (size_t i = 0; i < findings; ++i) out += parts.finding_rows[i];
    }
    if (findings < parts.active) {
      const bool cut = findings < parts.finding_rows.size();
      out += findings > 0
                 ? "\nShowing the " + std::to_string(findings) + " most severe of " +
                       std::to_string(parts.active) + " active findings" +
                       (cut ? " (rows left out" + size_reason + ")" : "") + "; " +
                       std::to_string(parts.active - findings) + " more are in the full reports.\n"
                 : Plural(parts.active, "active finding", "active findings") + " left out" +
                       size_reason + "; see the full reports.\n";
    }
  }
  out += "\n" + parts.footer;
  return out;
}

// The largest n in [0, max] for which fits(n) holds, given fits is monotonic (true up to some
// n); 0 when even fits(0) is false.
template <typename Fits>
size_t LargestFitting(size_t max, const Fits& fits) {
  if (fits(max)) return max;
  size_t low = 0;  // fits(low) assumed (or nothing fits)
  size_t high = max;
  while (low + 1 < high) {
    const size_t mid = low + (high - low) / 2;
    if (fits(mid)) {
      low = mid;
    } else {
      high = mid;
    }
  }
  return low;
}

}  // namespace

std::string EscapeMarkdownText(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  bool at_start = true;         // no visible character written yet
  bool leading_digits = false;  // only digits so far
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(text, &i);
    if (IsControl(cp) || cp == ' ') {
      out += ' ';
      continue;
    }
    if (IsBidiControl(cp)) {
      out += kReplacement;
      at_start = leading_digits = false;
      continue;
    }
    if (cp >= 0x80) {
      AppendUtf8(cp, &out);
      at_start = leading_digits = false;
      continue;
    }
    const char c = static_cast<char>(cp);
    const bool starts_block = at_start && (c == '-' || c == '+');
    const bool ends_list_number = leading_digits && (c == '.' || c == ')') &&
                                  (i == text.size() || text[i] == ' ' || text[i] == '\t');
    // '_' between letters or digits cannot start or end emphasis; '&' starts an entity only
    // before a letter, a digit or '#'.
    const auto alnum = [](char x) { return std::isalnum(static_cast<unsigned char>(x)) != 0; };
    const bool next_alnum = i < text.size() && alnum(text[i]);
    const bool unsafe_underscore = c == '_' && !(at > 0 && alnum(text[at - 1]) && next_alnum);
    const bool unsafe_ampersand = c == '&' && i < text.size() && (next_alnum || text[i] == '#');
    if (NeedsBackslash(c) || unsafe_underscore || unsafe_ampersand || starts_block ||
        ends_list_number) {
      out += '\\';
    }
    if ((c | 0x20) == 'w' && StartsWithWww(text, at)) {
      out += text.substr(at, 3);
      out += kZeroWidthSpace;
      i = at + 3;
      at_start = leading_digits = false;
      continue;
    }
    out += c;
    // Break GitHub's automatic links and references: "@user", "a@b.example", "#12", "x://".
    if (c == '@' || c == '#') out += kZeroWidthSpace;
    if (c == ':' && text.substr(i, 2) == "//") out += kZeroWidthSpace;
    leading_digits = (at_start || leading_digits) && c >= '0' && c <= '9';
    at_start = false;
  }
  return out;
}

std::string RenderMarkdown(const ScanResult& result, const MarkdownOptions& options) {
  MarkdownOptions opts = options;
  if (!opts.link_base.empty()) {
    opts.link_base = SafeUrl(opts.link_base);
    if (opts.link_base.back() != '/') opts.link_base += '/';
  }
  const Parts parts = BuildParts(result, opts);
  size_t packs = parts.pack_rows.size();
  size_t findings = parts.finding_rows.size();
  size_t notes = parts.notes.size();
  auto fits = [&](size_t p, size_t f, size_t n) {
    return Assemble(parts, opts, p, f, n).size() <= opts.max_bytes;
  };
  if (!fits(packs, findings, notes)) {
    packs = LargestFitting(packs, [&](size_t p) { return fits(p, findings, notes); });
  }
  if (!fits(packs, findings, notes)) {
    findings = LargestFitting(findings, [&](size_t f) { return fits(packs, f, notes); });
  }
  if (!fits(packs, findings, notes)) {
    notes = LargestFitting(notes, [&](size_t n) { return fits(packs, findings, n); });
  }
  return Assemble(parts, opts, packs, findings, notes);
}

}  // namespace packaudit
