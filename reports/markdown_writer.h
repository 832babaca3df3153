// Markdown summary of a scan, for a GitHub Actions job summary ($GITHUB_STEP_SUMMARY) or a pull
// request comment. GitHub Flavored Markdown, compact, in this order:
//
//   ## packaudit                         heading
//   gate line                            passed/failed, the --fail-on threshold, the count
//   Pack verdicts table                  pack, support, version, verdict, failing groups (rules);
//                                        blocked packs first, then not certified, then ready,
//                                        each in ScanResult (path) order
//   Findings line                        active findings by severity, then the suppressed ones
//                                        and those unchanged since the baseline (not counted)
//   Baseline line                        when a baseline was used: its file and absent entries
//   Scope notes                          ScanResult::scope_notes as a list
//   Top findings table                   active findings, most severe first
//                                        (reports/finding_rank.h), at most max_findings rows:
//                                        severity, rule, location, message
//   Footer                               files, packs, skipped paths, scan date, total findings
//
// Locations link to `<link_base><percent-encoded path>#L<line>` when link_base is set (a path
// outside the scan root, i.e. absolute, is never linked); otherwise they are `path:line` code
// spans. Pack-supplied text (messages, paths, pack names, support, version, rule ids, scope
// notes, the baseline path) is escaped so it cannot add links, images, HTML, emphasis, headings
// or list items, or break a table: line breaks and control characters become spaces (bidi
// controls become U+FFFD), Markdown punctuation is backslash-escaped, and GitHub's automatic
// links (http://, www., e-mail addresses, @mentions, #123 references) are broken with a U+200B
// zero-width space. Long texts are cut (messages at 300 characters).
//
// Size: the document is at most max_bytes bytes (a PR comment holds 65,536 characters). When
// the full summary is larger, whole rows are left out, pack rows first, then top-finding rows,
// then scope notes, and a line under each cut part says how many were left out.
//
// Deterministic: no duration, no timestamps; the scan date is ScanResult::scan_date (--today).
// Works only from the ScanResult and the options; never reads the environment. Pure function;
// thread-safe.
#ifndef PACKAUDIT_REPORTS_MARKDOWN_WRITER_H_
#define PACKAUDIT_REPORTS_MARKDOWN_WRITER_H_

#include <cstddef>
#include <string>

#include "scan/scan_result.h"

namespace packaudit {

struct MarkdownOptions {
  std::string fail_on = "error";  // "error" | "warning" | "note" | "none"
  bool gate_failed = false;
  int gate_count = 0;  // active findings at or above fail_on
  // Base URL for links to findings, e.g. "https://github.com/OWNER/REPO/blob/SHA/" (a '/' is
  // added when missing). Empty: no links.
  std::string link_base;
  size_t max_findings = 25;  // rows of the top findings table
  size_t max_bytes = 60000;  // size cap of the whole document
};

// The summary as UTF-8 Markdown ending in a newline.
std::string RenderMarkdown(const ScanResult& result, const MarkdownOptions& options);

// Escapes pack-supplied text for use inside a Markdown paragraph, list item or table cell (see
// the header comment). Exposed for tests.
std::string EscapeMarkdownText(std::string_view text);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_MARKDOWN_WRITER_H_
