#include "reports/html_writer.h"

#include "reports/html_assets.h"
#include "reports/html_csp.h"
#include "reports/html_escape.h"
#include "reports/html_model.h"
#include "reports/product.h"

namespace packaudit {

namespace {

void AppendHeader(std::string& out, const ScanResult& result, const HtmlOptions& options) {
  const bool failed = options.fail_on != "none" && options.exit_code != 0;
  out +=
      "<header id=\"top\" class=\"page-header\">\n<div class=\"title-row\"><h1>Certification "
      "report</h1><button type=\"button\" id=\"theme-toggle\" class=\"control\" "
      "aria-pressed=\"false\" hidden>Dark theme</button></div>\n";
  out += "<p class=\"subtitle\">" + EscapeHtml(kProductName) + " " +
         EscapeHtml(result.tool_version) + " · gate <strong class=\"gate-word\">" +
         (failed ? "failed" : "passed") + "</strong> · " +
         CountText(static_cast<int>(result.packs.size()), "pack", "packs") + " · " +
         CountText(result.files_scanned, "file", "files") + " · scan date " +
         EscapeHtml(result.scan_date.empty() ? "unknown" : result.scan_date) + "</p>\n";
  out += "<p class=\"scope\">Scope: ";
  for (size_t i = 0; i < result.scope.size(); ++i) {
    if (i > 0) out += ", ";
    out += "<code>" + EscapeHtml(result.scope[i]) + "</code>";
  }
  if (result.scope.empty()) out += "<em>none</em>";
  out +=
      "</p>\n<nav class=\"toc\" aria-label=\"Sections\"><a href=\"#gate\">Gate</a> "
      "<a href=\"#verdicts\">Verdicts</a> <a href=\"#packs\">Packs</a> "
      "<a href=\"#severity\">Severity</a> <a href=\"#findings\">Findings</a> "
      "<a href=\"#suppressed\">Suppressed</a> <a href=\"#problems\">Skipped files</a> "
      "<a href=\"#hosts\">Outbound hosts</a> <a href=\"#metadata\">Scan details</a></nav>\n"
      "</header>\n";
}

void AppendRow(std::string& out, std::string_view term, const std::string& html) {
  out += "<div><dt>" + std::string(term) + "</dt><dd>" + html + "</dd></div>\n";
}

}  // namespace

void AppendMetadataSection(std::string& out, const HtmlModel& model, const HtmlOptions& options) {
  const ScanResult& result = *model.result;
  out += "<section id=\"metadata\">\n<h2>Scan details</h2>\n<dl class=\"metadata\">\n";
  AppendRow(out, "Tool",
            EscapeHtml(kProductName) + " <span id=\"tool-version\">" +
                EscapeHtml(result.tool_version) + "</span>");
  AppendRow(out, "Ruleset hash",
            "<code id=\"ruleset-hash\">" + EscapeHtml(result.ruleset_hash) + "</code> (" +
                CountText(static_cast<int>(result.rules.size()), "rule", "rules") + " enabled)");
  std::string scope = "<ul class=\"scope-list\">";
  for (const std::string& s : result.scope) scope += "<li><code>" + EscapeHtml(s) + "</code></li>";
  scope += "</ul>";
  for (const std::string& note : result.scope_notes) {
    scope += "<p class=\"scope-note\">" + EscapeHtml(note) + "</p>";
  }
  AppendRow(out, "Scope", scope);
  AppendRow(out, "Files scanned", std::to_string(result.files_scanned));
  AppendRow(out, "Scan date", "<span id=\"scan-date\">" + EscapeHtml(result.scan_date) + "</span>");
  AppendRow(out, "Duration",
            result.duration_ms >= 0
                ? "<span id=\"duration-ms\">" + std::to_string(result.duration_ms) + "</span> ms"
                : std::string("<span id=\"duration-ms\">not measured</span>"));
  AppendRow(out, "Fail on", EscapeHtml(options.fail_on));
  AppendRow(out, "Exit code", std::to_string(options.exit_code));
  AppendRow(out, "Every file read and parsed", result.execution_successful ? "yes" : "no");
  if (model.baseline) {
    AppendRow(out, "Baseline",
              "<code>" + EscapeHtml(result.baseline_path) + "</code>: " +
                  CountText(model.baselined, "finding", "findings") + " already recorded, " +
                  CountText(result.baseline_absent, "entry", "entries") + " no longer found");
  } else {
    AppendRow(out, "Baseline", "none");
  }
  out += "</dl>\n</section>\n";
}

std::string RenderHtml(const ScanResult& result, const HtmlOptions& options) {
  const std::string_view style = HtmlAsset("report.css");
  const std::string_view script = HtmlAsset("report.js");
  const HtmlModel model = BuildHtmlModel(result);
  const bool failed = options.fail_on != "none" && options.exit_code != 0;

  std::string out;
  out.reserve(64 * 1024 + result.findings.size() * 2048);
  out +=
      "<!DOCTYPE html>\n<html lang=\"en\" data-theme=\"auto\">\n<head>\n<meta charset=\"utf-8\">\n";
  // The policy is ours and holds no '"', '&' or '<': written as is, so it reads as sent.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + ReportCsp(HtmlAssetSha256("report.css"), HtmlAssetSha256("report.js")) +
         "\">\n";
  out +=
      "<meta name=\"referrer\" content=\"no-referrer\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"color-scheme\" content=\"light dark\">\n";
  out += "<meta name=\"generator\" content=\"" + EscapeHtml(kProductName) + " " +
         EscapeHtml(result.tool_version) + "\">\n";
  out += "<title>" + EscapeHtml(kProductName) + " certification report: gate " +
         (failed ? "failed" : "passed") + "</title>\n";
  out += "<style>";
  out += style;
  out += "</style>\n</head>\n<body>\n";
  AppendHeader(out, result, options);
  out += "<main>\n";
  AppendGateSection(out, model, options);
  AppendVerdictSection(out, model);
  AppendPackTableSection(out, model);
  AppendSeveritySection(out, model);
  AppendFindingsSection(out, model);
  AppendSuppressedSection(out, model);
  AppendProblemsSection(out, model);
  AppendHostsSection(out, model);
  AppendMetadataSection(out, model, options);
  out += "</main>\n<footer class=\"page-footer\"><p>Written by " + EscapeHtml(kProductName) + " " +
         EscapeHtml(result.tool_version) +
         ". Text from the scanned packs is shown as text: nothing in this page loads, links to "
         "or runs pack content.</p></footer>\n";
  out += "<script>";
  out += script;
  out += "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace packaudit
