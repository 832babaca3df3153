#include "rules/loader.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <toml++/toml.h>

#include "core/embedded_file.h"
#include "rules/compiled_query.h"

namespace packaudit {
namespace {

constexpr std::array<std::string_view, 9> kAreas = {"docs", "metadata", "adopt",   "release",
                                                     "code", "security", "tls",    "privacy",
                                                     "engine"};
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kAreaPrefixes = {{
    {"docs", "DOC"},
    {"metadata", "META"},
    {"adopt", "ADOPT"},
    {"release", "REL"},
    {"code", "CODE"},
    {"security", "SEC"},
    {"tls", "TLS"},
    {"privacy", "PRIV"},
    {"engine", "ENG"},
}};
const std::set<std::string, std::less<>> kGroups = {
    "security",       "privacy",         "documentation", "use-case-maturity", "coding-practices",
    "support-metadata", "release-hygiene", "adoption",      "scanner"};
const std::set<std::string, std::less<>> kSupportLevels = {"xsoar", "partner", "developer",
                                                           "community", "certified"};
const std::set<std::string, std::less<>> kPrecisions = {"very-high", "high", "medium", "low"};
const std::set<std::string, std::less<>> kTopKeys = {
    "id",          "name",         "summary",   "area",          "severity",
    "severity_by_support",         "file_kinds", "message",      "rationale",
    "remediation", "example_bad",  "example_good", "references", "tags",
    "security_severity", "precision", "certification", "status", "redact", "inline_waiver",
    "regex",       "query",        "field",     "doc",           "builtin", "scope",
    "clang"};
const std::set<std::string, std::less<>> kDocChecks = {"pack_files_present"};
const std::set<std::string, std::less<>> kFieldTargets = {"pack_metadata"};

// Collects the first error as "<file>:<line>: <field>: <problem>".
class Checker {
 public:
  explicit Checker(std::string file) : file_(std::move(file)) {}

  void Fail(const toml::node* node, std::string_view field, std::string_view problem) {
    if (!error_.empty()) return;
    const int line = node != nullptr ? static_cast<int>(node->source().begin.line) : 1;
    error_ = file_ + ":" + std::to_string(line) + ": " + std::string(field) + ": " +
             std::string(problem);
  }
  void FailAt(int line, std::string_view field, std::string_view problem) {
    if (!error_.empty()) return;
    error_ = file_ + ":" + std::to_string(line) + ": " + std::string(field) + ": " +
             std::string(problem);
  }
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

