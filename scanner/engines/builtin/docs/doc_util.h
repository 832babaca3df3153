// Small helpers shared by the "docs" builtin checks: text measures that ignore
// HTML comments, case folding, locating a YAML key for a finding, and finding
// an item's README or description in both the folder layout and the top-level
// (unified) layout. Stateless and thread-safe; the returned pointers point into
// the pack's ParsedFiles.
#ifndef PACKAUDIT_ENGINES_BUILTIN_DOCS_DOC_UTIL_H_
#define PACKAUDIT_ENGINES_BUILTIN_DOCS_DOC_UTIL_H_

#include <string>
#include <string_view>

#include "core/text.h"
#include "engines/emitter.h"
#include "model/pack.h"

namespace packaudit {
namespace docs {

// `text` without HTML comments (an unclosed comment runs to the end) and
// trimmed.
std::string VisibleText(std::string_view text);
// Number of Unicode code points in UTF-8 `text` (invalid bytes count one each).
size_t CodePointCount(std::string_view text);
// ASCII lower case.
using ::packaudit::Lower;
// Trims ASCII whitespace.
using ::packaudit::Trim;
// Lower case with every run of whitespace collapsed to one space, trimmed.
std::string FoldSpaces(std::string_view text);

// The item's README: its README.md, or for a top-level YAML "<stem>_README.md"
// beside it.
const ParsedFile* ItemReadme(const Pack& pack, const Item& item);
// The item's description: <Name>_description.md, or "<stem>_description.md"
// beside a top-level YAML.
const ParsedFile* ItemDescription(const Pack& pack, const Item& item);

// Emits a finding on `key` of `map` in `file` (key through value when on one
// line), else on the top-level `name:` key of the document, else on line 1.
void EmitAtKey(const RuleSpec& rule, const ParsedFile& file, const DocNode* map,
               std::string_view key, const MessageArgs& args, std::string match_text,
               Emitter& emitter);

}  // namespace docs
}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_DOCS_DOC_UTIL_H_
