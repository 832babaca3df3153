// Run- and pack-level sections of the HTML report: gate banner, verdict cards, the sortable
// pack table, the severity summary with its bar chart, and the outbound-host inventory.
#include <algorithm>

#include "reports/html_escape.h"
#include "reports/html_model.h"
#include "reports/html_writer.h"

namespace packaudit {
namespace {

constexpr Severity kSeverities[] = {Severity::kError, Severity::kWarning, Severity::kNote};

std::string Attr(std::string_view name, std::string_view value) {
  return " " + std::string(name) + "=\"" + EscapeHtml(value) + "\"";
}

int VerdictRank(Verdict verdict) {
  switch (verdict) {
    case Verdict::kBlocked:
      return 0;
    case Verdict::kNotCertified:
      return 1;
    case Verdict::kCertificationReady:
      return 2;
  }
  return 2;
}

std::string StatusBadge(bool passed) {
  return passed ? "<span class=\"status status-pass\">Passed</span>"
                : "<span class=\"status status-fail\">Failed</span>";
}

std::string Joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += EscapeHtml(items[i]);
  }
  return out;
}

}  // namespace

void AppendGateSection(std::string& out, const HtmlModel& model, const HtmlOptions& options) {
  const ScanResult& result = *model.result;
  const bool disabled = options.fail_on == "none";
  const bool failed = !disabled && options.exit_code != 0;
  const char* state = failed ? "failed" : "passed";
  out += "<section id=\"gate\" class=\"gate gate-";
  out += state;
  out += "\"" + Attr("data-gate", state) +
         Attr("data-exit-code", std::to_string(options.exit_code)) +
         ">\n<h2>Gate: " + std::string(failed ? "Failed" : "Passed") + "</h2>\n";
  out += "<p class=\"gate-summary\">";
  if (disabled) {
    out += "The gate is off (fail-on none): findings never fail the scan.";
  } else {
    out += EscapeHtml(CountText(options.gate_count, "active finding", "active findings")) +
           " at or above <strong>" + EscapeHtml(options.fail_on) + "</strong>";
    out += failed ? "; the gate fails." : "; the gate passes.";
  }
  out += " Exit code " + std::to_string(options.exit_code) + ".</p>\n";
  out +=
      "<table class=\"conditions\"><thead><tr><th scope=\"col\">Condition</th>"
      "<th scope=\"col\">Actual</th><th scope=\"col\">Required</th>"
      "<th scope=\"col\">Result</th></tr></thead><tbody>\n";
  if (!disabled) {
    out += std::string("<tr class=\"") + (failed ? "cond-failed" : "cond-passed") +
           "\"><th scope=\"row\">Active findings at or above " + EscapeHtml(options.fail_on) +
           "</th><td class=\"num\">" + std::to_string(options.gate_count) +
           "</td><td class=\"num\">0</td><td>" + StatusBadge(!failed) + "</td></tr>\n";
  }
  int blocked = 0;
  int not_certified = 0;
  int ready = 0;
  for (const PackSummary& pack : result.packs) {
    switch (pack.verdict.verdict) {
      case Verdict::kBlocked:
        ++blocked;
        break;
      case Verdict::kNotCertified:
        ++not_certified;
        break;
      case Verdict::kCertificationReady:
        ++ready;
        break;
    }
  }
  const int packs = static_cast<int>(result.packs.size());
  out += std::string("<tr class=\"") + (blocked == 0 ? "cond-passed" : "cond-failed") +
         "\"><th scope=\"row\">Packs blocked (security or privacy error)</th><td class=\"num\">" +
         std::to_string(blocked) + "</td><td class=\"num\">0</td><td>" + StatusBadge(blocked == 0) +
         "</td></tr>\n";
  out += std::string("<tr class=\"") + (ready == packs ? "cond-passed" : "cond-failed") +
         "\"><th scope=\"row\">Packs certification-ready</th><td class=\"num\">" +
         std::to_string(ready) + "</td><td class=\"num\">" + std::to_string(packs) + "</td><td>" +
         StatusBadge(ready == packs) + "</td></tr>\n";
  int not_examined = 0;
  for (const SkippedPath& s : result.skipped) not_examined += s.rule_id.empty() ? 0 : 1;
  for (const Finding& f : result.findings) {
    if (f.rule_id == "ENG001" || f.rule_id == "ENG004" || f.rule_id == "ENG007") ++not_examined;
  }
  out += std::string("<tr class=\"") +
         (result.execution_successful ? "cond-passed" : "cond-failed") +
         "\"><th scope=\"row\">Every file read and parsed</th><td>" +
         (result.execution_successful ? "yes" : "no") + "</td><td>yes</td><td>" +
         StatusBadge(result.execution_successful) + "</td></tr>\n";
  out += "</tbody></table>\n";
  out +=
      "<p class=\"gate-note\">Only the first condition decides the exit code; the others are "
      "for the release decision.";
  if (not_examined > 0) {
    out += " " + EscapeHtml(CountText(not_examined, "path was", "paths were")) +
           " not fully examined: see <a href=\"#problems\">Skipped and unparsable files</a>.";
  }
  out += "</p>\n<ul class=\"verdict-tally\">";
  out += "<li class=\"verdict-blocked\"><span class=\"num\">" + std::to_string(blocked) +
         "</span> Blocked</li>";
  out += "<li class=\"verdict-not-certified\"><span class=\"num\">" +
         std::to_string(not_certified) + "</span> Not certified</li>";
  out += "<li class=\"verdict-certification-ready\"><span class=\"num\">" + std::to_string(ready) +
         "</span> Certification-ready</li></ul>\n</section>\n";
}

