#include "reports/text_writer.h"

#include <algorithm>
#include <array>

namespace packaudit {
namespace {

std::string Plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string Pad(const std::string& text, size_t width) {
  return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

// One line per pack: name, support, version, verdict and the failing groups with their rules.
std::string VerdictTable(const std::vector<PackSummary>& packs) {
  std::vector<std::array<std::string, 5>> rows;
  rows.push_back({"PACK", "SUPPORT", "VERSION", "VERDICT", "FAILING"});
  for (const PackSummary& pack : packs) {
    std::string failing;
    for (const GroupResult& g : pack.verdict.groups) {
      if (g.passed) continue;
      if (!failing.empty()) failing += "; ";
      failing += g.name + " (";
      for (size_t i = 0; i < g.failing_rules.size(); ++i) {
        failing += (i > 0 ? ", " : "") + g.failing_rules[i];
      }
      failing += ")";
    }
    rows.push_back({pack.name, pack.support.empty() ? "-" : pack.support,
                    pack.version.empty() ? "-" : pack.version,
                    std::string(VerdictTitle(pack.verdict.verdict)),
                    failing.empty() ? "-" : failing});
  }
  std::array<size_t, 4> width = {0, 0, 0, 0};
  for (const auto& row : rows) {
    for (size_t c = 0; c < width.size(); ++c) width[c] = std::max(width[c], row[c].size());
  }
  std::string out = "Pack verdicts:\n";
  for (const auto& row : rows) {
    out += "  ";
    for (size_t c = 0; c < width.size(); ++c) out += Pad(row[c], width[c]) + "  ";
    out += row[4] + "\n";
  }
  return out;
}

}  // namespace

// "Suppressed findings (N)": rule, place and the justification of each waived finding.
std::string SuppressedSection(const std::vector<Finding>& findings) {
  std::string body;
  int n = 0;
  for (const Finding& f : findings) {
    if (!f.suppressed()) continue;
    ++n;
    body += "  " + f.rule_id + " " + f.path + ":" + std::to_string(f.region.start_line);
    for (const Suppression& s : f.suppressions) {
      body += " -- " + (s.justification.empty() ? std::string("(no reason)") : s.justification) +
              " (" + s.source + ")";
    }
    body += "\n";
  }
  if (n == 0) return "";
  return "Suppressed findings (" + std::to_string(n) + "):\n" + body + "\n";
}

std::string RenderText(const ScanResult& result, const TextOptions& options) {
  std::string out;
  for (const std::string& note : result.scope_notes) out += note + "\n";
  if (!result.scope_notes.empty()) out += "\n";
  std::array<int, 3> counts = {0, 0, 0};
  int total = 0;
  int baselined = 0;
  for (const Finding& f : result.findings) {
    if (!f.active()) {
      if (!f.suppressed()) ++baselined;
      continue;
    }
    ++total;
    ++counts[static_cast<int>(f.severity)];
    out += f.path + ":" + std::to_string(f.region.start_line) + ":" +
           std::to_string(f.region.start_column) + ": " + std::string(SeverityName(f.severity)) +
           " " + f.rule_id + " " + f.message;
    if (!f.pack.empty()) out += " [" + f.pack + "]";
    out += "\n";
  }
  if (total > 0) out += "\n";
  if (total == 0) {
    out += "No findings.\n";
  } else {
    out += Plural(total, "finding", "findings") + ": " +
           Plural(counts[static_cast<int>(Severity::kError)], "error", "errors") + ", " +
           Plural(counts[static_cast<int>(Severity::kWarning)], "warning", "warnings") + ", " +
           Plural(counts[static_cast<int>(Severity::kNote)], "note", "notes") + ".\n";
  }
  out += [&] {
    const std::string section = SuppressedSection(result.findings);
    return section.empty() ? section : "\n" + section.substr(0, section.size() - 1);
  }();
  if (!result.baseline_path.empty()) {
    out += "\n" + Plural(baselined, "finding", "findings") + " already in the baseline " +
           (baselined == 1 ? "is" : "are") + " not shown; " +
           Plural(result.baseline_absent, "baseline entry", "baseline entries") + " no longer " +
           (result.baseline_absent == 1 ? "matches" : "match") + ".\n";
  }
  if (!result.packs.empty()) out += "\n" + VerdictTable(result.packs) + "\n";
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
    out += "Gate: FAILED (" + Plural(options.gate_count, "finding", "findings") + " at or above " +
           options.fail_on + ").\n";
  } else {
    out += "Gate: passed (no findings at or above " + options.fail_on + ").\n";
  }
  return out;
}

}  // namespace packaudit
