// Rule loader: valid files load with every field; each kind of mistake is reported as
// "<file>:<line>: <field>: <problem>"; the registry selects by id and area.
#include "rules/loader.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "rules/registry.h"

namespace packaudit {
namespace {

constexpr char kValid[] = R"(id = "X001"
name = "todo-marker"
summary = "A TODO marker is left in code."
area = "custom"
severity = "warning"
severity_by_support = { partner = "error" }
certification = "coding-practices"
file_kinds = ["python", "javascript"]
message = "TODO left: {kind}."
rationale = "Unfinished work should not ship."
remediation = "Finish it."
example_bad = "# TODO"
example_good = "# done"
references = ["CWE-1"]
tags = ["style"]

[regex]
patterns = ['TODO', { label = "fixme", pattern = '(?P<match>FIXME)' }]
exclude_values = ['^TODO$']
)";

std::string Error(const std::string& text, const std::string& name = "rules/custom/X001.toml") {
  auto spec = ParseRuleFile(text, name);
  return spec.ok() ? std::string("(loaded)") : spec.status().message();
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

TEST(LoaderTest, LoadsEveryField) {
  auto spec = ParseRuleFile(kValid, "rules/custom/X001.toml");
  ASSERT_TRUE(spec.ok()) << spec.status().message();
  EXPECT_EQ(spec->id, "X001");
  EXPECT_EQ(spec->engine, EngineKind::kRegex);
  EXPECT_EQ(spec->severity, Severity::kWarning);
  EXPECT_EQ(spec->SeverityFor("partner"), Severity::kError);
  EXPECT_EQ(spec->SeverityFor("community"), Severity::kWarning);
  ASSERT_EQ(spec->regex.patterns.size(), 2u);
  EXPECT_EQ(spec->regex.patterns[1].label, "fixme");
  EXPECT_EQ(spec->file_kinds, (std::vector<FileKind>{FileKind::kPython, FileKind::kJavaScript}));
  EXPECT_EQ(spec->source, "rules/custom/X001.toml");
}

TEST(LoaderTest, TomlSyntaxErrorNamesTheLine) {
  const std::string error = Error(Replace(kValid, "severity = \"warning\"", "severity = \"warning"));
  EXPECT_EQ(error.rfind("rules/custom/X001.toml:5: toml: ", 0), 0u) << error;
}

TEST(LoaderTest, MissingRequiredField) {
  EXPECT_EQ(Error(Replace(kValid, "message = \"TODO left: {kind}.\"\n", "")),
            "rules/custom/X001.toml:1: message: missing required field");
}

TEST(LoaderTest, UnknownFieldIsRejected) {
  EXPECT_EQ(Error(Replace(kValid, "tags = [\"style\"]", "tagz = [\"style\"]")),
            "rules/custom/X001.toml:15: tagz: unknown field");
}

TEST(LoaderTest, BadValues) {
  EXPECT_EQ(Error(Replace(kValid, "severity = \"warning\"", "severity = \"fatal\"")),
            "rules/custom/X001.toml:5: severity: must be note, warning or error");
  EXPECT_EQ(Error(Replace(kValid, "name = \"todo-marker\"", "name = \"Todo Marker\"")),
            "rules/custom/X001.toml:2: name: must be kebab-case, like provider-secret-pattern");
  EXPECT_EQ(Error(Replace(kValid, "\"python\", \"javascript\"", "\"python\", \"cobol\"")),
            "rules/custom/X001.toml:8: file_kinds: unknown file kind 'cobol'");
  EXPECT_EQ(Error(Replace(kValid, "partner = \"error\"", "vip = \"error\"")),
            "rules/custom/X001.toml:6: severity_by_support.vip: unknown support level (xsoar, "
            "partner, developer, community, certified)");
  EXPECT_EQ(Error(Replace(kValid, "coding-practices", "vibes")),
            "rules/custom/X001.toml:7: certification: unknown requirement group 'vibes'");
}

TEST(LoaderTest, IdMustMatchFileNameAndArea) {
  EXPECT_EQ(Error(kValid, "rules/custom/X002.toml"),
            "rules/custom/X002.toml:1: id: 'X001' differs from the file name");
  EXPECT_EQ(Error(Replace(kValid, "area = \"custom\"", "area = \"security\"")),
            "rules/custom/X001.toml:1: id: rules of area 'security' have ids starting with SEC");
}

TEST(LoaderTest, InvalidRegexIsReported) {
  const std::string error = Error(Replace(kValid, "['TODO',", "['TODO(',"));
  EXPECT_EQ(error.rfind("rules/custom/X001.toml:18: regex.patterns: invalid RE2 pattern:", 0), 0u)
      << error;
}

TEST(LoaderTest, SecuritySeverityMustAgreeWithSeverity) {
  const std::string text = Replace(kValid, "severity = \"warning\"\n",
                                   "severity = \"warning\"\nsecurity_severity = 8.0\n");
  EXPECT_EQ(Error(text), "rules/custom/X001.toml:6: security_severity: disagrees with severity "
                         "(error: 7.0-10.0, warning: 4.0-6.9, note: 0.1-3.9)");
  EXPECT_EQ(Error(Replace(text, "8.0", "9.0")),
            "rules/custom/X001.toml:6: security_severity: must be a number from 0.1 to 10.0, not 9.0");
}

TEST(LoaderTest, EngineTableCount) {
  const std::string regex_block = "[regex]\npatterns = ['TODO', { label = \"fixme\", pattern = "
                                  "'(?P<match>FIXME)' }]\nexclude_values = ['^TODO$']\n";
  EXPECT_EQ(Error(Replace(kValid, regex_block, "")),
            "rules/custom/X001.toml:1: engine: needs one engine table: [regex], [[query]] "
            "and/or [[clang]], [field], [doc] or [builtin]");
  EXPECT_EQ(Error(std::string(kValid) + "[builtin]\nname = \"x\"\n"),
            "rules/custom/X001.toml:1: engine: has more than one engine table");
}

TEST(LoaderTest, QueryErrorsNameTheQueryLine) {
  const std::string regex_block = "[regex]\npatterns = ['TODO', { label = \"fixme\", pattern = "
                                  "'(?P<match>FIXME)' }]\nexclude_values = ['^TODO$']\n";
  const std::string query = "[[query]]\nlanguage = \"python\"\nquery = '''\n(call\n  function: "
                            "(identifer) @fn) @call\n'''\n";
  const std::string error = Error(Replace(kValid, regex_block, query));
  EXPECT_EQ(error, "rules/custom/X001.toml:19: query.query: query line 2: unknown node type near "
                   "'identifer) @fn) @call'");
  const std::string bad_predicate =
      "[[query]]\nlanguage = \"python\"\nquery = '(call function: (identifier) @fn (#shout? @fn)) "
      "@call'\n";
  EXPECT_EQ(Error(Replace(kValid, regex_block, bad_predicate)),
            "rules/custom/X001.toml:19: query.query: query line 1: unsupported predicate #shout?");
  const std::string bad_language = "[[query]]\nlanguage = \"cobol\"\nquery = '(x) @x'\n";
  EXPECT_EQ(Error(Replace(kValid, regex_block, bad_language)),
            "rules/custom/X001.toml:18: query.language: unknown language 'cobol' (python, "
            "javascript, powershell)");
}

TEST(LoaderTest, EmbeddedRulesLoadInCatalogOrder) {
  auto set = RuleSet::Load({});
  ASSERT_TRUE(set.ok()) << set.status().message();
  // Catalog order: by area (docs, metadata, adopt, release, code, security, tls, privacy,
  // engine), then by id; every id once.
  std::vector<std::pair<int, std::string>> keys;
  for (const auto& r : set->rules()) keys.emplace_back(AreaOrder(r.area), r.id);
  ASSERT_FALSE(keys.empty());
  EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
  EXPECT_EQ(std::adjacent_find(keys.begin(), keys.end()), keys.end());
  EXPECT_EQ(keys.front().second, "DOC001");
  EXPECT_EQ(keys.back().second, "ENG011");
}

TEST(RegistryTest, SelectByIdAndAreaKeepsEngineRules) {
  auto set = RuleSet::Load({});
  ASSERT_TRUE(set.ok());
  auto selected = set->Select({"security"}, {"SEC009"});
  ASSERT_TRUE(selected.ok());
  std::vector<std::string> ids;
  for (const auto& r : *selected) ids.push_back(r.id);
  EXPECT_EQ(ids.front(), "SEC001");
  EXPECT_EQ(std::count(ids.begin(), ids.end(), "SEC003"), 1);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), "SEC009"), 0);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), "ENG001"), 1);
  auto unknown = set->Select({"NOPE999"}, {});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().message(),
            "unknown rule id or area 'NOPE999' (see `packaudit rules list`)");
}

