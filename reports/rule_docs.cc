#include "reports/rule_docs.h"

#include "reports/rule_help.h"

namespace packaudit {
namespace {

std::string Facts(const RuleSpec& rule) {
  std::string out = "| | |\n| --- | --- |\n";
  out += "| Severity | " + std::string(SeverityName(rule.severity));
  for (const auto& [level, severity] : rule.severity_by_support) {
    out += " (" + level + ": " + std::string(SeverityName(severity)) + ")";
  }
  out += " |\n";
  if (auto ss = SecuritySeverityText(rule)) out += "| Security severity | " + *ss + " |\n";
  out += "| Area | " + rule.area + " |\n";
  out += "| Requirement group | " + rule.certification + " |\n";
  out += "| Engine | " + std::string(EngineName(rule.engine)) + " |\n";
  out += "| Precision | " + rule.precision + " |\n";
  out += "| Status | " + rule.status + " |\n";
  if (!rule.inline_waiver) {
    out += "| Inline waiver | not accepted (only a config waiver or a baseline) |\n";
  }
  return out;
}

}  // namespace

std::string RenderRulePage(const RuleSpec& rule) {
  std::string out = "<!-- Generated from " + rule.source +
                    " by `packaudit rules docs`; do not edit. -->\n";
  out += "# " + rule.id + ": " + rule.name + "\n\n";
  out += Facts(rule) + "\n";
  out += RuleHelpMarkdown(rule);
  if (out.back() != '\n') out += '\n';
  return out;
}

std::string RenderRuleIndex(const std::vector<RuleSpec>& rules) {
  std::string out =
      "<!-- Generated from rules/ by `packaudit rules docs`; do not edit. -->\n"
      "# Rule reference\n\n"
      "| Rule | Severity | Area | Summary |\n| --- | --- | --- | --- |\n";
  for (const RuleSpec& rule : rules) {
    std::string summary = CollapseWhitespace(rule.summary);
    std::string escaped;
    for (char c : summary) {
      if (c == '|') escaped += '\\';
      escaped += c;
    }
    out += "| [" + rule.id + "](" + rule.id + ".md) | " + std::string(SeverityName(rule.severity)) +
           " | " + rule.area + " | " + escaped + " |\n";
  }
  return out;
}

}  // namespace packaudit
