#include "suppress/inline_directive.h"

#include <cctype>

#include "engines/emitter.h"
#include "suppress/comment_scan.h"

namespace packaudit {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// Case-insensitive search for `word` in `text` from `from`.
size_t FindWord(std::string_view text, std::string_view word, size_t from) {
  for (size_t i = from; i + word.size() <= text.size(); ++i) {
    bool same = true;
    for (size_t j = 0; j < word.size() && same; ++j) {
      same = std::tolower(static_cast<unsigned char>(text[i + j])) == word[j];
    }
    if (same) return i;
  }
  return std::string_view::npos;
}

bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

// Parses what follows `ignore` on the directive's line into `d`.
void ParseTail(std::string_view tail, InlineDirective& d) {
  size_t p = 0;
  while (p < tail.size() && IsBlank(tail[p])) ++p;
  if (p >= tail.size() || tail[p] != '[') {
    d.problem = "`ignore` is not followed by a [RULE-ID, ...] list";
    return;
  }
  const size_t close = tail.find(']', p);
  if (close == std::string_view::npos) {
    d.problem = "the id list is not closed with `]`";
    return;
  }
  const std::string_view list = tail.substr(p + 1, close - p - 1);
  if (Trim(list).empty()) {
    d.problem = "the id list is empty";
    return;
  }
  size_t pos = 0;
  while (pos <= list.size()) {
    const size_t comma = std::min(list.find(',', pos), list.size());
    const std::string_view id = Trim(list.substr(pos, comma - pos));
    if (id.empty()) {
      d.problem = "the id list has an empty entry";
      return;
    }
    if (!IsRuleIdSyntax(id)) {
      d.problem = "`" + std::string(id) + "` is not a rule id (AREA and three digits, e.g. SEC009)";
      return;
    }
    d.ids.emplace_back(id);
    pos = comma + 1;
  }
  std::string_view reason = Trim(tail.substr(close + 1));
  while (!reason.empty() && (reason.front() == ':' || reason.front() == '-')) {
    reason = Trim(reason.substr(1));
  }
  if (reason.empty()) {
    d.problem = "a reason is required after the id list";
    d.ids.clear();
    return;
  }
  d.reason = std::string(reason);
}

// The line a directive on 0-based `line` waives (1-based; 0: none).
int TargetLine(const CommentScan& scan, size_t line) {
  if (scan.line_has_code[line]) return static_cast<int>(line) + 1;
  for (size_t n = line + 1; n < scan.line_has_code.size(); ++n) {
    if (scan.line_has_code[n]) return static_cast<int>(n) + 1;
    if (!scan.line_has_comment[n]) return 0;  // a blank line
  }
  return 0;
}

}  // namespace

bool IsRuleIdSyntax(std::string_view id) {
  if (id.size() < 5 || id.size() > 11) return false;
  const size_t letters = id.size() - 3;
  for (size_t i = 0; i < id.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(id[i]);
    if (i < letters ? !(c >= 'A' && c <= 'Z') : !std::isdigit(c)) return false;
  }
  return true;
}

std::vector<InlineDirective> FindInlineDirectives(const SourceFile& file, FileKind kind) {
  std::vector<InlineDirective> out;
  const CommentSyntax syntax = CommentSyntaxOf(kind, file.path());
  if (syntax == CommentSyntax::kNone) return out;
  const std::string_view text = file.text();
  if (FindWord(text, "packaudit", 0) == std::string_view::npos) return out;  // fast path
  const CommentScan scan = ScanComments(text, syntax);
  for (const CommentSpan& comment : scan.comments) {
    const std::string_view body = text.substr(comment.begin, comment.end - comment.begin);
    size_t at = 0;
    while ((at = FindWord(body, "packaudit", at)) != std::string_view::npos) {
      const size_t start = at;
      at += 9;
      if (start > 0 && IsWordChar(body[start - 1])) continue;
      size_t p = at;
      while (p < body.size() && IsBlank(body[p])) ++p;
      if (p >= body.size() || body[p] != ':') continue;
      ++p;
      while (p < body.size() && IsBlank(body[p])) ++p;
      if (FindWord(body.substr(p, 6), "ignore", 0) != 0) continue;
      p += 6;
      if (p < body.size() && IsWordChar(body[p])) continue;  // "ignored", "ignore-file"
      size_t eol = body.find('\n', p);
      if (eol == std::string_view::npos) eol = body.size();
      InlineDirective d;
      ParseTail(body.substr(p, eol - p), d);
      if (!d.problem.empty()) d.ids.clear();
      const size_t begin = comment.begin + start;
      size_t end = comment.begin + eol;
      while (end > begin && IsBlank(text[end - 1])) --end;
      d.line = file.LineOf(begin);
      d.region = RegionOf(file, begin, end);
      d.target_line = TargetLine(scan, static_cast<size_t>(d.line - 1));
      out.push_back(std::move(d));
      at = eol;
    }
  }
  return out;
}

}  // namespace packaudit
