// SARIF 2.1.0 writer: turns a finished ScanResult into one SARIF log with exactly one run, in the
// shape GitHub code scanning ingests (see the SARIF notes, sections 2 and 9).
//
// - tool.driver lists every rule of ScanResult::rules in that order (duplicate ids after the
//   first are dropped); a finding whose rule id is not among them gets a generic descriptor
//   appended, so every result's ruleId is declared and ruleIndex points at it.
// - results follow ScanResult::findings order, each with one location (percent-encoded path
//   relative to %SRCROOT%), a full region, snippet and context, partialFingerprints and, in the
//   canonical form, "suppressions": [] (results are never suppressed yet).
// - Findings of ENG rules (the scanner's own diagnostics) are also toolExecutionNotifications.
// - Secrets are redacted by the scan pipeline (scan/finalize.h); match_text is never written.
// - Output is deterministic: stable key order, 2-space indent, trailing newline, UTF-8 (invalid
//   UTF-8 in any input string becomes U+FFFD), no timestamps and no absolute paths beyond what
//   the ScanResult holds.
// Pure function of its inputs; thread-safe.
#ifndef PACKAUDIT_REPORTS_SARIF_WRITER_H_
#define PACKAUDIT_REPORTS_SARIF_WRITER_H_

#include <string>

#include "scan/scan_result.h"

namespace packaudit {

struct SarifOptions {
  // run.automationDetails.id: the GitHub category, e.g. "packaudit/packs/". A '/' is appended
  // when missing; empty means "packaudit/".
  std::string automation_id;
  int exit_code = 0;  // invocations[0].exitCode
  // GitHub-bound SARIF: leaves out "suppressions" (GitHub ignores them) and would leave out
  // suppressed results (none exist yet).
  bool github = false;
};

// The SARIF document as UTF-8 text ending in a newline.
std::string RenderSarif(const ScanResult& result, const SarifOptions& options);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_SARIF_WRITER_H_
