// Finding-level sections of the HTML report: the filterable findings list (pack, then rule),
// the suppressed findings with their waivers, and the skipped or unparsable files.
#include <algorithm>
#include <set>
#include <tuple>

#include "reports/html_escape.h"
#include "reports/html_model.h"
#include "reports/html_snippet.h"
#include "reports/html_writer.h"
#include "reports/product.h"
#include "reports/rule_help.h"

namespace packaudit {
namespace {

std::string Attr(std::string_view name, std::string_view value) {
  return " " + std::string(name) + "=\"" + EscapeHtml(value) + "\"";
}

std::string PackLabel(std::string_view pack) {
  return pack.empty() ? std::string("(outside any pack)") : EscapeHtml(pack);
}

// Rule text as paragraphs (blank lines separate them); `code` spans become <code>.
void AppendProse(std::string& out, std::string_view text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view paragraph = text.substr(start, end - start);
    start = end + 2;
    while (!paragraph.empty() && (paragraph.front() == '\n' || paragraph.front() == ' ')) {
      paragraph.remove_prefix(1);
    }
    if (paragraph.empty()) continue;
    out += "<p>";
    bool code = false;
    size_t at = 0;
    while (at <= paragraph.size()) {
      const size_t tick = paragraph.find('`', at);
      const std::string_view piece =
          paragraph.substr(at, tick == std::string_view::npos ? std::string_view::npos : tick - at);
      if (code) out += "<code>";
      AppendEscaped(out, piece);
      if (code) out += "</code>";
      if (tick == std::string_view::npos) break;
      code = !code;
      at = tick + 1;
    }
    if (code) out += "</code>";  // an unpaired backtick: nothing is left open
    out += "</p>";
  }
}

void AppendRuleHelp(std::string& out, const HtmlRuleGroup& group) {
  const RuleSpec* rule = group.rule;
  if (rule == nullptr) {
    out +=
        "<p class=\"rule-summary\">This rule id is not part of the ruleset recorded for this "
        "scan.</p>\n";
    return;
  }
  out += "<p class=\"rule-summary\">" + EscapeHtml(RuleShortDescription(*rule)) + "</p>\n";
  out +=
      "<details class=\"rule-help\"><summary>Rule help: why and how to fix</summary>"
      "<div class=\"help-body\">";
  if (!rule->rationale.empty()) {
    out += "<h5>Why it matters</h5>";
    AppendProse(out, rule->rationale);
  }
  if (!rule->remediation.empty()) {
    out += "<h5>How to fix</h5>";
    AppendProse(out, rule->remediation);
  }
  if (!rule->example_bad.empty()) {
    out += "<h5>Example: flagged</h5><pre class=\"example example-bad\"><code>" +
           EscapeHtml(rule->example_bad) + "</code></pre>";
  }
  if (!rule->example_good.empty()) {
    out += "<h5>Example: fixed</h5><pre class=\"example example-good\"><code>" +
           EscapeHtml(rule->example_good) + "</code></pre>";
  }
  out += "<h5>References</h5><ul class=\"references\">";
  for (const std::string& reference : rule->references) {
    out += "<li><code>" + EscapeHtml(reference) + "</code></li>";
  }
  out += "<li>Rule page: <code>" + EscapeHtml(RuleHelpUri(rule->id)) + "</code></li></ul>";
  out += "<p class=\"rule-facts\">Default severity " + std::string(SeverityName(rule->severity)) +
         " · area " + EscapeHtml(rule->area) + " · requirement group " +
         EscapeHtml(rule->certification) + "</p>";
  out += "</div></details>\n";
}

void AppendFindingHead(std::string& out, const HtmlModel& model, const Finding& f) {
  const std::string severity(SeverityName(f.severity));
  const std::string_view status = FindingStatus(model, f);
  out += "<header class=\"finding-head\"><span class=\"sev-badge sev-" + severity + "\">" +
         severity + "</span>";
  if (status != "open") {
    out += " <span class=\"status-badge status-" + std::string(status) + "\">" +
           std::string(status) + "</span>";
  }
  out += " <span class=\"rule-id\">" + EscapeHtml(f.rule_id) + "</span> <code class=\"location\">" +
         EscapeHtml(f.path) + ":" + std::to_string(f.region.start_line) + ":" +
         std::to_string(f.region.start_column) + "</code></header>\n";
  out += "<p class=\"finding-message\">" + EscapeHtml(f.message) + "</p>\n";
}

void AppendFinding(std::string& out, const HtmlModel& model, const Finding& f) {
  const std::string severity(SeverityName(f.severity));
  out += "<article class=\"finding sev-" + severity + "\"" +
         Attr("id", FindingAnchor(*model.result, f)) + Attr("data-severity", severity) +
         Attr("data-area", FindingArea(model, f)) + Attr("data-rule", f.rule_id) +
         Attr("data-pack", f.pack) + Attr("data-status", FindingStatus(model, f)) +
         Attr("data-path", f.path) + ">\n";
  AppendFindingHead(out, model, f);
  const std::string snippet = RenderSnippetHtml(f);
  if (!snippet.empty()) out += "<div class=\"snippet\">" + snippet + "</div>\n";
  out += "</article>\n";
}

// One chip group: distinct values in the given order with their counts.
void AppendChips(std::string& out, std::string_view filter, std::string_view title,
                 const std::vector<std::pair<std::string, std::string>>& values,  // value, label
                 const std::map<std::string, int, std::less<>>& counts) {
  if (values.empty()) return;
  out += "<div class=\"chip-group\"" + Attr("data-filter", filter) + " role=\"group\"" +
         Attr("aria-label", title) + "><span class=\"chip-title\">" + EscapeHtml(title) + "</span>";
  for (const auto& [value, label] : values) {
    out += "<button type=\"button\" class=\"chip\"" + Attr("data-filter", filter) +
           Attr("data-value", value) + " aria-pressed=\"false\">" + label +
           " <span class=\"chip-count\">" + std::to_string(counts.at(value)) + "</span></button>";
  }
  out += "</div>\n";
}

void AppendFilters(std::string& out, const HtmlModel& model) {
  std::map<std::string, int, std::less<>> severity, area, rule, pack, status;
  for (const HtmlPackGroup& g : model.groups) {
    for (const HtmlRuleGroup& r : g.rules) {
      for (const Finding* f : r.findings) {
        ++severity[std::string(SeverityName(f->severity))];
        ++area[std::string(FindingArea(model, *f))];
        ++rule[f->rule_id];
        ++pack[g.pack];
        ++status[std::string(FindingStatus(model, *f))];
      }
    }
  }
  const auto sorted = [](const std::map<std::string, int, std::less<>>& m) {
    std::vector<std::pair<std::string, std::string>> v;
    for (const auto& [key, n] : m) v.emplace_back(key, EscapeHtml(key));
    return v;
  };
  std::vector<std::pair<std::string, std::string>> severities;
  for (const char* s : {"error", "warning", "note"}) {
    if (severity.count(s)) severities.emplace_back(s, s);
  }
  std::vector<std::pair<std::string, std::string>> packs;
  for (const HtmlPackGroup& g : model.groups) {
    if (pack.count(g.pack)) packs.emplace_back(g.pack, PackLabel(g.pack));
  }
  std::vector<std::pair<std::string, std::string>> statuses;
  for (const char* s : {"open", "new", "baselined"}) {
    if (status.count(s)) statuses.emplace_back(s, s);
  }
  out += "<div id=\"filters\" class=\"controls\" hidden>\n";
  AppendChips(out, "severity", "Severity", severities, severity);
  AppendChips(out, "area", "Area", sorted(area), area);
  AppendChips(out, "rule", "Rule", sorted(rule), rule);
  AppendChips(out, "pack", "Pack", packs, pack);
  AppendChips(out, "status", "Status", statuses, status);
  out +=
      "<div class=\"keyword-row\"><label for=\"keyword\">Keyword</label> <input type=\"search\" "
      "id=\"keyword\" placeholder=\"message, rule or path\" autocomplete=\"off\" "
      "spellcheck=\"false\"> <button type=\"button\" id=\"clear-filters\">Clear "
      "filters</button></div>\n</div>\n";
}

}  // namespace

