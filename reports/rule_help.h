// Texts and classifications of a rule as report writers show them (SARIF reportingDescriptor,
// HTML rule help): display name, descriptions, help text/Markdown, tags and severities.
// Pure functions of a RuleSpec; deterministic; thread-safe.
#ifndef PACKAUDIT_REPORTS_RULE_HELP_H_
#define PACKAUDIT_REPORTS_RULE_HELP_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_spec.h"

namespace packaudit {

// Limits GitHub applies (and the SARIF writer therefore respects).
inline constexpr size_t kMaxRuleNameChars = 255;
inline constexpr size_t kMaxDescriptionChars = 1024;
inline constexpr size_t kMaxRuleTags = 10;

// "provider-secret-pattern" -> "ProviderSecretPattern"; the rule id when the name is empty.
// At most kMaxRuleNameChars characters.
std::string RuleDisplayName(const RuleSpec& rule);

// The summary (or, when empty, "Rule <id>."), whitespace collapsed, at most
// kMaxDescriptionChars characters.
std::string RuleShortDescription(const RuleSpec& rule);

// Summary followed by the rationale, whitespace collapsed, at most kMaxDescriptionChars
// characters (cut at a word boundary with "...").
std::string RuleFullDescription(const RuleSpec& rule);

// Plain-text help: summary, rationale, remediation, the bad and good examples, references.
std::string RuleHelpText(const RuleSpec& rule);

// CommonMark help with the same content: sections, examples in fenced code blocks, references
// as links (CWE ids link to the CWE site). Contains no raw HTML: a '<' outside code is escaped.
std::string RuleHelpMarkdown(const RuleSpec& rule);

// Unique tags, at most kMaxRuleTags: "security" first exactly when the rule has a security
// severity, then the rule's own tags (a "security" tag on a rule without security severity is
// dropped), then its CWE references as "external/cwe/cwe-<n>".
std::vector<std::string> RuleTags(const RuleSpec& rule);

// GitHub's security-severity for a security rule, as a string with one decimal, kept in the
// band of the rule's severity so level and security severity agree (error: 7.0-10.0,
// warning: 4.0-6.9, note: 0.1-3.9) and never "9.0" (which GitHub's bands leave ambiguous;
// it becomes "9.1"). nullopt for rules without security severity.
std::optional<std::string> SecuritySeverityText(const RuleSpec& rule);

// "error" | "warning" | "recommendation" (GitHub's problem.severity for non-security rules).
std::string_view ProblemSeverity(Severity severity);

// Collapses whitespace runs to one space and trims (for one-line descriptions).
std::string CollapseWhitespace(std::string_view text);

// Cuts `text` to at most `max_chars` Unicode characters, at a word boundary when possible,
// ending in "..." when it was cut. Never splits a UTF-8 sequence.
std::string TruncateText(std::string_view text, size_t max_chars);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_RULE_HELP_H_