void AppendVerdictSection(std::string& out, const HtmlModel& model) {
  const ScanResult& result = *model.result;
  out += "<section id=\"verdicts\">\n<h2>Pack verdicts</h2>\n";
  if (result.packs.empty()) {
    out += "<p class=\"empty\">No pack was scanned: only file rules ran.</p>\n</section>\n";
    return;
  }
  out +=
      "<p class=\"lead\">A requirement group fails when it holds an active finding of "
      "severity error; warnings and notes are listed but do not fail it.</p>\n"
      "<div class=\"cards\">\n";
  for (size_t i = 0; i < result.packs.size(); ++i) {
    const PackSummary& pack = result.packs[i];
    const std::string verdict(VerdictName(pack.verdict.verdict));
    out += "<article class=\"verdict-card verdict-" + verdict + "\"" + Attr("id", PackAnchor(i)) +
           Attr("data-pack", pack.name) + Attr("data-verdict", verdict) + ">\n";
    out += "<header><h3 class=\"pack-name\">" + EscapeHtml(pack.name) +
           "</h3><span class=\"verdict-badge\">" + EscapeHtml(VerdictTitle(pack.verdict.verdict)) +
           "</span></header>\n";
    out += "<p class=\"pack-meta\">version <span class=\"pack-version\">" +
           EscapeHtml(pack.version.empty() ? "unknown" : pack.version) +
           "</span> · <span class=\"pack-support\">" +
           EscapeHtml(pack.support.empty() ? "unknown" : pack.support) +
           "</span> support · <code class=\"pack-path\">" + EscapeHtml(pack.path) + "</code></p>\n";
    out +=
        "<table class=\"groups\"><thead><tr><th scope=\"col\">Requirement</th>"
        "<th scope=\"col\">Result</th><th scope=\"col\">Errors</th>"
        "<th scope=\"col\">Allowed</th><th scope=\"col\">Warnings</th>"
        "<th scope=\"col\">Notes</th><th scope=\"col\">Failing rules</th></tr></thead><tbody>\n";
    for (const GroupResult& g : pack.verdict.groups) {
      out += std::string("<tr class=\"") + (g.passed ? "group-passed" : "group-failed") + "\"" +
             Attr("data-group", g.name) + "><th scope=\"row\">" + EscapeHtml(g.title) +
             "</th><td>" + StatusBadge(g.passed) + "</td><td class=\"num\">" +
             std::to_string(g.errors) + "</td><td class=\"num\">0</td><td class=\"num\">" +
             std::to_string(g.warnings) + "</td><td class=\"num\">" + std::to_string(g.notes) +
             "</td><td class=\"rules\">" + Joined(g.failing_rules, ", ") + "</td></tr>\n";
    }
    out += "</tbody></table>\n</article>\n";
  }
  out += "</div>\n</section>\n";
}

