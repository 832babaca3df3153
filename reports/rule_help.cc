#include "reports/rule_help.h"

#include <algorithm>
#include <cmath>

#include "core/file_kind.h"

namespace packaudit {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

// "CWE-95" / "cwe-95" -> "95"; "" when `ref` is not a CWE id.
std::string CweNumber(std::string_view ref) {
  ref = Trim(ref);
  if (ref.size() < 5) return "";
  const std::string_view prefix = ref.substr(0, 4);
  if (!(prefix == "CWE-" || prefix == "cwe-" || prefix == "Cwe-")) return "";
  const std::string_view digits = ref.substr(4);
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return "";
  }
  return std::string(digits);
}

bool IsWebUrl(std::string_view ref) {
  return ref.starts_with("https://") || ref.starts_with("http://");
}

// Escapes what could start raw HTML ('<') outside inline code spans; code spans are copied as
// they are (backslash escapes do not work inside them).
std::string EscapeMarkdownProse(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '`') {
      size_t run = i;
      while (run < text.size() && text[run] == '`') ++run;
      const std::string_view ticks = text.substr(i, run - i);
      // Find a closing run of exactly the same length.
      size_t search = run;
      size_t close = std::string_view::npos;
      while ((search = text.find(ticks, search)) != std::string_view::npos) {
        size_t end = search;
        while (end < text.size() && text[end] == '`') ++end;
        if (end - search == ticks.size()) {
          close = search;
          break;
        }
        search = end;
      }
      if (close == std::string_view::npos) {
        out.append(ticks);
        i = run;
      } else {
        const size_t end = close + ticks.size();
        out.append(text.substr(i, end - i));
        i = end;
      }
      continue;
    }
    if (c == '<' || c == '>') out += '\\';
    out += c;
    ++i;
  }
  return out;
}

// Link destinations: spaces and parentheses would end or break the link.
std::string EscapeLinkDestination(std::string_view url) {
  std::string out;
  for (const char c : url) {
    if (c == ' ') {
      out += "%20";
    } else if (c == '(') {
      out += "%28";
    } else if (c == ')') {
      out += "%29";
    } else if (c == '<') {
      out += "%3C";
    } else if (c == '>') {
      out += "%3E";
    } else {
      out += c;
    }
  }
  return out;
}

std::string EscapeLinkText(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '[' || c == ']' || c == '\\' || c == '<' || c == '>' || c == '`') out += '\\';
    out += c;
  }
  return out;
}

std::string_view FenceLanguage(const RuleSpec& rule) {
  if (rule.file_kinds.empty()) return "text";
  const FileKind kind = rule.file_kinds.front();
  if (const auto language = LanguageOfKind(kind)) return LanguageName(*language);
  switch (kind) {
    case FileKind::kIntegrationYaml:
    case FileKind::kScriptYaml:
    case FileKind::kPlaybookYaml:
    case FileKind::kTestPlaybookYaml:
    case FileKind::kOtherYaml:
      return "yaml";
    case FileKind::kPackMetadata:
    case FileKind::kReleaseNoteJson:
    case FileKind::kContributors:
    case FileKind::kContentJson:
    case FileKind::kOtherJson:
      return "json";
    case FileKind::kPackReadme:
    case FileKind::kReleaseNote:
    case FileKind::kIntegrationDescription:
    case FileKind::kItemReadme:
    case FileKind::kPlaybookReadme:
    case FileKind::kMarkdown:
      return "markdown";
    default:
      return "text";
  }
}

// A fenced code block whose fence is longer than any backtick run inside the code.
std::string FencedBlock(std::string_view code, std::string_view language) {
  size_t longest = 0;
  size_t run = 0;
  for (const char c : code) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(std::max<size_t>(3, longest + 1), '`');
  while (!code.empty() && (code.back() == '\n' || code.back() == '\r')) code.remove_suffix(1);
  std::string out = fence;
  out += language;
  out += '\n';
  out += code;
  out += '\n';
  out += fence;
  out += '\n';
  return out;
}

