// Markdown structure extracted with md4c: headings, links, images, tables, first line, text.
// Thread-safe: no shared state. md4c accepts any input, so this never fails; a file that is
// not valid UTF-8 is reported by the pipeline before it gets here.
#ifndef PACKAUDIT_PARSE_MARKDOWN_H_
#define PACKAUDIT_PARSE_MARKDOWN_H_

#include <string>
#include <vector>

#include "core/source_file.h"

namespace packaudit {

struct MdHeading {
  int level = 1;      // 1..6
  std::string text;   // plain text of the heading (inline markup removed)
  Position position;  // start of the heading's text
};

struct MdLink {
  std::string url;    // destination as written (after entity/escape decoding)
  std::string text;   // link text, or image alt text
  bool image = false;
  bool autolink = false;  // <https://...> or a bare URL recognised by md4c
  Position position;      // start of the link text (best effort: the line is exact)
};

struct MdTable {
  Position position;                            // first header cell
  std::vector<std::vector<std::string>> rows;   // header row first, cells as plain text
};

struct MarkdownDoc {
  std::vector<MdHeading> headings;
  std::vector<MdLink> links;  // links and images in document order
  std::vector<MdTable> tables;
  std::string plain_text;     // all text content, blocks separated by '\n'
  // First line that is not blank (and not only an HTML comment), trimmed; 0 when none.
  std::string first_line;
  int first_line_number = 0;
};

MarkdownDoc ParseMarkdown(const SourceFile& file);

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_MARKDOWN_H_