void AppendPackTableSection(std::string& out, const HtmlModel& model) {
  const ScanResult& result = *model.result;
  if (result.packs.empty()) return;
  struct Column {
    const char* key;
    const char* type;
    const char* title;
  };
  static constexpr Column kColumns[] = {{"pack", "text", "Pack"},
                                        {"version", "version", "Version"},
                                        {"support", "text", "Support"},
                                        {"error", "number", "Errors"},
                                        {"warning", "number", "Warnings"},
                                        {"note", "number", "Notes"},
                                        {"suppressed", "number", "Suppressed"},
                                        {"verdict", "number", "Verdict"}};
  out +=
      "<section id=\"packs\">\n<h2>Packs</h2>\n"
      "<p class=\"lead\">Active findings per pack; waived findings are counted apart.</p>\n"
      "<table id=\"pack-table\" class=\"sortable\"><thead><tr>";
  for (const Column& c : kColumns) {
    out += std::string(
               "<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" "
               "class=\"sort\" data-sort-key=\"") +
           c.key + "\" data-sort-type=\"" + c.type + "\">" + c.title + "</button></th>";
  }
  out += "</tr></thead><tbody>\n";
  for (size_t i = 0; i < result.packs.size(); ++i) {
    const PackSummary& pack = result.packs[i];
    const SeverityCounts& counts = model.pack_active[i];
    const std::string errors = std::to_string(counts[static_cast<int>(Severity::kError)]);
    const std::string warnings = std::to_string(counts[static_cast<int>(Severity::kWarning)]);
    const std::string notes = std::to_string(counts[static_cast<int>(Severity::kNote)]);
    const std::string suppressed = std::to_string(model.pack_suppressed[i]);
    const std::string verdict(VerdictName(pack.verdict.verdict));
    out += "<tr" + Attr("data-pack", pack.name) + Attr("data-sort-pack", pack.name) +
           Attr("data-sort-version", pack.version) + Attr("data-sort-support", pack.support) +
           Attr("data-sort-error", errors) + Attr("data-sort-warning", warnings) +
           Attr("data-sort-note", notes) + Attr("data-sort-suppressed", suppressed) +
           Attr("data-sort-verdict", std::to_string(VerdictRank(pack.verdict.verdict))) + ">";
    out += "<td><a" + Attr("href", "#" + PackAnchor(i)) + ">" + EscapeHtml(pack.name) +
           "</a></td><td>" + EscapeHtml(pack.version.empty() ? "-" : pack.version) + "</td><td>" +
           EscapeHtml(pack.support.empty() ? "-" : pack.support) + "</td>";
    out += "<td class=\"num sev-error\">" + errors + "</td><td class=\"num sev-warning\">" +
           warnings + "</td><td class=\"num sev-note\">" + notes + "</td><td class=\"num\">" +
           suppressed + "</td>";
    out += "<td><span class=\"verdict-badge verdict-" + verdict + "\">" +
           EscapeHtml(VerdictTitle(pack.verdict.verdict)) + "</span></td></tr>\n";
  }
  out += "</tbody></table>\n</section>\n";
}

