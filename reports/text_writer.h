// Text report: one line per finding ("path:line:col: level RULE message [pack]"), the counts,
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
