// SARIF 2.1.0 writer: turns a finished ScanResult into one SARIF log with exactly one run, in the
// shape GitHub code scanning ingests (see the SARIF notes, sections 2 and 9). Two forms:
//
// Canonical (`--sarif`, SarifOptions::github false): every finding, in ScanResult order.
// - tool.driver lists every rule of ScanResult::rules in that order (duplicate ids after the
//   first are dropped); a finding whose rule id is not among them gets a generic descriptor
//   appended, so every result's ruleId is declared and ruleIndex points at it.
// - each result has one location (percent-encoded path relative to %SRCROOT%), a full region,
//   snippet and context, partialFingerprints, and always a "suppressions" array built from
//   Finding::suppressions (empty: not waived). Each element: kind "inSource" or "external" (any
//   other kind is written as "external"), status "accepted", justification (the reason given,
//   or "No reason was given."), location {artifactLocation, region.startLine} when the source
//   reads "path:line", and properties.source = the source as written.
// - when a baseline was used (ScanResult::baseline_path non-empty), every result has
//   baselineState "new" or "unchanged" (Finding::baseline_state; kNone counts as "new"), and
//   run.properties.baseline = {"file": baseline_path, "absent": baseline_absent}. Without a
//   baseline no result has baselineState.
// - Findings of ENG rules (the scanner's own diagnostics) are also toolExecutionNotifications.
//
// GitHub (`--github-sarif`, SarifOptions::github true): the canonical SARIF minus
// - every inactive result (Finding::active() false: suppressed, or unchanged since the baseline;
//   GitHub ignores suppressions and baselineState and would show them as open alerts);
// - the "suppressions" key;
// - above kGithubMaxResults active findings: only the kGithubMaxResults most severe are written,
//   in severity order (reports/finding_rank.h: level, then the rule's security severity, then
//   ScanResult order), and one more toolExecutionNotification (level "warning", descriptor id
//   "GitHubResultLimit", properties.omittedResults) says how many were left out. At or below the
//   limit the order is ScanResult order;
// - when the ruleset has more than kGithubMaxRules rules: only the rules the results use.
// Everything else (one run, automationDetails.id, invocation and its ENG notifications, run
// properties, baselineState on the results kept) is byte-identical to the canonical form. Other
// GitHub limits hold by construction: one location per result, no related locations or code
// flows, at most 10 tags per rule, rule names <= 255 and descriptions <= 1024 characters
// (reports/rule_help.h).
//
// Both forms: secrets are redacted by the scan pipeline (scan/finalize.h); match_text is never
// written. Output is deterministic: stable key order, 2-space indent, trailing newline, UTF-8
// (invalid UTF-8 in any input string becomes U+FFFD), no timestamps and no absolute paths beyond
// what the ScanResult holds.
// Pure function of its inputs; thread-safe.
#ifndef PACKAUDIT_REPORTS_SARIF_WRITER_H_
#define PACKAUDIT_REPORTS_SARIF_WRITER_H_

#include <cstddef>
#include <string>

#include "scan/scan_result.h"

namespace packaudit {

struct SarifOptions {
  // run.automationDetails.id: the GitHub category, e.g. "packaudit/packs/". A '/' is appended
  // when missing; empty means "packaudit/".
  std::string automation_id;
  int exit_code = 0;  // invocations[0].exitCode
  // GitHub-bound SARIF (see above): only active results, within GitHub's limits.
  bool github = false;
};

// GitHub code scanning stores and shows the top 5,000 results of a run (25,000 is the hard
// limit); the GitHub SARIF keeps the most severe 5,000 itself, so which ones survive is ours.
inline constexpr size_t kGithubMaxResults = 5000;
// Rules per run GitHub accepts.
inline constexpr size_t kGithubMaxRules = 25000;

// The SARIF document as UTF-8 text ending in a newline.
std::string RenderSarif(const ScanResult& result, const SarifOptions& options);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_SARIF_WRITER_H_