void AppendSeveritySection(std::string& out, const HtmlModel& model) {
  out += "<section id=\"severity\">\n<h2>Severity summary</h2>\n<dl class=\"severity-counts\">";
  int max = 0;
  for (Severity s : kSeverities) max = std::max(max, model.active[static_cast<int>(s)]);
  for (Severity s : kSeverities) {
    const std::string name(SeverityName(s));
    out += "<div class=\"sev-" + name + "\"><dt>" + name + "</dt><dd data-severity-count=\"" +
           name + "\">" + std::to_string(model.active[static_cast<int>(s)]) + "</dd></div>";
  }
  out += "</dl>\n";
  // The chart: one bar per severity, labelled with its name and count (not colour alone).
  constexpr int kBarMax = 300;
  const int errors = model.active[static_cast<int>(Severity::kError)];
  const int warnings = model.active[static_cast<int>(Severity::kWarning)];
  const int notes = model.active[static_cast<int>(Severity::kNote)];
  out +=
      "<svg class=\"bar-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
      "viewBox=\"0 0 460 96\" width=\"460\" height=\"96\" aria-label=\"Active findings by "
      "severity: " +
      std::to_string(errors) + " errors, " + std::to_string(warnings) + " warnings, " +
      std::to_string(notes) + " notes\">";
  int y = 4;
  for (Severity s : kSeverities) {
    const std::string name(SeverityName(s));
    const int n = model.active[static_cast<int>(s)];
    const int width = max == 0 ? 0 : std::max(n > 0 ? 2 : 0, n * kBarMax / max);
    out += "<g class=\"bar sev-" + name + "\"><text class=\"bar-label\" x=\"0\" y=\"" +
           std::to_string(y + 19) + "\">" + name + "</text><rect x=\"80\" y=\"" +
           std::to_string(y + 4) + "\" width=\"" + std::to_string(width) +
           "\" height=\"20\" rx=\"3\"></rect><text class=\"bar-value\" x=\"" +
           std::to_string(88 + width) + "\" y=\"" + std::to_string(y + 19) + "\">" +
           std::to_string(n) + "</text></g>";
    y += 30;
  }
  out += "</svg>\n<p class=\"note\">Active findings only. Not counted: " +
         CountText(model.suppressed, "suppressed finding", "suppressed findings");
  if (model.baseline) {
    out += ", " + CountText(model.baselined, "finding", "findings") + " already in the baseline";
  }
  out += ".</p>\n</section>\n";
}

void AppendHostsSection(std::string& out, const HtmlModel& model) {
  const ScanResult& result = *model.result;
  if (result.packs.empty()) return;
  out +=
      "<section id=\"hosts\">\n<h2>Outbound hosts</h2>\n<p class=\"lead\">Every external host a "
      "pack's code or YAML defaults contact. Hosts are shown as text, never as links.</p>\n";
  for (size_t i = 0; i < result.packs.size(); ++i) {
    const PackSummary& pack = result.packs[i];
    out += "<section class=\"host-pack\"" + Attr("data-pack", pack.name) + "><h3>" +
           EscapeHtml(pack.name) + " <span class=\"count\">(" +
           std::to_string(pack.outbound_hosts.size()) + ")</span></h3>\n";
    if (pack.outbound_hosts.empty()) {
      out += "<p class=\"empty\">No outbound hosts.</p>\n</section>\n";
      continue;
    }
    out +=
        "<table class=\"hosts\"><thead><tr><th scope=\"col\">Host</th>"
        "<th scope=\"col\">Sources</th><th scope=\"col\">Server URL</th>"
        "<th scope=\"col\">Hard-coded</th><th scope=\"col\">Disclosed</th>"
        "<th scope=\"col\">Items</th><th scope=\"col\">Occurrences</th>"
        "<th scope=\"col\">Locations</th></tr></thead><tbody>\n";
    for (const OutboundHost& h : pack.outbound_hosts) {
      std::vector<std::string> sources;
      for (HostSource source : h.sources) sources.emplace_back(HostSourceName(source));
      out += "<tr" + Attr("data-host", h.host) + "><td><code class=\"host\">" + EscapeHtml(h.host) +
             "</code></td><td>" + Joined(sources, ", ") + "</td><td>" +
             (h.derived_from_server_url ? "yes" : "no") + "</td><td>" +
             (h.hard_coded ? "yes" : "no") + "</td><td" +
             (h.disclosed ? ">yes" : " class=\"undisclosed\">no") + "</td><td>" +
             Joined(h.items, ", ") + "</td><td class=\"num\">" + std::to_string(h.occurrences) +
             "</td><td><ul class=\"locations\">";
      for (const HostLocation& l : h.locations) {
        out += "<li><code>" + EscapeHtml(l.path) + ":" + std::to_string(l.line) + "</code> (" +
               std::string(HostSourceName(l.source)) + ")</li>";
      }
      out += "</ul></td></tr>\n";
    }
    out += "</tbody></table>\n</section>\n";
  }
  out += "</section>\n";
}

}  // namespace packaudit