TEST(RegistryTest, DuplicateIdsAreRejected) {
  auto a = ParseRuleFile(kValid, "a/X001.toml");
  auto b = ParseRuleFile(kValid, "b/X001.toml");
  ASSERT_TRUE(a.ok() && b.ok());
  auto set = RuleSet::FromSpecs({*a, *b});
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().message(), "b/X001.toml:1: id: 'X001' is already defined in a/X001.toml");
}

}  // namespace
}  // namespace packaudit

namespace packaudit {
namespace {

TEST(LoaderScopeTest, ParsesItemTypesAndPredicates) {
  auto spec = ParseRuleFile(std::string(kValid) + R"(
[scope]
item_types = ["integration"]
unless_item = [{path = "script.longRunning", op = "equals", values = ["true"]}]
)",
                            "rules/custom/X001.toml");
  ASSERT_TRUE(spec.ok()) << spec.status().message();
  EXPECT_EQ(spec->scope.item_types, std::vector<std::string>{"integration"});
  ASSERT_EQ(spec->scope.unless_item.size(), 1u);
  EXPECT_EQ(spec->scope.unless_item[0].path, "script.longRunning");
  EXPECT_EQ(spec->scope.unless_item[0].op, FieldPredicate::Op::kEquals);
}

TEST(LoaderScopeTest, RejectsUnknownItemTypesAndKeys) {
  EXPECT_EQ(Error(std::string(kValid) + "\n[scope]\nitem_types = [\"widget\"]\n"),
            "rules/custom/X001.toml:22: scope.item_types: unknown item type 'widget' "
            "(integration, script, playbook, test_playbook)");
  EXPECT_EQ(Error(std::string(kValid) + "\n[scope]\nitem_kinds = [\"script\"]\n"),
            "rules/custom/X001.toml:22: scope.item_kinds: unknown field");
}

TEST(SeverityForTest, CertifiedOverrideOnlyTightens) {
  RuleSpec rule;
  rule.severity = Severity::kWarning;
  rule.severity_by_support = {{"partner", Severity::kError}, {"certified", Severity::kError}};
  EXPECT_EQ(rule.SeverityFor("community", false), Severity::kWarning);
  EXPECT_EQ(rule.SeverityFor("community", true), Severity::kError);
  EXPECT_EQ(rule.SeverityFor("partner", false), Severity::kError);
  rule.severity_by_support = {{"partner", Severity::kError}, {"certified", Severity::kNote}};
  EXPECT_EQ(rule.SeverityFor("partner", true), Severity::kError);
}

}  // namespace
}  // namespace packaudit
