#include "reports/finding_rank.h"

#include <algorithm>
#include <map>
#include <string>

#include "reports/rule_help.h"

namespace packaudit {
namespace {

// "8.5" -> 85, "10.0" -> 100; -1 for a rule without security severity.
int SecuritySeverityTenths(const RuleSpec& rule) {
  const auto text = SecuritySeverityText(rule);
  if (!text) return -1;
  int tenths = 0;
  for (const char c : *text) {
    if (c >= '0' && c <= '9') tenths = tenths * 10 + (c - '0');
  }
  return tenths;
}

}  // namespace

std::vector<const Finding*> MostSevereFirst(std::vector<const Finding*> findings,
                                            const std::vector<RuleSpec>& rules) {
  std::map<std::string, int, std::less<>> tenths;
  for (const RuleSpec& rule : rules) tenths.emplace(rule.id, SecuritySeverityTenths(rule));
  auto security = [&](const Finding* f) {
    const auto it = tenths.find(f->rule_id);
    return it == tenths.end() ? -1 : it->second;
  };
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding* a, const Finding* b) {
    if (a->severity != b->severity) return a->severity > b->severity;
    return security(a) > security(b);
  });
  return findings;
}

}  // namespace packaudit
