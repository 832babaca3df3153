#include "reports/json_writer.h"

#include <nlohmann/json.hpp>

#include "reports/pack_json.h"
#include "reports/product.h"

namespace packaudit {
namespace {

using Json = nlohmann::ordered_json;

Json StringOrNull(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json FindingJson(const Finding& finding, bool with_baseline) {
  const Region& r = finding.region;
  Json suppressions = Json::array();
  for (const Suppression& s : finding.suppressions) {
    suppressions.push_back(
        {{"kind", s.kind}, {"justification", s.justification}, {"source", s.source}});
  }
  Json out{{"rule_id", finding.rule_id},
           {"level", std::string(SeverityName(finding.severity))},
           {"path", finding.path},
           {"region",
            {{"start_line", r.start_line},
             {"start_column", r.start_column},
             {"end_line", r.end_line},
             {"end_column", r.end_column}}},
           {"message", finding.message},
           {"pack", StringOrNull(finding.pack)},
           {"fingerprint", finding.fingerprint},
           {"line_hash", finding.line_hash},
           {"suppressions", std::move(suppressions)}};
  if (with_baseline) {
    out["baseline_state"] =
        finding.baseline_state == BaselineState::kUnchanged ? "unchanged" : "new";
  }
  return out;
}

}  // namespace

std::string RenderJson(const ScanResult& result, int exit_code) {
  int errors = 0;
  int warnings = 0;
  int notes = 0;
  int suppressed = 0;
  int baselined = 0;
  int active = 0;
  const bool with_baseline = !result.baseline_path.empty();
  Json findings = Json::array();
  for (const Finding& finding : result.findings) {
    findings.push_back(FindingJson(finding, with_baseline));
    if (finding.suppressed()) {
      ++suppressed;
      continue;
    }
    if (!finding.active()) {
      ++baselined;
      continue;
    }
    ++active;
    switch (finding.severity) {
      case Severity::kError:
        ++errors;
        break;
      case Severity::kWarning:
        ++warnings;
        break;
      case Severity::kNote:
        ++notes;
        break;
    }
  }

  Json skipped = Json::array();
  for (const SkippedPath& path : result.skipped) {
    skipped.push_back({{"path", path.display_path},
                       {"rule_id", StringOrNull(path.rule_id)},
                       {"reason", path.reason}});
  }

  Json packs = Json::array();
  for (const PackSummary& pack : result.packs) {
    packs.push_back(PackJson(pack));
  }

  Json document{
      {"version", 1},
      {"tool", {{"name", kProductName}, {"version", result.tool_version}}},
      {"summary",
       {{"files_scanned", result.files_scanned},
        {"findings", active},
        {"counts", {{"error", errors}, {"warning", warnings}, {"note", notes}}},
        {"suppressed", suppressed},
        {"baselined", baselined},
        {"execution_successful", result.execution_successful},
        {"exit_code", exit_code}}},
      {"findings", std::move(findings)},
      {"skipped", std::move(skipped)},
      {"packs", std::move(packs)},
      {"scope", result.scope},
      {"scope_notes", result.scope_notes},
  };
  std::string text = document.dump(2, ' ', false, Json::error_handler_t::replace);
  text += '\n';
  return text;
}

}  // namespace packaudit