void AppendFindingsSection(std::string& out, const HtmlModel& model) {
  out +=
      "<section id=\"findings\">\n<h2>Findings</h2>\n<p class=\"lead\">Grouped by pack, then "
      "rule";
  out += model.baseline ? "; findings already in the baseline are marked and do not count." : ".";
  out += " Suppressed findings are listed in their own section.</p>\n";
  AppendFilters(out, model);
  out += "<p id=\"shown-count\" aria-live=\"polite\"><span id=\"shown-number\">" +
         std::to_string(model.listed) + "</span> of <span id=\"total-number\">" +
         std::to_string(model.listed) + "</span> findings shown</p>\n<div id=\"finding-list\">\n";
  for (const HtmlPackGroup& g : model.groups) {
    if (g.count == 0) continue;
    out += "<section class=\"pack-group\"" + Attr("data-pack", g.pack) + ">\n<h3>" +
           PackLabel(g.pack) + " <span class=\"count\">(" + std::to_string(g.count) + ")</span>";
    if (!g.anchor.empty()) {
      out += " <a class=\"to-verdict\"" + Attr("href", "#" + g.anchor) + ">verdict</a>";
    }
    out += "</h3>\n";
    for (const HtmlRuleGroup& r : g.rules) {
      out += "<section class=\"rule-group\"" + Attr("data-rule", r.rule_id) +
             ">\n<h4><span "
             "class=\"rule-id\">" +
             EscapeHtml(r.rule_id) + "</span>";
      if (r.rule != nullptr) out += " " + EscapeHtml(RuleDisplayName(*r.rule));
      out += " <span class=\"count\">(" + std::to_string(r.findings.size()) + ")</span></h4>\n";
      AppendRuleHelp(out, r);
      for (const Finding* f : r.findings) AppendFinding(out, model, *f);
      out += "</section>\n";
    }
    out += "</section>\n";
  }
  out += std::string("<p id=\"no-match\" class=\"empty\"") + (model.listed == 0 ? "" : " hidden") +
         ">" + (model.listed == 0 ? "No findings." : "No finding matches the filters.") +
         "</p>\n</div>\n</section>\n";
}

