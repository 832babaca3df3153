// Comment scanning for waiver directives: which bytes of a file are real comments, and which lines
// hold code (anything outside a comment). A careful per-syntax lexer: string literals are skipped,
// so comment markers inside them do not start comments. Not a parser; on odd input it degrades to
// "no comment here" rather than failing. Pure functions over borrowed text; thread-safe.
#ifndef PACKAUDIT_SUPPRESS_COMMENT_SCAN_H_
#define PACKAUDIT_SUPPRESS_COMMENT_SCAN_H_

#include <string_view>
#include <vector>

#include "core/file_kind.h"

namespace packaudit {

enum class CommentSyntax {
  kNone,        // no comments (JSON, data, unknown text)
  kPython,      // #, with '...', "...", '''...''', """..."""
  kPowerShell,  // # and <# ... #>, with '...', "...", @'...'@, @"..."@
  kShell,       // # at the start of a word, with '...', "..."
  kYaml,        // # at line start or after a space (also the code embedded in unified YAML)
  kCStyle,      // // and /* ... */, with '...', "...", `...` (JavaScript, C, C++)
  kMarkdown,    // <!-- ... -->, outside fenced code blocks and code spans
};

// The syntax of a file of `kind` at `path` (shell scripts are kText, known by their extension).
CommentSyntax CommentSyntaxOf(FileKind kind, std::string_view path);

struct CommentSpan {
  size_t begin = 0;  // bytes of the comment's body, without its delimiters
  size_t end = 0;
};

struct CommentScan {
  std::vector<CommentSpan> comments;  // in text order
  // Per 0-based line: whether the line holds code (non-space outside comments), a comment.
  std::vector<bool> line_has_code;
  std::vector<bool> line_has_comment;
};

CommentScan ScanComments(std::string_view text, CommentSyntax syntax);

}  // namespace packaudit

#endif  // PACKAUDIT_SUPPRESS_COMMENT_SCAN_H_
