#include "engines/builtin/security/secrets_text.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "core/text.h"
#include "engines/builtin/security/secrets_indicators.h"

namespace packaudit::secrets {
namespace {

constexpr std::string_view kMarkerText = "disable-secrets-detection";
constexpr size_t kLongBase64 = 500;  // base64 runs longer than this are dropped (SDK)
constexpr size_t kMinSecretLength = 16;
constexpr double kMaxRandomRun = 3.0;  // average run length below which a value looks random

std::string_view Basename(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The extension as Python's os.path.splitext gives it ("" for ".pack-ignore" and "Pipfile").
std::string Extension(std::string_view path) {
  std::string_view name = Basename(path);
  size_t leading = 0;
  while (leading < name.size() && name[leading] == '.') ++leading;
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot < leading) return "";
  return Lower(name.substr(dot));
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool IsBase64Char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/';
}

// Replaces base64 runs longer than kLongBase64 with spaces (offsets are kept).
void BlankLongBase64(std::string& text) {
  size_t i = 0;
  while (i < text.size()) {
    if (!IsBase64Char(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsBase64Char(text[j])) ++j;
    while (j < text.size() && text[j] == '=') ++j;
    if (j - i > kLongBase64) std::fill(text.begin() + i, text.begin() + j, ' ');
    i = j;
  }
}

// The SDK drops the first bracketed expression of a line: from the token holding the first
// opening bracket to the token holding the last closing bracket after it.
void BlankBracketed(std::string& line) {
  const size_t open = line.find_first_of("([{");
  const size_t close = line.find_last_of(")]}");
  if (open == std::string::npos || close == std::string::npos || close < open) return;
  size_t begin = open;
  while (begin > 0 && !IsSpace(line[begin - 1])) --begin;
  size_t end = close + 1;
  while (end < line.size() && !IsSpace(line[end])) ++end;
  std::fill(line.begin() + begin, line.begin() + end, ' ');
}

const RE2& DateRe() {
  static const RE2 re(R"(\d{4}[/.-]\d{2}[/.-]\d{2})");
  return re;
}
const RE2& UuidRe() {
  static const RE2 re(R"(\w{8}-\w{4}-\w{4}-\w{4}-\w{8,12})");
  return re;
}
const RE2& ContextPathRe() {
  static const RE2 re(R"(contextPath: (\S+\.+\S+))");
  return re;
}

// Words over 4 characters of the `contextPath:` values of a YAML file, lower-cased (SDK).
std::vector<std::string> ContextPathWords(std::string_view text) {
  std::vector<std::string> words;
  re2::StringPiece input(text.data(), text.size());
  std::string path;
  while (RE2::FindAndConsume(&input, ContextPathRe(), &path)) {
    size_t pos = 0;
    while (pos <= path.size()) {
      const size_t dot = std::min(path.find('.', pos), path.size());
      if (dot - pos > 4) words.push_back(Lower(std::string_view(path).substr(pos, dot - pos)));
      pos = dot + 1;
    }
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

bool ContainsAny(const std::string& lower_token, const std::vector<std::string>& words,
                 const std::string** which = nullptr) {
  for (const std::string& w : words) {
    if (!w.empty() && lower_token.find(w) != std::string::npos) {
      if (which != nullptr) *which = &w;
      return true;
    }
  }
  return false;
}

enum class CharClass { kLower, kUpper, kDigit, kOther };
CharClass ClassOf(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (std::islower(u)) return CharClass::kLower;
  if (std::isupper(u)) return CharClass::kUpper;
  if (std::isdigit(u)) return CharClass::kDigit;
  return CharClass::kOther;
}

// Average length of the runs of `value`: letters and digits split at case changes (a capital
// starts a word: "fieldName" is field+Name, "XMLHttp" is XML+Http) and between letters and
// digits; other characters separate runs and are not counted.
double AverageRunLength(std::string_view value) {
  size_t runs = 0;
  size_t chars = 0;
  size_t run_length = 0;
  CharClass run_class = CharClass::kOther;
  bool run_all_upper = false;
  auto close_run = [&] {
    if (run_length > 0) ++runs;
    run_length = 0;
  };
  for (char c : value) {
    const CharClass k = ClassOf(c);
    if (k == CharClass::kOther) {
      close_run();
      run_class = k;
      continue;
    }
    ++chars;
    if (run_length > 0 && k != run_class) {
      if (run_class == CharClass::kUpper && k == CharClass::kLower) {
        if (run_length > 1 && run_all_upper) {
          // "XMLHttp": the last capital starts the next word.
          ++runs;
          run_length = 1;
        }
        // "Name": one capital then lower case is one word.
      } else {
        close_run();
      }
    }
    if (run_length == 0) run_all_upper = (k == CharClass::kUpper);
    if (k != CharClass::kUpper) run_all_upper = false;
    ++run_length;
    run_class = k;
  }
  close_run();
  return runs == 0 ? 0.0 : static_cast<double>(chars) / static_cast<double>(runs);
}

bool IsDigestHex(std::string_view value) {
  static constexpr std::array<size_t, 4> kLengths = {32, 40, 64, 128};
  if (std::find(kLengths.begin(), kLengths.end(), value.size()) == kLengths.end()) return false;
  return std::all_of(value.begin(), value.end(),
                     [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

bool IsValueDelimiter(char c) {
  static constexpr std::string_view kDelimiters = "\"'`,;()[]{}<>=*|!?&^$:\\@";
  return kDelimiters.find(c) != std::string_view::npos;
}

}  // namespace

double ShannonEntropy(std::string_view text) {
  if (text.empty()) return 0.0;
  std::array<size_t, 128> counts{};
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 128) ++counts[u];
  }
  double entropy = 0.0;
  const double n = static_cast<double>(text.size());
  for (int c = 0; c < 128; ++c) {
    // Python's string.printable: digits, letters, punctuation and " \t\n\r\x0b\x0c".
    const bool printable = (c >= 32 && c < 127) || (c >= 9 && c <= 13);
    if (!printable || counts[c] == 0) continue;
    const double p = static_cast<double>(counts[c]) / n;
    entropy -= p * std::log2(p);
  }
  return entropy;
}

bool IsSecretShaped(std::string_view value) {
  if (value.size() < kMinSecretLength) return false;
  if (ShannonEntropy(value) < kEntropyThreshold) return false;
  if (IsDigestHex(value)) return false;
  return AverageRunLength(value) < kMaxRandomRun;
}

Span SecretValueIn(std::string_view token) {
  size_t pos = 0;
  while (pos < token.size()) {
    while (pos < token.size() && IsValueDelimiter(token[pos])) ++pos;
    size_t end = pos;
    while (end < token.size() && !IsValueDelimiter(token[end])) ++end;
    size_t b = pos;
    size_t e = end;
    auto trim = [](char c) { return c == '.' || c == '/' || c == '-' || c == '_'; };
    while (b < e && trim(token[b])) ++b;
    while (e > b && trim(token[e - 1])) --e;
    if (IsSecretShaped(token.substr(b, e - b))) return {b, e};
    pos = end;
  }
  return {};
}

std::vector<LineState> MarkLines(std::string_view text) {
  std::vector<LineState> lines;
  int block_start = 0;  // line of the open -start marker, 0 = none
  size_t pos = 0;
  int number = 0;
  while (pos <= text.size()) {
    const size_t newline = text.find('\n', pos);
    size_t end = newline == std::string_view::npos ? text.size() : newline;
    ++number;
    LineState line;
    line.begin = pos;
    line.end = (end > pos && text[end - 1] == '\r') ? end - 1 : end;
    const std::string_view content = text.substr(pos, end - pos);
    const size_t at = content.find(kMarkerText);
    if (at != std::string_view::npos) {
      if (content.find(std::string(kMarkerText) + "-start") != std::string_view::npos) {
        line.marker = Marker::kStart;
      } else if (content.find(std::string(kMarkerText) + "-end") != std::string_view::npos) {
        line.marker = Marker::kEnd;
      } else {
        line.marker = Marker::kLine;
      }
    }
    if (line.marker == Marker::kStart) {
      block_start = number;
      line.hidden_by = number;
    } else if (line.marker == Marker::kEnd) {
      block_start = 0;
    } else if (block_start != 0) {
      line.hidden_by = block_start;
    } else if (line.marker == Marker::kLine) {
      line.hidden_by = number;
    }
    lines.push_back(line);
    if (newline == std::string_view::npos) break;
    pos = newline + 1;
  }
  return lines;
}

bool SecretsScanApplies(std::string_view path) {
  const std::string_view name = Basename(path);
  if (name == "pack_metadata.json" || name == ".secrets-ignore") return false;
  static constexpr std::array<std::string_view, 15> kExtensions = {
      ".yml", ".py", ".json", ".md",   ".txt", ".sh",  ".ini", ".eml",
      ".csv", ".js", ".pdf",  ".html", ".ps1", ".xif", ""};
  const std::string ext = Extension(path);
  return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

bool EntropyApplies(std::string_view path) {
  return Extension(path) != ".eml" && Basename(path).find("playbook-") == std::string_view::npos;
}

std::string_view HitLabel(HitKind kind) {
  switch (kind) {
    case HitKind::kEntropy:
      return "high-entropy string";
    case HitKind::kUrl:
      return "URL";
    case HitKind::kEmail:
      return "e-mail address";
    case HitKind::kIpv4:
      return "IPv4 address";
    case HitKind::kIpv6:
      return "IPv6 address";
  }
  return "";
}

std::vector<Hit> AnalyzeSecrets(const SecretsInput& input) {
  std::vector<Hit> hits;
  if (!SecretsScanApplies(input.path)) return hits;
  const bool file_exempt = input.ignore != nullptr && !input.path_in_pack.empty() &&
                           input.ignore->ExemptsFile(input.path_in_pack);
  const bool entropy = EntropyApplies(input.path);
  static const std::vector<std::string> kNoWords;
  const std::vector<std::string>& allow = input.ignore != nullptr ? input.ignore->words : kNoWords;
  const std::vector<std::string> context_words =
      Extension(input.path) == ".yml" ? ContextPathWords(input.text) : std::vector<std::string>{};

  std::string work(input.text);
  BlankLongBase64(work);
  const std::vector<LineState> lines = MarkLines(input.text);

  // What hides a candidate whose whitespace token (lower-cased) is `lower_token`.
  auto hide = [&](Hit& hit, const LineState& line, const std::string& lower_token) {
    const std::string* word = nullptr;
    if (file_exempt) {
      hit.hidden = HiddenBy::kFileEntry;
    } else if (line.hidden_by != 0) {
      hit.hidden = HiddenBy::kMarker;
      hit.marker_line = line.hidden_by;
    } else if (ContainsAny(lower_token, allow, &word)) {
      hit.hidden = HiddenBy::kAllowWord;
      hit.allow_word = *word;
    }
  };

  for (size_t n = 0; n < lines.size(); ++n) {
    const LineState& line = lines[n];
    const int number = static_cast<int>(n) + 1;
    const std::string_view text(work.data() + line.begin, line.end - line.begin);
    auto token_around = [&](std::string_view in, size_t b, size_t e) {
      while (b > 0 && !IsSpace(in[b - 1])) --b;
      while (e < in.size() && !IsSpace(in[e])) ++e;
      return Lower(in.substr(b, e - b));
    };

    for (const IndicatorMatch& m : FindIndicators(text)) {
      Hit hit;
      hit.kind = m.kind;
      hit.begin = line.begin + m.begin;
      hit.end = line.begin + m.end;
      hit.line = number;
      hide(hit, line, token_around(text, m.begin, m.end));
      hits.push_back(std::move(hit));
    }
    if (!entropy) continue;

    std::string stripped(text);
    BlankBracketed(stripped);
    size_t pos = 0;
    while (pos < stripped.size()) {
      while (pos < stripped.size() && IsSpace(stripped[pos])) ++pos;
      size_t end = pos;
      while (end < stripped.size() && !IsSpace(stripped[end])) ++end;
      if (end == pos) break;
      const std::string_view token = std::string_view(stripped).substr(pos, end - pos);
      const size_t token_begin = pos;
      pos = end;
      if (RE2::PartialMatch(token, DateRe()) || RE2::PartialMatch(token, UuidRe())) continue;
      const std::string lower = Lower(token);
      if (lower.find(";base64,") != std::string::npos) continue;  // an inline data URI
      if (ContainsAny(lower, context_words)) continue;
      if (ShannonEntropy(token) < kEntropyThreshold) continue;
      const Span value = SecretValueIn(token);
      if (value.empty()) continue;
      Hit hit;
      hit.kind = HitKind::kEntropy;
      hit.begin = line.begin + token_begin + value.begin;
      hit.end = line.begin + token_begin + value.end;
      hit.line = number;
      hit.entropy = ShannonEntropy(token.substr(value.begin, value.end - value.begin));
      hide(hit, line, lower);
      hits.push_back(std::move(hit));
    }
  }
  return hits;
}

}  // namespace packaudit::secrets
