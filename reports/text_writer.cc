#include "reports/text_writer.h"

#include <array>

namespace packaudit {
namespace {

std::string Plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string RenderText(const ScanResult& result, const TextOptions& options) {
  std::string out;
  std::array<int, 3> counts = {0, 0, 0};
  for (const Finding& f : result.findings) {
    ++counts[static_cast<int>(f.severity)];
    out += f.path + ":" + std::to_string(f.region.start_line) + ":" +
           std::to_string(f.region.start_column) + ": " + std::string(SeverityName(f.severity)) +
           " " + f.rule_id + " " + f.message;
    if (!f.pack.empty()) out += " [" + f.pack + "]";
    out += "\n";
  }
  if (!result.findings.empty()) out += "\n";
  const int total = static_cast<int>(result.findings.size());
  if (total == 0) {
    out += "No findings.\n";
  } else {
    out += Plural(total, "finding", "findings") + ": " +
           Plural(counts[static_cast<int>(Severity::kError)], "error", "errors") + ", " +
           Plural(counts[static_cast<int>(Severity::kWarning)], "warning", "warnings") + ", " +
           Plural(counts[static_cast<int>(Severity::kNote)], "note", "notes") + ".\n";
  }
  int skipped = 0;
  for (const SkippedPath& s : result.skipped) {
    if (!s.rule_id.empty()) ++skipped;
  }
  out += "Scanned " + Plural(result.files_scanned, "file", "files") + " in " +
         Plural(static_cast<int>(result.packs.size()), "pack", "packs") + "; " +
         Plural(skipped, "path", "paths") + " skipped.\n";
  if (options.fail_on == "none") {
    out += "Gate: passed (fail-on none).\n";
  } else if (options.gate_failed) {
    out += "Gate: FAILED (" + Plural(options.gate_count, "finding", "findings") +
           " at or above " + options.fail_on + ").\n";
  } else {
    out += "Gate: passed (no findings at or above " + options.fail_on + ").\n";
  }
  return out;
}

}  // namespace packaudit
