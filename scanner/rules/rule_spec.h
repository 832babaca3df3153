// RuleSpec: one rule as described by its TOML file (rules/<area>/<ID>.toml). Plain value, built
// by the loader and read-only afterwards.
#ifndef PACKAUDIT_RULES_RULE_SPEC_H_
#define PACKAUDIT_RULES_RULE_SPEC_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/file_kind.h"
#include "core/severity.h"

namespace packaudit {

enum class EngineKind { kRegex, kQuery, kField, kDoc, kBuiltin };
std::string_view EngineName(EngineKind engine);

// One regex pattern; a named group "secret" (or else "match") marks the region, otherwise the
// whole match does. `label` fills the {kind} message placeholder.
struct RegexPattern {
  std::string pattern;
  std::string label;
};

// [regex]: RE2 patterns run over the text of the rule's file kinds (code embedded in unified YAML
// counts as its language's kind). All regex rules of a file kind run as one RE2::Set.
struct RegexSpec {
  std::vector<RegexPattern> patterns;       // any one matching is a finding
  std::vector<std::string> exclude_lines;   // a match on a line matching one of these is dropped
  std::vector<std::string> exclude_values;  // a match whose region text matches one is dropped
  bool case_insensitive = false;
  int max_per_file = 100;                   // matches reported per file, at most
};

// [[query]]: a tree-sitter query for one language; text predicates #eq?, #not-eq?, #match?,
// #not-match?, #any-of? are evaluated by the engine.
struct CompiledQuery;  // rules/compiled_query.h

struct QuerySpec {
  Language language = Language::kPython;
  std::string query;
  std::string capture;  // the capture whose node is the finding's region ("" = first capture)
  int line = 0;         // TOML line of the query (for error messages)
  // The query compiled by the loader (immutable, shared by copies of the spec), so engines do not
  // compile it again; null for a spec built by hand.
  std::shared_ptr<const CompiledQuery> compiled;
};

// One condition on an argument of a [[clang]] call; every condition given must hold.
struct ClangArgSpec {
  // Argument kinds (parse/c_facts.h): string literal, integer literal, integer literal 0, NULL or
  // nullptr, a name (identifier or macro), a call, any literal (string, number, null), or not a
  // literal (a name, a call or another expression).
  enum class Is { kString, kInt, kZero, kNull, kName, kCall, kLiteral, kNonLiteral };
  int index = 0;                    // 0-based position of the argument; a missing one never holds
  std::vector<Is> is;               // the argument is any of these kinds (empty: any kind)
  std::vector<std::string> names;   // a name or a call whose (last) name is one of these
  std::string match;                // RE2 (partial match) over the argument's text: a string's
                                    // value, a name, a callee, else the source text
  std::optional<int64_t> min;       // an integer literal with a value >= min / <= max
  std::optional<int64_t> max;
};

// [[clang]]: a matcher over the facts of C and C++ files (call sites and string literals, see
// parse/c_facts.h), run by the query engine on c_source and cpp_source units. A rule has it alone
// (engine kQuery) or beside its [[query]] tables or its [builtin] (whose checks see C units
// without a tree), so one rule covers every language. Either a call
// (`call` names or `call_match`, plus argument conditions that all hold; member calls such as
// obj.f() only with `member`) or a string literal (`string`, minus `exclude`). The finding covers
// the call (qualified name to closing parenthesis) or the literal.
struct ClangSpec {
  std::vector<std::string> call;    // callee names (the last name: std::strcpy is strcpy)
  std::string call_match;           // or an RE2 the callee matches (partial match)
  bool member = false;              // also obj.f(...) and p->f(...)
  std::vector<ClangArgSpec> args;
  std::string string;               // RE2 over string literal values (partial match)
  std::vector<std::string> exclude; // RE2s: a string literal matching one is not a finding
  // Message placeholders: name -> "callee" | "arg<N>" (argument text) | "value" (the string
  // literal's value) | "text" (the source of the call or literal), shortened to one line...
  std::map<std::string, std::string> message_args;
  // ...or name -> fixed text (TOML `name = { literal = "..." }`).
  std::map<std::string, std::string> message_literals;
  int line = 0;  // TOML line of the table (for error messages)
};

// One predicate over a document path (dotted map keys; a leading "pack." reads pack facts).
struct FieldPredicate {
  enum class Op { kExists, kMissing, kEmpty, kNonEmpty, kEquals, kNotEquals, kIn, kNotIn,
                  kMatches, kNotMatches };
  std::string path;
  Op op = Op::kExists;
  std::vector<std::string> values;  // kEquals/kNotEquals/kIn/kNotIn: values; kMatches: one RE2
};

// [field]: predicates over the pack model. A finding is reported when every `when` predicate
// holds and no `require_any` predicate holds (an empty require_any always "fails").
struct FieldSpec {
  std::string target;                // "pack_metadata" (more targets come with later rules)
  std::vector<FieldPredicate> when;
  std::vector<FieldPredicate> require_any;
  std::string locate;                // path whose key marks the finding (default: first `when`)
};

// [doc]: checks over the pack's documents. `check` selects the check; `files` its arguments.
struct DocSpec {
  std::string check;                // "pack_files_present"
  std::vector<std::string> files;   // for pack_files_present: required pack-root files
};

// [scope]: where a rule's findings apply, decided once the finding's item (integration, script,
// playbook) is known. Files outside any item (loose files, pack-root files) are always in scope.
struct ScopeSpec {
  std::vector<std::string> item_types;     // keep only findings in these item types ("" = all)
  std::vector<FieldPredicate> unless_item;  // drop when all hold on the item's YAML document
};

// [builtin]: C++ logic registered under `name` (engines/builtin/registry.cc).
struct BuiltinSpec {
  std::string name;
};

struct RuleSpec {
  std::string id;        // "SEC003"
  std::string name;      // kebab-case: "provider-secret-pattern"
  std::string summary;   // one sentence
  std::string area;      // "security", "docs", "metadata", "adopt", "release", "code", "tls",
                         // "privacy", "engine"
  Severity severity = Severity::kWarning;
  // Support-level overrides: "partner" -> error, ... (support levels: xsoar, partner,
  // developer, community, certified).
  std::map<std::string, Severity> severity_by_support;
  std::vector<FileKind> file_kinds;
  EngineKind engine = EngineKind::kBuiltin;
  std::string message;   // template: {name} placeholders filled by the engine
  std::string rationale;
  std::string remediation;
  std::string example_bad;
  std::string example_good;
  std::vector<std::string> references;  // "CWE-95", URLs
  std::vector<std::string> tags;
  std::optional<double> security_severity;  // 0.1-10.0 for security rules
  std::string precision = "high";           // very-high | high | medium | low
  std::string certification;  // requirement group: security, privacy, documentation,
                              // use-case-maturity, coding-practices, support-metadata,
                              // release-hygiene, adoption, scanner
  std::string status = "stable";  // stable | preview
  bool redact = false;            // the matched text is a secret: never shown
  // Whether an in-source `packaudit: ignore[ID] reason` comment may waive the rule's findings
  // (TOML `inline_waiver`). False for rules whose findings block a pack: only a config waiver or a
  // baseline can waive them.
  bool inline_waiver = true;
  std::string source;             // where it came from: "rules/security/SEC003.toml"

  RegexSpec regex;
  std::vector<QuerySpec> queries;
  std::vector<ClangSpec> clang;  // alone (engine kQuery), or with [[query]] or [builtin]
  FieldSpec field;
  DocSpec doc;
  BuiltinSpec builtin;
  ScopeSpec scope;

  // The severity for an item of the given support level ("" = default); in a certified pack
  // (metadata certification: certified) a "certified" override applies when it is stricter.
  Severity SeverityFor(const std::string& support_level, bool certified = false) const;
};

}  // namespace packaudit

#endif  // PACKAUDIT_RULES_RULE_SPEC_H_
