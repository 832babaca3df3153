// Inline waiver directives: `packaudit: ignore[ID, ID] reason` written in a real comment of the
// file's own syntax (see comment_scan.h). A directive in a comment that shares its line with code
// waives that line; one on a comment-only line waives the next line holding code (other
// comment-only lines in between are skipped, a blank line ends the search). A directive without a
// reason, with an empty or unclosed id list or an id that is not AREA+3 digits is malformed and
// waives nothing. Pure function over a borrowed file; thread-safe.
#ifndef PACKAUDIT_SUPPRESS_INLINE_DIRECTIVE_H_
#define PACKAUDIT_SUPPRESS_INLINE_DIRECTIVE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/file_kind.h"
#include "core/finding.h"
#include "core/source_file.h"

namespace packaudit {

struct InlineDirective {
  int line = 0;                  // 1-based line of the directive
  Region region;                 // the directive's text, from "packaudit" to the end of the reason
  int target_line = 0;           // the line it waives (0: none, e.g. followed by a blank line)
  std::vector<std::string> ids;  // as written, in order
  std::string reason;
  std::string problem;  // non-empty: malformed, why (a sentence fragment); waives nothing
};

// Whether `id` has rule-id syntax: 2-8 upper-case letters then 3 digits ("SEC009").
bool IsRuleIdSyntax(std::string_view id);

// Every directive of `file`, in text order. Files whose kind has no comments yield none.
std::vector<InlineDirective> FindInlineDirectives(const SourceFile& file, FileKind kind);

}  // namespace packaudit

#endif  // PACKAUDIT_SUPPRESS_INLINE_DIRECTIVE_H_
