// The code snippet of one finding in the HTML report: the context lines the pipeline kept
// (Finding::context from context_start_line, secrets already redacted) as a table with line
// numbers, the finding's region marked with <mark class="region"> and its rows with class "hit".
// Without context the region's own text (Finding::snippet) is shown; without either, nothing.
//
//   <table class="code"><tbody>
//     <tr class="line hit"><th class="ln" scope="row">6</th>
//       <td class="src">    return <mark class="region">eval(data)</mark></td></tr>
//   </tbody></table>
//
// Region columns are UTF-16 code units. When a redaction token before the region on its line
// shifts the columns, the mark follows the region's (redacted) text instead. Every byte of the
// snippet is escaped (html_escape.h). Pure function; thread-safe.
#ifndef PACKAUDIT_REPORTS_HTML_SNIPPET_H_
#define PACKAUDIT_REPORTS_HTML_SNIPPET_H_

#include <string>

#include "core/finding.h"

namespace packaudit {

std::string RenderSnippetHtml(const Finding& finding);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_HTML_SNIPPET_H_