std::string MarkdownReference(std::string_view ref) {
  ref = Trim(ref);
  const std::string cwe = CweNumber(ref);
  if (!cwe.empty()) {
    return "[CWE-" + cwe + "](https://cwe.mitre.org/data/definitions/" + cwe + ".html)";
  }
  if (IsWebUrl(ref)) {
    // Built by appending: g++ 12's -Wrestrict misfires on `"[" + std::string&&` at -O2.
    std::string link = "[";
    link += EscapeLinkText(ref);
    link += "](";
    link += EscapeLinkDestination(ref);
    link += ")";
    return link;
  }
  return EscapeMarkdownProse(ref);
}

}  // namespace

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (const char c : text) {
    if (IsSpace(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

std::string TruncateText(std::string_view text, size_t max_chars) {
  // Byte offset of each character start, up to max_chars + 1 characters.
  size_t chars = 0;
  size_t cut = text.size();
  size_t keep_end = text.size();  // end of the first (max_chars - 3) characters
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsUtf8Continuation(text[i])) continue;
    if (chars == max_chars - std::min<size_t>(max_chars, 3)) keep_end = i;
    if (chars == max_chars) {
      cut = i;
      break;
    }
    ++chars;
  }
  if (cut == text.size()) return std::string(text);
  std::string_view kept = text.substr(0, keep_end);
  const size_t space = kept.rfind(' ');
  if (space != std::string_view::npos && space > kept.size() / 2) kept = kept.substr(0, space);
  while (!kept.empty() && IsSpace(kept.back())) kept.remove_suffix(1);
  return std::string(kept) + "...";
}

std::string RuleDisplayName(const RuleSpec& rule) {
  std::string out;
  bool upper_next = true;
  for (const char c : rule.name) {
    if (c == '-' || c == '_' || IsSpace(c)) {
      upper_next = true;
      continue;
    }
    if (upper_next && c >= 'a' && c <= 'z') {
      out += static_cast<char>(c - 'a' + 'A');
    } else {
      out += c;
    }
    upper_next = false;
  }
  if (out.empty()) out = rule.id;
  return TruncateText(out, kMaxRuleNameChars);
}

std::string RuleShortDescription(const RuleSpec& rule) {
  std::string text = CollapseWhitespace(rule.summary);
  if (text.empty()) text = "Rule " + rule.id + ".";
  return TruncateText(text, kMaxDescriptionChars);
}

std::string RuleFullDescription(const RuleSpec& rule) {
  std::string text = CollapseWhitespace(rule.summary);
  const std::string rationale = CollapseWhitespace(rule.rationale);
  if (!rationale.empty()) {
    if (!text.empty()) text += ' ';
    text += rationale;
  }
  if (text.empty()) text = "Rule " + rule.id + ".";
  return TruncateText(text, kMaxDescriptionChars);
}

std::string RuleHelpText(const RuleSpec& rule) {
  std::string out = RuleShortDescription(rule);
  auto section = [&out](std::string_view body) {
    body = Trim(body);
    if (body.empty()) return;
    out += "\n\n";
    out += body;
  };
  section(rule.rationale);
  if (!Trim(rule.remediation).empty())
    section("Remediation: " + std::string(Trim(rule.remediation)));
  if (!Trim(rule.example_bad).empty()) {
    section("Example that is flagged:\n" + std::string(Trim(rule.example_bad)));
  }
  if (!Trim(rule.example_good).empty()) {
    section("Example that passes:\n" + std::string(Trim(rule.example_good)));
  }
  if (!rule.references.empty()) {
    std::string refs = "References:";
    for (const auto& ref : rule.references) refs += "\n- " + std::string(Trim(ref));
    section(refs);
  }
  out += '\n';
  return out;
}

std::string RuleHelpMarkdown(const RuleSpec& rule) {
  std::string out = EscapeMarkdownProse(Trim(rule.rationale));
  if (out.empty()) out = EscapeMarkdownProse(RuleShortDescription(rule));
  out += '\n';
  if (!Trim(rule.remediation).empty()) {
    out += "\n## Remediation\n\n";
    out += EscapeMarkdownProse(Trim(rule.remediation));
    out += '\n';
  }
  const bool bad = !Trim(rule.example_bad).empty();
  const bool good = !Trim(rule.example_good).empty();
  if (bad || good) {
    const std::string_view language = FenceLanguage(rule);
    out += "\n## Example\n";
    if (bad) {
      out += "\nFlagged:\n\n";
      out += FencedBlock(rule.example_bad, language);
    }
    if (good) {
      out += "\nPasses:\n\n";
      out += FencedBlock(rule.example_good, language);
    }
  }
  if (!rule.references.empty()) {
    out += "\n## References\n\n";
    for (const auto& ref : rule.references) {
      if (Trim(ref).empty()) continue;
      out += "- " + MarkdownReference(ref) + "\n";
    }
  }
  return out;
}

std::vector<std::string> RuleTags(const RuleSpec& rule) {
  std::vector<std::string> tags;
  auto add = [&tags](std::string tag) {
    if (tag.empty() || tags.size() >= kMaxRuleTags) return;
    if (std::find(tags.begin(), tags.end(), tag) != tags.end()) return;
    tags.push_back(std::move(tag));
  };
  const bool security = rule.security_severity.has_value();
  if (security) add("security");
  for (const auto& tag : rule.tags) {
    const std::string trimmed(Trim(tag));
    if (trimmed == "security" && !security) continue;
    add(trimmed);
  }
  for (const auto& ref : rule.references) {
    const std::string cwe = CweNumber(ref);
    if (!cwe.empty()) add("external/cwe/cwe-" + cwe);
  }
  return tags;
}

std::optional<std::string> SecuritySeverityText(const RuleSpec& rule) {
  if (!rule.security_severity.has_value()) return std::nullopt;
  double value = *rule.security_severity;
  if (!std::isfinite(value)) value = 0;
  int tenths = static_cast<int>(std::lround(std::clamp(value, 0.0, 10.0) * 10));
  switch (rule.severity) {
    case Severity::kError:
      tenths = std::clamp(tenths, 70, 100);
      if (tenths == 90) tenths = 91;
      break;
    case Severity::kWarning:
      tenths = std::clamp(tenths, 40, 69);
      break;
    case Severity::kNote:
      tenths = std::clamp(tenths, 1, 39);
      break;
  }
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

std::string_view ProblemSeverity(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "recommendation";
  }
  return "warning";
}

}  // namespace packaudit
