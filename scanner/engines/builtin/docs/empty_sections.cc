// DOC007: a "## Troubleshooting", "## Use Cases", "## Known Limitations" or
// "## Additional Information" section with nothing in it: the next heading of
// level 1 or 2 (or the end of the file) follows with only blank lines and HTML
// comments in between. A level-3 subheading is content, so a section made only
// of subsections is not empty.
#include <array>

#include "engines/builtin/docs/checks.h"
#include "engines/builtin/docs/doc_util.h"
#include "parse/markdown.h"

namespace packaudit {
namespace {

constexpr std::array<std::string_view, 4> kSections = {
    "troubleshooting", "use cases", "known limitations", "additional information"};

bool IsWatched(const MdHeading& heading) {
  if (heading.level != 2) return false;
  std::string text = docs::FoldSpaces(heading.text);
  while (!text.empty() && (text.back() == ':' || text.back() == '.')) text.pop_back();
  for (std::string_view name : kSections) {
    if (text == name) return true;
  }
  return false;
}

// Whether lines (first, last] hold only blanks, HTML comments and a setext
// underline right after the heading.
bool OnlyBlank(const SourceFile& file, int heading_line, int last_line) {
  std::string body;
  for (int line = heading_line + 1; line <= last_line; ++line) {
    std::string_view text = docs::Trim(file.Line(line));
    if (line == heading_line + 1 && !text.empty() &&
        text.find_first_not_of(text[0]) == std::string_view::npos &&
        (text[0] == '=' || text[0] == '-')) {
      continue;
    }
    body += text;
    body += '\n';
  }
  return docs::VisibleText(body).empty();
}

}  // namespace

void CheckEmptySections(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.embedded != nullptr) return;
  const SourceFile& file = *unit.file;
  const MarkdownDoc doc = ParseMarkdown(file);
  for (size_t i = 0; i < doc.headings.size(); ++i) {
    const MdHeading& heading = doc.headings[i];
    if (!IsWatched(heading)) continue;
    const MdHeading* next = i + 1 < doc.headings.size() ? &doc.headings[i + 1] : nullptr;
    if (next != nullptr && next->level > 2) continue;  // a subsection is content
    const int last = next != nullptr ? next->position.line - 1 : file.line_count();
    if (!OnlyBlank(file, heading.position.line, last)) continue;
    const std::string title = std::string(docs::Trim(heading.text));
    const size_t begin = file.LineStart(heading.position.line);
    emitter.AtBytes(rule, file, begin, file.LineEnd(heading.position.line), {{"section", title}},
                    "## " + title);
  }
}

}  // namespace packaudit