void AppendSuppressedSection(std::string& out, const HtmlModel& model) {
  out += "<section id=\"suppressed\">\n<h2>Suppressed findings <span class=\"count\">(" +
         std::to_string(model.suppressed_findings.size()) + ")</span></h2>\n";
  if (model.suppressed_findings.empty()) {
    out += "<p class=\"empty\">No finding was waived.</p>\n</section>\n";
    return;
  }
  out +=
      "<p class=\"lead\">Waived in the source or in a waiver file. They do not count for the "
      "gate, the verdicts or the counts above.</p>\n";
  for (const Finding* f : model.suppressed_findings) {
    const std::string severity(SeverityName(f->severity));
    out += "<article class=\"suppressed-finding sev-" + severity + "\"" +
           Attr("id", FindingAnchor(*model.result, *f)) + Attr("data-severity", severity) +
           Attr("data-rule", f->rule_id) + Attr("data-pack", f->pack) + Attr("data-path", f->path) +
           ">\n";
    AppendFindingHead(out, model, *f);
    out +=
        "<table class=\"waivers\"><thead><tr><th scope=\"col\">Kind</th>"
        "<th scope=\"col\">Justification</th><th scope=\"col\">Source</th></tr></thead><tbody>";
    for (const Suppression& s : f->suppressions) {
      out += "<tr><td>" + EscapeHtml(s.kind) + "</td><td>" +
             (s.justification.empty() ? std::string("<em>none given</em>")
                                      : EscapeHtml(s.justification)) +
             "</td><td><code>" + EscapeHtml(s.source) + "</code></td></tr>";
    }
    out += "</tbody></table>\n";
    const std::string snippet = RenderSnippetHtml(*f);
    if (!snippet.empty()) {
      out += "<details class=\"snippet-details\"><summary>Code</summary><div class=\"snippet\">" +
             snippet + "</div></details>\n";
    }
    out += "</article>\n";
  }
  out += "</section>\n";
}

void AppendProblemsSection(std::string& out, const HtmlModel& model) {
  const ScanResult& result = *model.result;
  struct Row {
    std::string path;
    std::string rule;
    std::string reason;
  };
  std::vector<Row> rows;
  for (const SkippedPath& s : result.skipped) {
    rows.push_back(
        {s.display_path, s.rule_id.empty() ? std::string("ignored") : s.rule_id, s.reason});
  }
  for (const Finding& f : result.findings) {
    if (!f.rule_id.starts_with("ENG")) continue;
    const bool skipped = std::any_of(
        result.skipped.begin(), result.skipped.end(),
        [&](const SkippedPath& s) { return s.display_path == f.path && s.rule_id == f.rule_id; });
    if (skipped) continue;
    rows.push_back({f.path + ":" + std::to_string(f.region.start_line), f.rule_id, f.message});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.path, a.rule) < std::tie(b.path, b.rule);
  });
  out += "<section id=\"problems\">\n<h2>Skipped and unparsable files <span class=\"count\">(" +
         std::to_string(rows.size()) + ")</span></h2>\n";
  if (rows.empty()) {
    out += "<p class=\"empty\">Every file was read and examined.</p>\n</section>\n";
    return;
  }
  out +=
      "<table class=\"problems\"><thead><tr><th scope=\"col\">Path</th><th "
      "scope=\"col\">Rule</th><th scope=\"col\">Reason</th></tr></thead><tbody>\n";
  for (const Row& row : rows) {
    out += "<tr" + Attr("data-rule", row.rule) + "><td><code>" + EscapeHtml(row.path) +
           "</code></td><td>" + EscapeHtml(row.rule) + "</td><td>" + EscapeHtml(row.reason) +
           "</td></tr>\n";
  }
  out += "</tbody></table>\n</section>\n";
}

}  // namespace packaudit