 private:
  std::string file_;
  std::string error_;
};

int LineOf(const toml::node* node) {
  return node != nullptr ? static_cast<int>(node->source().begin.line) : 1;
}

// Reads a string field; `required` fields must be present and non-empty.
std::string GetString(const toml::table& t, std::string_view key, bool required, Checker& check,
                      std::string_view prefix = "") {
  const std::string field = prefix.empty() ? std::string(key) : std::string(prefix) + "." +
                                                                    std::string(key);
  const toml::node* node = t.get(key);
  if (node == nullptr) {
    if (required) check.Fail(&t, field, "missing required field");
    return {};
  }
  const auto* value = node->as_string();
  if (value == nullptr) {
    check.Fail(node, field, "must be a string");
    return {};
  }
  std::string s = value->get();
  // Multi-line strings start with a line break for readability; trim surrounding space.
  const auto first = s.find_first_not_of(" \t\r\n");
  const auto last = s.find_last_not_of(" \t\r\n");
  s = first == std::string::npos ? "" : s.substr(first, last - first + 1);
  if (required && s.empty()) check.Fail(node, field, "must not be empty");
  return s;
}

std::vector<std::string> GetStringArray(const toml::table& t, std::string_view key,
                                        Checker& check, std::string_view prefix = "") {
  const std::string field = prefix.empty() ? std::string(key) : std::string(prefix) + "." +
                                                                    std::string(key);
  std::vector<std::string> out;
  const toml::node* node = t.get(key);
  if (node == nullptr) return out;
  const auto* array = node->as_array();
  if (array == nullptr) {
    check.Fail(node, field, "must be an array of strings");
    return out;
  }
  for (const auto& item : *array) {
    const auto* s = item.as_string();
    if (s == nullptr) {
      check.Fail(&item, field, "must be an array of strings");
      return out;
    }
    out.push_back(s->get());
  }
  return out;
}

void CheckKnownKeys(const toml::table& t, const std::set<std::string, std::less<>>& known,
                    std::string_view prefix, Checker& check) {
  for (const auto& [key, node] : t) {
    if (known.count(key.str()) == 0) {
      std::string field = prefix.empty() ? std::string(key.str())
                                         : std::string(prefix) + "." + std::string(key.str());
      check.Fail(&node, field, "unknown field");
    }
  }
}

bool IsKebab(std::string_view s) {
  return RE2::FullMatch(s, R"([a-z0-9]+(-[a-z0-9]+)*)");
}

void ParseRegex(const toml::table& t, RuleSpec& spec, Checker& check) {
  CheckKnownKeys(t, {"patterns", "exclude_lines", "exclude_values", "case_insensitive",
                     "max_per_file"},
                 "regex", check);
  const toml::node* patterns = t.get("patterns");
  const auto* array = patterns != nullptr ? patterns->as_array() : nullptr;
  if (array == nullptr || array->empty()) {
    check.Fail(patterns != nullptr ? patterns : &t, "regex.patterns",
               "must be a non-empty array of patterns");
    return;
  }
  if (const auto* ci = t.get("case_insensitive"); ci != nullptr) {
    if (!ci->is_boolean()) check.Fail(ci, "regex.case_insensitive", "must be true or false");
    spec.regex.case_insensitive = ci->value_or(false);
  }
  if (const auto* max = t.get("max_per_file"); max != nullptr) {
    const auto v = max->value<int64_t>();
    if (!v || *v < 1 || *v > 10000) check.Fail(max, "regex.max_per_file", "must be 1..10000");
    spec.regex.max_per_file = static_cast<int>(v.value_or(100));
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(!spec.regex.case_insensitive);
  for (const auto& item : *array) {
    RegexPattern pattern;
    if (const auto* s = item.as_string()) {
      pattern.pattern = s->get();
    } else if (const auto* table = item.as_table()) {
      CheckKnownKeys(*table, {"label", "pattern"}, "regex.patterns", check);
      pattern.pattern = GetString(*table, "pattern", true, check, "regex.patterns");
      pattern.label = GetString(*table, "label", false, check, "regex.patterns");
    } else {
      check.Fail(&item, "regex.patterns", "each pattern is a string or {label, pattern}");
      return;
    }
    RE2 re(pattern.pattern, options);
    if (!re.ok()) {
      check.Fail(&item, "regex.patterns", "invalid RE2 pattern: " + re.error());
      return;
    }
    spec.regex.patterns.push_back(std::move(pattern));
  }
  for (const char* key : {"exclude_lines", "exclude_values"}) {
    auto values = GetStringArray(t, key, check, "regex");
    for (const auto& v : values) {
      RE2 re(v, options);
      if (!re.ok()) {
        check.Fail(t.get(key), std::string("regex.") + key, "invalid RE2 pattern '" + v + "': " +
                                                               re.error());
      }
    }
    (std::string_view(key) == "exclude_lines" ? spec.regex.exclude_lines
                                              : spec.regex.exclude_values) = std::move(values);
  }
}

void ParseQueries(const toml::node& node, RuleSpec& spec, Checker& check) {
  const auto* array = node.as_array();
  if (array == nullptr || array->empty()) {
    check.Fail(&node, "query", "must be one or more [[query]] tables");
    return;
  }
  for (const auto& item : *array) {
    const auto* t = item.as_table();
    if (t == nullptr) {
      check.Fail(&item, "query", "must be one or more [[query]] tables");
      return;
    }
    CheckKnownKeys(*t, {"language", "query", "capture"}, "query", check);
    QuerySpec q;
    const std::string language = GetString(*t, "language", true, check, "query");
    q.query = GetString(*t, "query", true, check, "query");
    q.capture = GetString(*t, "capture", false, check, "query");
    const toml::node* qnode = t->get("query");
    q.line = LineOf(qnode != nullptr ? qnode : t);
    if (!check.ok()) return;
    const auto lang = ParseLanguage(language);
    if (!lang) {
      check.Fail(t->get("language"), "query.language",
                 "unknown language '" + language + "' (python, javascript, powershell)");
      return;
    }
    q.language = *lang;
    auto compiled = CompileQuery(q);
    if (!compiled.ok()) {
      check.FailAt(q.line, "query.query", compiled.status().message());
      return;
    }
    q.compiled = std::make_shared<const CompiledQuery>(std::move(compiled).value());
    spec.queries.push_back(std::move(q));
  }
}

// Reads a string or an array of strings.
std::vector<std::string> GetStringOrArray(const toml::table& t, std::string_view key,
                                          Checker& check, std::string_view prefix) {
  if (const toml::node* node = t.get(key); node != nullptr && node->is_string()) {
    return {node->as_string()->get()};
  }
  return GetStringArray(t, key, check, prefix);
}

bool CompilesAsRe2(const std::string& pattern, std::string* error) {
  RE2 re(pattern, RE2::Quiet);
  if (!re.ok()) *error = re.error();
  return re.ok();
}

void ParseClangArg(const toml::node& node, ClangSpec& clang, Checker& check) {
  constexpr std::string_view kField = "clang.args";
  const auto* t = node.as_table();
  if (t == nullptr) {
    check.Fail(&node, kField, "each argument condition is {index, is, names, match, min, max}");
    return;
  }
  CheckKnownKeys(*t, {"index", "is", "names", "match", "min", "max"}, kField, check);
  ClangArgSpec arg;
  const toml::node* index = t->get("index");
  const auto index_value =
      index != nullptr && index->is_integer() ? index->value<int64_t>() : std::nullopt;
  if (!index_value || *index_value < 0 || *index_value > 31) {
    check.Fail(index != nullptr ? index : t, "clang.args.index", "must be an integer 0..31");
    return;
  }
  arg.index = static_cast<int>(*index_value);
  static const std::map<std::string, ClangArgSpec::Is, std::less<>> kKinds = {
      {"string", ClangArgSpec::Is::kString},   {"int", ClangArgSpec::Is::kInt},
      {"zero", ClangArgSpec::Is::kZero},       {"null", ClangArgSpec::Is::kNull},
      {"name", ClangArgSpec::Is::kName},       {"call", ClangArgSpec::Is::kCall},
      {"literal", ClangArgSpec::Is::kLiteral}, {"non_literal", ClangArgSpec::Is::kNonLiteral}};
  for (const std::string& kind : GetStringOrArray(*t, "is", check, kField)) {
    const auto it = kKinds.find(kind);
    if (it == kKinds.end()) {
      check.Fail(t->get("is"), "clang.args.is",
                 "unknown kind '" + kind +
                     "' (string, int, zero, null, name, call, literal, non_literal)");
      return;
    }
    arg.is.push_back(it->second);
  }
  arg.names = GetStringArray(*t, "names", check, kField);
  arg.match = GetString(*t, "match", false, check, kField);
  std::string error;
  if (!arg.match.empty() && !CompilesAsRe2(arg.match, &error)) {
    check.Fail(t->get("match"), "clang.args.match", "invalid RE2 pattern: " + error);
  }
  for (const char* key : {"min", "max"}) {
    const toml::node* bound = t->get(key);
    if (bound == nullptr) continue;
    const auto value = bound->value<int64_t>();
    if (!bound->is_integer() || !value) {
      check.Fail(bound, std::string("clang.args.") + key, "must be an integer");
      continue;
    }
    (std::string_view(key) == "min" ? arg.min : arg.max) = *value;
  }
  if (check.ok() && arg.is.empty() && arg.names.empty() && arg.match.empty() && !arg.min &&
      !arg.max) {
    check.Fail(t, kField, "needs a condition: is, names, match, min or max");
  }
  clang.args.push_back(std::move(arg));
}

void ParseClang(const toml::node& node, RuleSpec& spec, Checker& check) {
  const auto* array = node.as_array();
  if (array == nullptr || array->empty()) {
    check.Fail(&node, "clang", "must be one or more [[clang]] tables");
    return;
  }
  static const RE2 kIdentifier("[A-Za-z_][A-Za-z0-9_]*");
  static const RE2 kSource("callee|value|text|arg([0-9]|[12][0-9]|3[01])");
  for (const auto& item : *array) {
    const auto* t = item.as_table();
    if (t == nullptr) {
      check.Fail(&item, "clang", "must be one or more [[clang]] tables");
      return;
    }
    CheckKnownKeys(*t, {"call", "call_match", "member", "args", "string", "exclude",
                        "message_args"},
                   "clang", check);
    ClangSpec clang;
    clang.line = LineOf(t);
    clang.call = GetStringOrArray(*t, "call", check, "clang");
    for (const std::string& name : clang.call) {
      if (!RE2::FullMatch(name, kIdentifier)) {
        check.Fail(t->get("call"), "clang.call", "'" + name + "' is not a C identifier");
      }
    }
    clang.call_match = GetString(*t, "call_match", false, check, "clang");
    clang.string = GetString(*t, "string", false, check, "clang");
    clang.exclude = GetStringOrArray(*t, "exclude", check, "clang");
    std::string error;
    for (const char* key : {"call_match", "string"}) {
      const std::string& pattern = std::string_view(key) == "string" ? clang.string
                                                                      : clang.call_match;
      if (!pattern.empty() && !CompilesAsRe2(pattern, &error)) {
        check.Fail(t->get(key), std::string("clang.") + key, "invalid RE2 pattern: " + error);
      }
    }
    for (const std::string& pattern : clang.exclude) {
      if (!CompilesAsRe2(pattern, &error)) {
        check.Fail(t->get("exclude"), "clang.exclude",
                   "invalid RE2 pattern '" + pattern + "': " + error);
      }
    }
    if (const toml::node* member = t->get("member")) {
      if (!member->is_boolean()) check.Fail(member, "clang.member", "must be true or false");
      clang.member = member->value_or(false);
    }
    if (const toml::node* args = t->get("args")) {
      const auto* list = args->as_array();
      if (list == nullptr) {
        check.Fail(args, "clang.args", "must be an array of argument conditions");
      } else {
        for (const auto& arg : *list) ParseClangArg(arg, clang, check);
      }
    }
    const bool is_call = !clang.call.empty() || !clang.call_match.empty();
    const bool is_string = !clang.string.empty();
    if (check.ok() && is_call == is_string) {
      check.Fail(t, "clang", "needs either `call`/`call_match` (a call) or `string` (a literal)");
    }
    if (check.ok() && !clang.call.empty() && !clang.call_match.empty()) {
      check.Fail(t->get("call_match"), "clang.call_match", "give `call` or `call_match`, not both");
    }
    if (check.ok() && is_string && (t->contains("args") || t->contains("member"))) {
      check.Fail(t->get(t->contains("args") ? "args" : "member"), "clang",
                 "`args` and `member` apply to calls, not to `string`");
    }
    if (check.ok() && is_call && t->contains("exclude")) {
      check.Fail(t->get("exclude"), "clang.exclude", "applies to `string`, not to calls");
    }
    if (const toml::node* args = t->get("message_args")) {
      const auto* table = args->as_table();
      if (table == nullptr) {
        check.Fail(args, "clang.message_args", "must be a table placeholder = source");
      } else {
        for (const auto& [key, value] : *table) {
          const std::string field = "clang.message_args." + std::string(key.str());
          if (const auto* literal = value.as_table()) {
            CheckKnownKeys(*literal, {"literal"}, field, check);
            const auto* text = literal->get("literal");
            if (text == nullptr || !text->is_string()) {
              check.Fail(&value, field, "a fixed text is { literal = \"...\" }");
              continue;
            }
            clang.message_literals[std::string(key.str())] = text->as_string()->get();
            continue;
          }
          const auto* source = value.as_string();
          if (source == nullptr || !RE2::FullMatch(source->get(), kSource)) {
            check.Fail(&value, field,
                       "must be \"callee\", \"arg<N>\", \"value\", \"text\" or "
                       "{ literal = \"...\" }");
            continue;
          }
          const std::string& s = source->get();
          if ((s == "value" && is_call) || ((s == "callee" || s[0] == 'a') && is_string)) {
            check.Fail(&value, field, "'" + s + "' does not apply to this matcher");
            continue;
          }
          clang.message_args[std::string(key.str())] = s;
        }
      }
    }
    spec.clang.push_back(std::move(clang));
  }
}

std::optional<FieldPredicate> ParsePredicate(const toml::node& node, std::string_view field,
                                             Checker& check) {
  const auto* t = node.as_table();
  if (t == nullptr) {
    check.Fail(&node, field, "each predicate is {path, op, values}");
    return std::nullopt;
  }
  CheckKnownKeys(*t, {"path", "op", "values"}, field, check);
  FieldPredicate p;
  p.path = GetString(*t, "path", true, check, field);
  const std::string op = GetString(*t, "op", true, check, field);
  p.values = GetStringArray(*t, "values", check, field);
  static const std::map<std::string, FieldPredicate::Op, std::less<>> kOps = {
      {"exists", FieldPredicate::Op::kExists},       {"missing", FieldPredicate::Op::kMissing},
      {"empty", FieldPredicate::Op::kEmpty},         {"non_empty", FieldPredicate::Op::kNonEmpty},
      {"equals", FieldPredicate::Op::kEquals},       {"not_equals", FieldPredicate::Op::kNotEquals},
      {"in", FieldPredicate::Op::kIn},               {"not_in", FieldPredicate::Op::kNotIn},
      {"matches", FieldPredicate::Op::kMatches},     {"not_matches", FieldPredicate::Op::kNotMatches},
  };
  auto it = kOps.find(op);
  if (it == kOps.end()) {
    if (check.ok() && !op.empty()) {
      check.Fail(t->get("op"), std::string(field) + ".op",
                 "unknown op '" + op + "' (exists, missing, empty, non_empty, equals, not_equals, "
                 "in, not_in, matches, not_matches)");
    }
    return std::nullopt;
  }
  p.op = it->second;
  const bool wants_values = p.op != FieldPredicate::Op::kExists &&
                            p.op != FieldPredicate::Op::kMissing &&
                            p.op != FieldPredicate::Op::kEmpty &&
                            p.op != FieldPredicate::Op::kNonEmpty;
  if (wants_values && p.values.empty()) {
    check.Fail(t, std::string(field) + ".values", "op '" + op + "' needs values");
  }
  if (!wants_values && !p.values.empty()) {
    check.Fail(t->get("values"), std::string(field) + ".values", "op '" + op + "' takes no values");
  }
  if (p.op == FieldPredicate::Op::kMatches || p.op == FieldPredicate::Op::kNotMatches) {
    for (const auto& v : p.values) {
      RE2 re(v, RE2::Quiet);
      if (!re.ok()) check.Fail(t->get("values"), std::string(field) + ".values", re.error());
    }
  }
  return p;
}

void ParseField(const toml::table& t, RuleSpec& spec, Checker& check) {
  CheckKnownKeys(t, {"target", "when", "require_any", "locate"}, "field", check);
  spec.field.target = GetString(t, "target", true, check, "field");
  if (check.ok() && kFieldTargets.count(spec.field.target) == 0) {
    check.Fail(t.get("target"), "field.target",
               "unknown target '" + spec.field.target + "' (pack_metadata)");
  }
  spec.field.locate = GetString(t, "locate", false, check, "field");
  for (const char* key : {"when", "require_any"}) {
    const toml::node* node = t.get(key);
    if (node == nullptr) continue;
    const auto* array = node->as_array();
    if (array == nullptr) {
      check.Fail(node, std::string("field.") + key, "must be an array of predicates");
      continue;
    }
    for (const auto& item : *array) {
      auto p = ParsePredicate(item, std::string("field.") + key, check);
      if (!p) continue;
      (std::string_view(key) == "when" ? spec.field.when : spec.field.require_any)
          .push_back(std::move(*p));
    }
  }
  if (check.ok() && spec.field.when.empty() && spec.field.require_any.empty()) {
    check.Fail(&t, "field", "needs `when` or `require_any` predicates");
  }
}

void ParseDoc(const toml::table& t, RuleSpec& spec, Checker& check) {
  CheckKnownKeys(t, {"check", "files"}, "doc", check);
  spec.doc.check = GetString(t, "check", true, check, "doc");
  spec.doc.files = GetStringArray(t, "files", check, "doc");
  if (check.ok() && kDocChecks.count(spec.doc.check) == 0) {
    check.Fail(t.get("check"), "doc.check", "unknown check '" + spec.doc.check +
                                                "' (pack_files_present)");
  }
  if (check.ok() && spec.doc.check == "pack_files_present" && spec.doc.files.empty()) {
    check.Fail(&t, "doc.files", "pack_files_present needs the list of files");
  }
}

void ParseScope(const toml::table& t, RuleSpec& spec, Checker& check) {
  CheckKnownKeys(t, {"item_types", "unless_item"}, "scope", check);
  spec.scope.item_types = GetStringArray(t, "item_types", check, "scope");
  for (const std::string& type : spec.scope.item_types) {
    if (type != "integration" && type != "script" && type != "playbook" &&
        type != "test_playbook") {
      check.Fail(t.get("item_types"), "scope.item_types",
                 "unknown item type '" + type + "' (integration, script, playbook, test_playbook)");
    }
  }
  if (const toml::node* node = t.get("unless_item")) {
    const auto* array = node->as_array();
    if (array == nullptr) {
      check.Fail(node, "scope.unless_item", "must be an array of predicates");
      return;
    }
    for (const auto& item : *array) {
      if (auto p = ParsePredicate(item, "scope.unless_item", check)) {
        spec.scope.unless_item.push_back(std::move(*p));
      }
    }
  }
}

std::string FileStem(const std::string& path) {
  return std::filesystem::path(path).stem().string();
}

}  // namespace

int AreaOrder(std::string_view area) {
  auto it = std::find(kAreas.begin(), kAreas.end(), area);
  return static_cast<int>(it - kAreas.begin());
}

StatusOr<RuleSpec> ParseRuleFile(std::string_view toml_text, const std::string& display_name) {
  toml::table table;
  try {
    table = toml::parse(toml_text, display_name);
  } catch (const toml::parse_error& e) {
    return Status::Error(display_name + ":" + std::to_string(e.source().begin.line) +
                         ": toml: " + std::string(e.description()));
  }
  Checker check(display_name);
  RuleSpec spec;
  spec.source = display_name;
  CheckKnownKeys(table, kTopKeys, "", check);

  spec.id = GetString(table, "id", true, check);
  if (check.ok() && !RE2::FullMatch(spec.id, "[A-Z]+[0-9]{3}")) {
    check.Fail(table.get("id"), "id", "must be upper-case letters and three digits, like SEC003");
  }
  if (check.ok() && display_name.size() > 5 &&
      display_name.compare(display_name.size() - 5, 5, ".toml") == 0 &&
      FileStem(display_name) != spec.id) {
    check.Fail(table.get("id"), "id", "'" + spec.id + "' differs from the file name");
  }
  spec.name = GetString(table, "name", true, check);
  if (check.ok() && !IsKebab(spec.name)) {
    check.Fail(table.get("name"), "name", "must be kebab-case, like provider-secret-pattern");
  }
  spec.summary = GetString(table, "summary", true, check);
  if (check.ok() && (spec.summary.size() > 1024 || spec.summary.back() != '.')) {
    check.Fail(table.get("summary"), "summary", "must be one sentence ending with '.' (<= 1024 chars)");
  }
  spec.area = GetString(table, "area", true, check);
  if (check.ok()) {
    if (!RE2::FullMatch(spec.area, "[a-z][a-z0-9-]*")) {
      check.Fail(table.get("area"), "area", "must be a lower-case word");
    }
    for (const auto& [area, prefix] : kAreaPrefixes) {
      if (spec.area == area && spec.id.rfind(prefix, 0) != 0) {
        check.Fail(table.get("id"), "id", "rules of area '" + spec.area + "' have ids starting with " +
                                              std::string(prefix));
      }
    }
  }
  const std::string severity = GetString(table, "severity", true, check);
  if (check.ok()) {
    auto s = ParseSeverity(severity);
    if (!s) {
      check.Fail(table.get("severity"), "severity", "must be note, warning or error");
    } else {
      spec.severity = *s;
    }
  }
  if (const auto* by = table.get("severity_by_support"); by != nullptr) {
    const auto* t = by->as_table();
    if (t == nullptr) check.Fail(by, "severity_by_support", "must be a table level = severity");
    if (t != nullptr) {
      for (const auto& [level, value] : *t) {
        const std::string field = "severity_by_support." + std::string(level.str());
        if (kSupportLevels.count(level.str()) == 0) {
          check.Fail(&value, field,
                     "unknown support level (xsoar, partner, developer, community, certified)");
          continue;
        }
        const auto s = ParseSeverity(value.value_or(std::string()));
        if (!s) {
          check.Fail(&value, field, "must be note, warning or error");
          continue;
        }
        spec.severity_by_support[std::string(level.str())] = *s;
      }
    }
  }
  for (const auto& kind : GetStringArray(table, "file_kinds", check)) {
    if (kind == "any") {
      for (int i = 0; i < kFileKindCount; ++i) spec.file_kinds.push_back(static_cast<FileKind>(i));
    } else if (kind == "all_text") {
      for (int i = 0; i < kFileKindCount; ++i) {
        if (IsTextKind(static_cast<FileKind>(i))) {
          spec.file_kinds.push_back(static_cast<FileKind>(i));
        }
      }
    } else if (auto k = ParseFileKind(kind)) {
      spec.file_kinds.push_back(*k);
    } else {
      check.Fail(table.get("file_kinds"), "file_kinds", "unknown file kind '" + kind + "'");
    }
  }
  std::sort(spec.file_kinds.begin(), spec.file_kinds.end());
  spec.file_kinds.erase(std::unique(spec.file_kinds.begin(), spec.file_kinds.end()),
                        spec.file_kinds.end());
  if (check.ok() && spec.file_kinds.empty()) {
    check.Fail(&table, "file_kinds", "missing required field");
  }
  spec.message = GetString(table, "message", true, check);
  spec.rationale = GetString(table, "rationale", true, check);
  spec.remediation = GetString(table, "remediation", true, check);
  const bool engine_area = spec.area == "engine";
  spec.example_bad = GetString(table, "example_bad", !engine_area, check);
  spec.example_good = GetString(table, "example_good", !engine_area, check);
  spec.references = GetStringArray(table, "references", check);
  spec.tags = GetStringArray(table, "tags", check);
  spec.certification = GetString(table, "certification", true, check);
  if (check.ok() && kGroups.count(spec.certification) == 0) {
    check.Fail(table.get("certification"), "certification",
               "unknown requirement group '" + spec.certification + "'");
  }
  if (table.contains("precision")) {
    spec.precision = GetString(table, "precision", true, check);
    if (check.ok() && kPrecisions.count(spec.precision) == 0) {
      check.Fail(table.get("precision"), "precision", "must be very-high, high, medium or low");
    }
  }
  if (table.contains("status")) {
    spec.status = GetString(table, "status", true, check);
    if (check.ok() && spec.status != "stable" && spec.status != "preview") {
      check.Fail(table.get("status"), "status", "must be stable or preview");
    }
  }
  if (const auto* redact = table.get("redact"); redact != nullptr) {
    if (!redact->is_boolean()) check.Fail(redact, "redact", "must be true or false");
    spec.redact = redact->value_or(false);
  }
  if (const auto* inline_waiver = table.get("inline_waiver"); inline_waiver != nullptr) {
    if (!inline_waiver->is_boolean()) {
      check.Fail(inline_waiver, "inline_waiver", "must be true or false");
    }
    spec.inline_waiver = inline_waiver->value_or(true);
  }
  if (const auto* ss = table.get("security_severity"); ss != nullptr) {
    const auto v = ss->value<double>();
    if (!v || *v < 0.1 || *v > 10.0 || std::abs(*v - 9.0) < 1e-9) {
      check.Fail(ss, "security_severity", "must be a number from 0.1 to 10.0, not 9.0");
    } else {
      spec.security_severity = std::round(*v * 10.0) / 10.0;
      const Severity expected = *v >= 7.0   ? Severity::kError
                                : *v >= 4.0 ? Severity::kWarning
                                            : Severity::kNote;
      if (expected != spec.severity) {
        check.Fail(ss, "security_severity",
                   "disagrees with severity (error: 7.0-10.0, warning: 4.0-6.9, note: 0.1-3.9)");
      }
    }
  }

  int engines = 0;
  if (const auto* node = table.get("regex")) {
    ++engines;
    spec.engine = EngineKind::kRegex;
    if (const auto* t = node->as_table()) {
      ParseRegex(*t, spec, check);
    } else {
      check.Fail(node, "regex", "must be a table");
    }
  }
  if (const auto* node = table.get("query")) {
    ++engines;
    spec.engine = EngineKind::kQuery;
    ParseQueries(*node, spec, check);
  }
  if (const auto* node = table.get("field")) {
    ++engines;
    spec.engine = EngineKind::kField;
    if (const auto* t = node->as_table()) {
      ParseField(*t, spec, check);
    } else {
      check.Fail(node, "field", "must be a table");
    }
  }
  if (const auto* node = table.get("doc")) {
    ++engines;
    spec.engine = EngineKind::kDoc;
    if (const auto* t = node->as_table()) {
      ParseDoc(*t, spec, check);
    } else {
      check.Fail(node, "doc", "must be a table");
    }
  }
  if (const auto* node = table.get("builtin")) {
    ++engines;
    spec.engine = EngineKind::kBuiltin;
    if (const auto* t = node->as_table()) {
      CheckKnownKeys(*t, {"name"}, "builtin", check);
      spec.builtin.name = GetString(*t, "name", true, check, "builtin");
    } else {
      check.Fail(node, "builtin", "must be a table");
    }
  }
  // [[clang]]: the rule's matcher for C and C++ files, alone (engine "query") or beside the
  // [[query]] tables or the [builtin] that cover the other languages.
  if (const auto* node = table.get("clang")) {
    ParseClang(*node, spec, check);
    if (engines == 0) {
      ++engines;
      spec.engine = EngineKind::kQuery;
    } else if (check.ok() && engines == 1 && spec.engine != EngineKind::kQuery &&
               spec.engine != EngineKind::kBuiltin) {
      check.Fail(node, "clang", "combines only with [[query]] or [builtin]");
    }
    const auto& kinds = spec.file_kinds;
    if (check.ok() && !std::binary_search(kinds.begin(), kinds.end(), FileKind::kCSource) &&
        !std::binary_search(kinds.begin(), kinds.end(), FileKind::kCppSource)) {
      check.Fail(table.get("file_kinds"), "file_kinds", "[[clang]] needs c_source or cpp_source");
    }
  }
  if (const auto* node = table.get("scope")) {
    if (const auto* t = node->as_table()) {
      ParseScope(*t, spec, check);
    } else {
      check.Fail(node, "scope", "must be a table");
    }
  }
  if (check.ok() && engines != 1) {
    check.Fail(&table, "engine",
               engines == 0 ? "needs one engine table: [regex], [[query]] and/or [[clang]], "
                              "[field], [doc] or [builtin]"
                            : "has more than one engine table");
  }
  if (!check.ok()) return Status::Error(check.error());
  return spec;
}

StatusOr<std::vector<RuleSpec>> LoadEmbeddedRules() {
  std::vector<RuleSpec> specs;
  for (size_t i = 0; i < kEmbeddedRules_count; ++i) {
    const EmbeddedFile& f = kEmbeddedRules[i];
    const std::string path(f.path);
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".toml") != 0) continue;
    auto spec = ParseRuleFile(std::string_view(f.data, f.size), "rules/" + path);
    if (!spec.ok()) return spec.status();
    specs.push_back(std::move(spec).value());
  }
  return specs;
}

StatusOr<std::vector<RuleSpec>> LoadRuleDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Error(dir + ": rule folder does not exist");
  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".toml") {
      files.push_back(it->path().string());
    }
  }
  if (ec) return Status::Error(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<RuleSpec> specs;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in.good() && !in.eof()) return Status::Error(file + ": cannot read rule file");
    auto spec = ParseRuleFile(buffer.str(), file);
    if (!spec.ok()) return spec.status();
    specs.push_back(std::move(spec).value());
  }
  return specs;
}

}  // namespace packaudit
