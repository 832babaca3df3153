#include "cli/rule_tokens.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace packaudit {
namespace {

bool IsPrefixOf(const std::string& token, const std::string& id) {
  if (token.empty() || id.size() <= token.size() || id.compare(0, token.size(), token) != 0) {
    return false;
  }
  return std::all_of(id.begin() + static_cast<long>(token.size()), id.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

bool IsLetters(const std::string& token) {
  return !token.empty() && std::all_of(token.begin(), token.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
  });
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                        std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

bool RuleTokenCovers(const std::string& token, const RuleSpec& rule) {
  return token == rule.id || token == rule.area || (IsLetters(token) && IsPrefixOf(token, rule.id));
}

RuleTokenKind ClassifyRuleToken(const std::string& token, const RuleSet& rules) {
  bool area = false;
  bool prefix = false;
  for (const RuleSpec& r : rules.rules()) {
    if (r.id == token) return RuleTokenKind::kId;
    area = area || r.area == token;
    prefix = prefix || (IsLetters(token) && IsPrefixOf(token, r.id));
  }
  if (area) return RuleTokenKind::kArea;
  return prefix ? RuleTokenKind::kPrefix : RuleTokenKind::kUnknown;
}

std::string UnknownRuleTokenProblem(const std::string& token, const RuleSet& rules) {
  std::set<std::string> candidates;
  for (const RuleSpec& r : rules.rules()) {
    candidates.insert(r.id);
    candidates.insert(r.area);
  }
  std::string best;
  size_t best_distance = 3;  // suggest only near misses
  for (const std::string& c : candidates) {
    const size_t d = EditDistance(token, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  std::string problem = "unknown rule id or area '" + token + "'";
  if (!best.empty()) problem += " (did you mean " + best + "?)";
  return problem;
}

std::vector<std::string> ExpandRuleTokens(const std::vector<std::string>& tokens,
                                          const RuleSet& rules) {
  std::vector<std::string> out;
  for (const std::string& token : tokens) {
    if (ClassifyRuleToken(token, rules) != RuleTokenKind::kPrefix) {
      out.push_back(token);
      continue;
    }
    for (const RuleSpec& r : rules.rules()) {
      if (IsPrefixOf(token, r.id)) out.push_back(r.id);
    }
  }
  return out;
}

void ApplySeverityOverrides(const std::map<std::string, Severity>& overrides,
                            std::vector<RuleSpec>& rules) {
  for (RuleSpec& rule : rules) {
    // Most specific last: area, prefix, id.
    int best_rank = -1;
    Severity level = rule.severity;
    for (const auto& [token, severity] : overrides) {
      int rank = -1;
      if (token == rule.id) {
        rank = 2;
      } else if (IsLetters(token) && IsPrefixOf(token, rule.id)) {
        rank = 1;
      } else if (token == rule.area) {
        rank = 0;
      }
      if (rank > best_rank) {
        best_rank = rank;
        level = severity;
      }
    }
    if (best_rank < 0) continue;
    rule.severity = level;
    rule.severity_by_support.clear();
  }
}

}  // namespace packaudit
