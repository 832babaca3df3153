// Text report: the scope notes (if any), one line per active finding ("path:line:col: level RULE
// message [pack]"), the counts of active findings, the waived findings ("Suppressed findings (N)":
// rule, path:line, justification and where the waiver is), a baseline line with --baseline,
// a table of per-pack certification verdicts (pack, support, version, verdict, failing groups
// with their rules), then the scan summary and the gate result. Deterministic; works only from the ScanResult.
#ifndef PACKAUDIT_REPORTS_TEXT_WRITER_H_
#define PACKAUDIT_REPORTS_TEXT_WRITER_H_

#include <string>

#include "scan/scan_result.h"

namespace packaudit {

struct TextOptions {
  std::string fail_on = "error";  // "error" | "warning" | "note" | "none"
  bool gate_failed = false;
  int gate_count = 0;             // findings at or above the threshold
};

std::string RenderText(const ScanResult& result, const TextOptions& options);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_TEXT_WRITER_H_
