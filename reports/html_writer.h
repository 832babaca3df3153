// HTML certification report: one self-contained page for reviewers, written from a finished
// ScanResult (never re-reads files). Deterministic: the same ScanResult and options give the same
// bytes whatever -j was; the only run-dependent value is the duration, alone in
// <span id="duration-ms">, so golden tests can normalise it.
//
// Self-contained and inert: the stylesheet and the script are the only inline blocks (embedded
// from reports/html/ at build time) and a Content-Security-Policy meta tag admits exactly those
// two by hash and forbids every load (html_csp.h). No fonts, images, frames or requests. Every
// byte from a scan is escaped (html_escape.h) in text and in attributes; invalid UTF-8 becomes
// U+FFFD; a URL from a pack is never a link (only "#..." anchors to the page itself are). The
// page is complete without scripts: the script only filters, sorts and toggles.
//
// Sections, in order (print puts the gate and the verdicts on the first page):
//   header#top             title, tool, scope, scan date, theme toggle, table of contents
//   section#gate           .gate.gate-passed|.gate-failed, data-gate="passed|failed",
//                          data-exit-code; table.conditions (condition, actual, required, result)
//   section#verdicts       article.verdict-card#pack-N[data-pack][data-verdict] per pack with
//                          table.groups, one tr[data-group] per requirement group
//   section#packs          table#pack-table.sortable; th > button.sort[data-sort-key]
//                          [data-sort-type=text|version|number]; tbody tr[data-pack] carries
//                          data-sort-<key> for every key; th aria-sort reflects the order
//   section#severity       dd[data-severity-count=error|warning|note]; svg.bar-chart
//   section#findings       div#filters (hidden until the script runs) holding
//                            .chip-group[data-filter] > button.chip[data-filter][data-value]
//                            [aria-pressed] with span.chip-count; filters: severity, area, rule,
//                            pack, status; input#keyword; button#clear-filters
//                          p#shown-count > span#shown-number, span#total-number
//                          div#finding-list > section.pack-group[data-pack] >
//                            section.rule-group[data-rule] > (details.rule-help,
//                            article.finding#f-N[data-severity][data-area][data-rule][data-pack]
//                            [data-status=open|new|baselined][data-path])
//                          each finding: .finding-head, p.finding-message, div.snippet >
//                            table.code (tr.line[.hit] > th.ln + td.src, mark.region)
//                          p#no-match shown when nothing matches
//   section#suppressed     article.suppressed-finding per waived finding, table.waivers
//   section#problems       skipped and unparsable paths: tr[data-rule] (path, rule, reason)
//   section#hosts          section.host-pack[data-pack] > table.hosts > tr[data-host]
//   section#metadata       tool version, ruleset hash, scope + notes, files, scan date,
//                          span#duration-ms, baseline
// Script behaviour (the browser tests rely on it): a finding is hidden (the `hidden` attribute)
// unless, for every filter with pressed chips, its data value is one of them, and the keyword
// (case-insensitive) occurs in its rule id, path or message; pack and rule groups with no shown
// finding are hidden; #shown-number counts shown findings. button#theme-toggle sets
// html[data-theme=dark|light] (default "auto": prefers-color-scheme). Print media opens every
// <details> and hides the controls.
//
// Pure function; thread-safe.
#ifndef PACKAUDIT_REPORTS_HTML_WRITER_H_
#define PACKAUDIT_REPORTS_HTML_WRITER_H_

#include <string>

#include "scan/scan_result.h"

namespace packaudit {

struct HtmlOptions {
  std::string fail_on = "error";  // "error" | "warning" | "note" | "none"
  int gate_count = 0;             // active findings at or above fail_on
  int exit_code = 0;              // the scan's exit code (0 passed, 1 failed)
};

std::string RenderHtml(const ScanResult& result, const HtmlOptions& options);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_HTML_WRITER_H_
