#include "suppress/comment_scan.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace packaudit {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

class Lexer {
 public:
  Lexer(std::string_view text, CommentSyntax syntax) : t_(text), syntax_(syntax) {
    const size_t lines = 1 + static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
    out_.line_has_code.assign(lines, false);
    out_.line_has_comment.assign(lines, false);
  }

  CommentScan Run() {
    while (pos_ < t_.size()) {
      switch (syntax_) {
        case CommentSyntax::kPython:
          Python();
          break;
        case CommentSyntax::kPowerShell:
          PowerShell();
          break;
        case CommentSyntax::kShell:
          Shell();
          break;
        case CommentSyntax::kYaml:
          Yaml();
          break;
        case CommentSyntax::kCStyle:
          CStyle();
          break;
        case CommentSyntax::kMarkdown:
          Markdown();
          break;
        case CommentSyntax::kNone:
          Advance(t_.size(), false);
          break;
      }
    }
    return std::move(out_);
  }

 private:
  bool At(std::string_view s) const { return t_.substr(pos_, s.size()) == s; }
  char Prev() const { return pos_ == 0 ? '\n' : t_[pos_ - 1]; }
  size_t LineEnd(size_t from) const {
    const size_t eol = t_.find('\n', from);
    return eol == std::string_view::npos ? t_.size() : eol;
  }

  // Moves to `end`, marking the lines passed as holding code or comment.
  void Advance(size_t end, bool comment) {
    end = std::min(end, t_.size());
    for (; pos_ < end; ++pos_) {
      const char c = t_[pos_];
      if (c == '\n') {
        ++line_;
      } else if (!IsSpace(c)) {
        (comment ? out_.line_has_comment : out_.line_has_code)[line_] = true;
      }
    }
  }

  // A comment whose delimiter starts here: `open` bytes, body up to `close` (or end of text).
  void BlockComment(size_t open, std::string_view close) {
    const size_t body = pos_ + open;
    size_t end = t_.find(close, body);
    const size_t body_end = end == std::string_view::npos ? t_.size() : end;
    end = end == std::string_view::npos ? t_.size() : end + close.size();
    out_.comments.push_back({body, body_end});
    Advance(end, true);
  }
  void LineComment(size_t open) {
    const size_t eol = LineEnd(pos_);
    out_.comments.push_back({std::min(pos_ + open, eol), eol});
    Advance(eol, true);
  }

  // A quoted string opened here by `quote` (its length counted in `open`); `escape` skips the
  // next byte; `multiline` false ends it at the line break.
  void String(std::string_view quote, char escape, bool multiline) {
    size_t p = pos_ + quote.size();
    while (p < t_.size()) {
      if (escape != 0 && t_[p] == escape) {
        p += 2;
        continue;
      }
      if (!multiline && t_[p] == '\n') break;
      if (t_.substr(p, quote.size()) == quote) {
        p += quote.size();
        break;
      }
      ++p;
    }
    Advance(p, false);
  }

  void Python() {
    const char c = t_[pos_];
    if (c == '#') {
      LineComment(1);
    } else if (At("'''") || At("\"\"\"")) {
      String(t_.substr(pos_, 3), '\\', true);
    } else if (c == '\'' || c == '"') {
      String(t_.substr(pos_, 1), '\\', false);
    } else {
      Advance(pos_ + 1, false);
    }
  }

  void PowerShell() {
    const char c = t_[pos_];
    if (At("<#")) {
      BlockComment(2, "#>");
    } else if (c == '#') {
      LineComment(1);
    } else if (At("@\"") || At("@'")) {
      // Here-string: ends at a line starting with the quote and '@'.
      const std::string close = std::string("\n") + t_[pos_ + 1] + "@";
      size_t end = t_.find(close, pos_ + 2);
      end = end == std::string_view::npos ? t_.size() : end + close.size();
      Advance(end, false);
    } else if (c == '\'') {
      String("'", 0, true);
    } else if (c == '"') {
      String("\"", '`', true);
    } else {
      Advance(pos_ + 1, false);
    }
  }

  void Shell() {
    const char c = t_[pos_];
    const char prev = Prev();
    if (c == '#' && (prev == '\n' || IsSpace(prev) || std::strchr(";|&(", prev) != nullptr)) {
      LineComment(1);
    } else if (c == '\'') {
      String("'", 0, true);
    } else if (c == '"') {
      String("\"", '\\', true);
    } else if (c == '\\') {
      Advance(pos_ + 2, false);
    } else {
      Advance(pos_ + 1, false);
    }
  }

