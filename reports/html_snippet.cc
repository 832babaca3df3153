#include "reports/html_snippet.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "reports/html_escape.h"

namespace packaudit {
namespace {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The byte range [begin, end) to mark on `line` (number `number`) of the region, or begin == end
// for none.
struct Mark {
  size_t begin = 0;
  size_t end = 0;
};

Mark MarkOnLine(const Finding& finding, std::string_view line, int number) {
  const Region& r = finding.region;
  Mark mark;
  if (number < r.start_line || number > r.end_line) return mark;
  mark.begin = number == r.start_line ? ByteOffsetOfUtf16Column(line, r.start_column) : 0;
  mark.end = number == r.end_line ? ByteOffsetOfUtf16Column(line, r.end_column) : line.size();
  if (number == r.start_line && !finding.snippet.empty()) {
    // The region's first line of text, without the cap marker: where the columns disagree with
    // it (a redaction token earlier on the line), mark where that text really is.
    std::string_view first = finding.snippet;
    first = first.substr(0, first.find('\n'));
    if (first.size() > 3 && first.ends_with("...") && finding.snippet.size() >= 400) {
      first.remove_suffix(3);
    }
    if (!first.empty()) {
      const size_t at =
          line.substr(mark.begin, first.size()) == first ? mark.begin : line.find(first);
      if (at != std::string_view::npos) {
        mark.begin = at;
        if (r.end_line == r.start_line) mark.end = at + first.size();
      }
    }
  }
  mark.end = std::max(mark.begin, std::min(mark.end, line.size()));
  return mark;
}

void AppendRow(std::string& out, const Finding& finding, std::string_view line, int number) {
  const Region& r = finding.region;
  const bool hit = number >= r.start_line && number <= r.end_line;
  out += hit ? "<tr class=\"line hit\">" : "<tr class=\"line\">";
  out += "<th class=\"ln\" scope=\"row\">" + std::to_string(number) + "</th><td class=\"src\">";
  const Mark mark = MarkOnLine(finding, line, number);
  if (mark.end > mark.begin) {
    AppendEscaped(out, line.substr(0, mark.begin));
    out += "<mark class=\"region\">";
    AppendEscaped(out, line.substr(mark.begin, mark.end - mark.begin));
    out += "</mark>";
    AppendEscaped(out, line.substr(mark.end));
  } else {
    AppendEscaped(out, line);
  }
  out += "</td></tr>";
}

}  // namespace

std::string RenderSnippetHtml(const Finding& finding) {
  std::string out;
  if (!finding.context.empty() && finding.context_start_line >= 1) {
    out += "<table class=\"code\"><tbody>";
    int number = finding.context_start_line;
    for (std::string_view line : SplitLines(finding.context))
      AppendRow(out, finding, line, number++);
    out += "</tbody></table>";
  } else if (!finding.snippet.empty()) {
    out += "<table class=\"code\"><tbody>";
    int number = std::max(1, finding.region.start_line);
    for (std::string_view line : SplitLines(finding.snippet)) {
      out += "<tr class=\"line hit\"><th class=\"ln\" scope=\"row\">" + std::to_string(number++) +
             "</th><td class=\"src\"><mark class=\"region\">";
      AppendEscaped(out, line);
      out += "</mark></td></tr>";
    }
    out += "</tbody></table>";
  }
  return out;
}

}  // namespace packaudit
