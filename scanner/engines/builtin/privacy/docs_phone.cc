#include "engines/builtin/privacy/docs_phone.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

namespace packaudit {
namespace privacy_docs {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) { return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSeparator(char c) { return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')'; }

struct Run {
  size_t end = 0;  // just past the last digit
  std::string digits;
};

// Digits from `begin` (a '+', '(' or digit), joined by short runs of separators (at most three
// characters, no two spaces, never a line break).
Run ConsumeNumber(std::string_view text, size_t begin) {
  Run run;
  size_t pos = begin;
  if (pos < text.size() && text[pos] == '+') ++pos;
  size_t separators = 0;
  bool space = false;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (IsDigit(c)) {
      run.digits += c;
      run.end = pos + 1;
      separators = 0;
      space = false;
      continue;
    }
    if (!IsSeparator(c)) break;
    if (++separators > 3 || (c == ' ' && space)) break;
    space = c == ' ';
  }
  return run;
}

// The NANP national number (10 digits) of a number, or "".
std::string NanpNational(const std::string& digits, bool international) {
  if (digits.size() == 11 && digits[0] == '1') return digits.substr(1);
  if (!international && digits.size() == 10) return digits;
  return "";
}

// True for runs like "7777777" or "3456789".
bool IsRun(std::string_view digits) {
  bool same = true;
  bool counting = true;
  for (size_t i = 1; i < digits.size(); ++i) {
    same = same && digits[i] == digits[0];
    counting = counting && (digits[i] - '0') == (digits[i - 1] - '0' + 1) % 10;
  }
  return same || counting;
}

// Placeholders: the whole number, or its last seven digits (the subscriber part), is one
// repeated digit or a counting run ("+7 (900) 000-00-00", "+81-90-1234-5678"), or the
// subscriber part uses two digits or fewer ("050505050").
bool IsPlaceholder(const std::string& digits) {
  if (IsRun(digits)) return true;
  if (digits.size() < 7) return false;
  const std::string_view subscriber = std::string_view(digits).substr(digits.size() - 7);
  if (IsRun(subscriber)) return true;
  // Two digits or fewer in the subscriber part: "050505050", "5551212".
  std::array<bool, 10> used{};
  int distinct = 0;
  for (char c : subscriber) {
    if (!used[c - '0']) ++distinct;
    used[c - '0'] = true;
  }
  return distinct <= 2;
}

// Fictional ranges, company-only lines and placeholders.
bool IsExcluded(const std::string& digits, bool international) {
  if (IsPlaceholder(digits)) return true;
  const std::string nanp = NanpNational(digits, international);
  if (!nanp.empty()) {
    const std::string area = nanp.substr(0, 3);
    if (area == "555" || nanp.substr(3, 3) == "555") return true;
    constexpr std::array<std::string_view, 7> kTollFree = {"800", "833", "844", "855",
                                                           "866", "877", "888"};
    if (std::find(kTollFree.begin(), kTollFree.end(), area) != kTollFree.end()) return true;
  }
  // Short NANP forms of the 555 range: "+1 555-0100", "555-0143".
  const std::string_view national =
      international && digits[0] == '1' ? std::string_view(digits).substr(1) : digits;
  if (national.size() <= 8 && national.rfind("555", 0) == 0) return true;
  // Ofcom's drama ranges: 020 7946 0xxx, 0113 496 0xxx, 07700 900xxx.
  constexpr std::array<std::string_view, 6> kDrama = {"442079460", "441134960", "447700900",
                                                      "02079460",  "01134960",  "07700900"};
  return std::any_of(kDrama.begin(), kDrama.end(),
                     [&](std::string_view prefix) { return digits.rfind(prefix, 0) == 0; });
}

bool LooksLikeDateOrAddress(std::string_view raw) {
  static const RE2 kDate(R"(^\d{4}[-/.]\d{1,2}[-/.]\d{1,2})");
  static const RE2 kIp(R"(^\d{1,3}(?:\.\d{1,3}){3}$)");
  const re2::StringPiece piece(raw.data(), raw.size());
  return RE2::PartialMatch(piece, kDate) || RE2::PartialMatch(piece, kIp);
}

// "+<digits>" after a separator, e.g. "+44 20 7946 1234" or "tel:+4930123456".
void FindInternational(std::string_view text, std::vector<PhoneMatch>& out) {
  constexpr std::string_view kBefore = " \t\r\n\"'(:>|,;[*_`=";
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '+' || !IsDigit(text[i + 1])) continue;
    if (i > 0 && kBefore.find(text[i - 1]) == std::string_view::npos) continue;
    const Run run = ConsumeNumber(text, i);
    const size_t after = run.end;
    const bool clean_end =
        after >= text.size() ||
        (!IsAlnum(text[after]) && text[after] != '@' && text[after] != '/' &&
         !(text[after] == ':' && after + 1 < text.size() && IsDigit(text[after + 1])));
    if (run.digits.size() >= 8 && run.digits.size() <= 15 && clean_end &&
        !IsExcluded(run.digits, true)) {
      out.push_back({i, run.end, run.digits});
    }
    i = std::max(i, run.end > 0 ? run.end - 1 : i);
  }
}

// A number after a phone label: "Phone: ...", "mobilePhone": "...", "tel=...".
void FindLabelled(std::string_view text, std::vector<PhoneMatch>& out) {
  static const RE2 kLabel(
      R"re((?i)(?:phone|mobile|\btel|\bcell|\bfax|\bsms)(?:[ _-]?(?:number|num|no))?["']?[ \t]*[:=][ \t*_"']*)re");
  const re2::StringPiece whole(text.data(), text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    re2::StringPiece match;
    if (!kLabel.Match(whole, pos, text.size(), RE2::UNANCHORED, &match, 1)) break;
    const size_t start = static_cast<size_t>(match.data() - text.data()) + match.size();
    pos = std::max(start, pos + 1);
    if (start >= text.size()) break;
    const char first = text[start];
    if (!IsDigit(first) && first != '+' && first != '(') continue;
    const Run run = ConsumeNumber(text, start);
    if (run.end == 0) continue;
    const std::string_view raw = text.substr(start, run.end - start);
    const bool clean_end = run.end >= text.size() || !IsAlnum(text[run.end]);
    if (run.digits.size() < 7 || run.digits.size() > 15 || !clean_end ||
        LooksLikeDateOrAddress(raw) || IsExcluded(run.digits, first == '+')) {
      continue;
    }
    const bool seen = std::any_of(out.begin(), out.end(), [&](const PhoneMatch& m) {
      return start >= m.begin && start < m.end;
    });
    if (!seen) out.push_back({start, run.end, run.digits});
    pos = std::max(pos, run.end);
  }
}

}  // namespace

std::vector<PhoneMatch> FindPhoneNumbers(std::string_view text) {
  std::vector<PhoneMatch> out;
  FindInternational(text, out);
  FindLabelled(text, out);
  std::sort(out.begin(), out.end(),
            [](const PhoneMatch& a, const PhoneMatch& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace privacy_docs
}  // namespace packaudit