  void Yaml() {
    const char c = t_[pos_];
    const char prev = Prev();
    if (c == '#' && (prev == '\n' || IsSpace(prev))) {
      LineComment(1);
    } else if (At("'''") || At("\"\"\"")) {
      String(t_.substr(pos_, 3), '\\', true);  // a docstring of embedded Python code
    } else if ((c == '\'' || c == '"') &&
               (prev == '\n' || IsSpace(prev) || std::strchr(":[{,(=", prev) != nullptr)) {
      // A quoted scalar (or a string of embedded code); a quote inside a plain word is text.
      String(t_.substr(pos_, 1), c == '"' ? '\\' : 0, false);
    } else {
      Advance(pos_ + 1, false);
    }
  }

  void CStyle() {
    const char c = t_[pos_];
    if (At("//")) {
      LineComment(2);
    } else if (At("/*")) {
      BlockComment(2, "*/");
    } else if (c == '\'' || c == '"') {
      String(t_.substr(pos_, 1), '\\', false);
    } else if (c == '`') {
      String("`", '\\', true);
    } else {
      Advance(pos_ + 1, false);
    }
  }

  void Markdown() {
    if (Prev() == '\n') {
      size_t p = pos_;
      while (p < t_.size() && p - pos_ < 3 && t_[p] == ' ') ++p;
      const std::string_view rest = t_.substr(p);
      if (rest.starts_with("```") || rest.starts_with("~~~")) {
        if (fence_ == 0) {
          fence_ = rest[0];
        } else if (rest[0] == fence_) {
          fence_ = 0;
        }
        Advance(LineEnd(pos_), false);
        return;
      }
      if (fence_ != 0) {
        Advance(LineEnd(pos_), false);
        return;
      }
    }
    if (fence_ != 0) {
      Advance(pos_ + 1, false);
    } else if (At("<!--")) {
      BlockComment(4, "-->");
    } else if (t_[pos_] == '`') {
      // A code span: a run of backticks closed by the same run on the same line.
      size_t n = 0;
      while (pos_ + n < t_.size() && t_[pos_ + n] == '`') ++n;
      const std::string run(n, '`');
      const size_t close = t_.find(run, pos_ + n);
      const size_t eol = LineEnd(pos_);
      Advance(close != std::string_view::npos && close < eol ? close + n : pos_ + n, false);
    } else {
      Advance(pos_ + 1, false);
    }
  }

  std::string_view t_;
  CommentSyntax syntax_;
  size_t pos_ = 0;
  size_t line_ = 0;
  char fence_ = 0;  // Markdown: the fence character of the open code block, or 0
  CommentScan out_;
};

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

CommentSyntax CommentSyntaxOf(FileKind kind, std::string_view path) {
  switch (kind) {
    case FileKind::kPython:
    case FileKind::kPythonTest:
    case FileKind::kVendoredRuntime:
      return CommentSyntax::kPython;
    case FileKind::kPowerShell:
    case FileKind::kPowerShellTest:
      return CommentSyntax::kPowerShell;
    case FileKind::kJavaScript:
    case FileKind::kCSource:
    case FileKind::kCppSource:
      return CommentSyntax::kCStyle;
    case FileKind::kIntegrationYaml:
    case FileKind::kScriptYaml:
    case FileKind::kPlaybookYaml:
    case FileKind::kTestPlaybookYaml:
    case FileKind::kOtherYaml:
      return CommentSyntax::kYaml;
    case FileKind::kPackReadme:
    case FileKind::kReleaseNote:
    case FileKind::kIntegrationDescription:
    case FileKind::kItemReadme:
    case FileKind::kPlaybookReadme:
    case FileKind::kMarkdown:
      return CommentSyntax::kMarkdown;
    case FileKind::kText:
    case FileKind::kTestData:
      if (EndsWith(path, ".sh") || EndsWith(path, ".bash")) return CommentSyntax::kShell;
      return CommentSyntax::kNone;
    default:
      return CommentSyntax::kNone;
  }
}

CommentScan ScanComments(std::string_view text, CommentSyntax syntax) {
  return Lexer(text, syntax).Run();
}

}  // namespace packaudit
