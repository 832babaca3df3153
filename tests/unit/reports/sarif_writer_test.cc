// Checks of the SARIF notes' section 9 checklist (items 2, 5-22, 24, 25, 29, 32, 34-39) and of
// section 8.4 (what no validator catches) on synthetic scan results, including suppressed and
// baseline findings and the GitHub form's filtering and result limit.
#include "reports/sarif_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "core/source_file.h"
#include "reports/product.h"
#include "unit/reports/synthetic_scan.h"

namespace packaudit {
namespace {

using nlohmann::json;
using testing::kSecret;
using testing::SyntheticScan;

SarifOptions Options() {
  SarifOptions options;
  options.automation_id = "packaudit/packs/";
  options.exit_code = 1;
  return options;
}

json Render(const ScanResult& result, const SarifOptions& options = Options()) {
  return json::parse(RenderSarif(result, options));
}

json TheRun(const json& log) { return log.at("runs").at(0); }

// Calls `visit` with every string (keys and values) in `value`.
void ForEachString(const json& value, const std::function<void(const std::string&)>& visit) {
  if (value.is_string()) {
    visit(value.get<std::string>());
  } else if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      visit(key);
      ForEachString(item, visit);
    }
  } else if (value.is_array()) {
    for (const auto& item : value) ForEachString(item, visit);
  }
}

TEST(SarifWriterTest, FixtureIsSorted) {
  const ScanResult result = SyntheticScan();
  EXPECT_TRUE(std::is_sorted(result.findings.begin(), result.findings.end(), FindingLess));
}

// Checklist 1 (the text part) and 2.
TEST(SarifWriterTest, DocumentEnvelope) {
  const std::string text = RenderSarif(SyntheticScan(), Options());
  ASSERT_FALSE(text.empty());
  EXPECT_NE(text.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(text.substr(0, 4), "{\n  ");    // 2-space indent
  EXPECT_EQ(text.find("\"$schema\""), 4u);  // first key
  const json log = json::parse(text);
  EXPECT_EQ(log.at("$schema"), "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_EQ(log.at("version"), "2.1.0");
  EXPECT_EQ(log.size(), 3u);
}

// Checklist 5 and 6.
TEST(SarifWriterTest, OneRunWithStableCategory) {
  const json log = Render(SyntheticScan());
  ASSERT_EQ(log.at("runs").size(), 1u);
  EXPECT_EQ(TheRun(log).at("automationDetails").at("id"), "packaudit/packs/");
  EXPECT_EQ(TheRun(Render(SyntheticScan())).at("automationDetails"),
            TheRun(log).at("automationDetails"));

  SarifOptions options = Options();
  options.automation_id = "packaudit/demo";
  EXPECT_EQ(TheRun(Render(SyntheticScan(), options)).at("automationDetails").at("id"),
            "packaudit/demo/");
  options.automation_id = "";
  EXPECT_EQ(TheRun(Render(SyntheticScan(), options)).at("automationDetails").at("id"),
            "packaudit/");
}

// Checklist 7.
TEST(SarifWriterTest, Driver) {
  const json driver = TheRun(Render(SyntheticScan())).at("tool").at("driver");
  EXPECT_EQ(driver.at("name"), kProductName);
  EXPECT_EQ(driver.at("name"), "packaudit");
  EXPECT_EQ(driver.at("semanticVersion"), "0.1.0");
  EXPECT_EQ(driver.at("version"), "0.1.0");
  const std::regex semver(
      R"(^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$)");
  EXPECT_TRUE(std::regex_match(driver.at("semanticVersion").get<std::string>(), semver));
  EXPECT_EQ(driver.at("informationUri"), "https://github.com/packaudit/packaudit");
}

// Checklist 8 and 9.
TEST(SarifWriterTest, RulesInCatalogOrderWithUniqueIds) {
  const json rules = TheRun(Render(SyntheticScan())).at("tool").at("driver").at("rules");
  ASSERT_EQ(rules.size(), 4u);
  EXPECT_EQ(rules[0].at("id"), "SEC003");
  EXPECT_EQ(rules[1].at("id"), "DOC001");
  EXPECT_EQ(rules[2].at("id"), "CODE002");
  EXPECT_EQ(rules[3].at("id"), "ENG001");
  const std::regex id_pattern("^[A-Z]+[0-9]{3}$");
  std::set<std::string> ids;
  for (const auto& rule : rules) {
    const std::string id = rule.at("id");
    EXPECT_TRUE(std::regex_match(id, id_pattern)) << id;
    EXPECT_TRUE(ids.insert(id).second) << id;
  }
  // Rules that did not fire are listed too: only three rules have findings... all four do here,
  // so drop the findings and check again.
  ScanResult quiet = SyntheticScan();
  quiet.findings.clear();
  EXPECT_EQ(TheRun(Render(quiet)).at("tool").at("driver").at("rules").size(), 4u);
}

// Section 8.4: duplicate rule ids are impossible in the output.
TEST(SarifWriterTest, DuplicateRuleIdsAreDropped) {
  ScanResult result = SyntheticScan();
  RuleSpec duplicate = testing::ReadmeRule();
  duplicate.summary = "A second definition.";
  result.rules.push_back(duplicate);
  const json run = TheRun(Render(result));
  const json& rules = run.at("tool").at("driver").at("rules");
  ASSERT_EQ(rules.size(), 4u);
  EXPECT_EQ(rules[1].at("shortDescription").at("text"), "The pack has no README.md.");
  for (const auto& r : run.at("results")) {
    EXPECT_EQ(rules.at(r.at("ruleIndex").get<size_t>()).at("id"), r.at("ruleId"));
  }
}

// Checklist 10, 11, 13 and the descriptor fields of section 2.
TEST(SarifWriterTest, RuleDescriptorFields) {
  const json rules = TheRun(Render(SyntheticScan())).at("tool").at("driver").at("rules");
  for (const auto& rule : rules) {
    SCOPED_TRACE(rule.at("id").get<std::string>());
    const std::string name = rule.at("name");
    EXPECT_FALSE(name.empty());
    EXPECT_LE(name.size(), 255u);
    for (const char* key : {"shortDescription", "fullDescription"}) {
      const std::string text = rule.at(key).at("text");
      EXPECT_FALSE(text.empty());
      EXPECT_LE(text.size(), 1024u);
    }
    EXPECT_FALSE(rule.at("help").at("text").get<std::string>().empty());
    EXPECT_FALSE(rule.at("help").at("markdown").get<std::string>().empty());
    EXPECT_EQ(rule.at("helpUri"), "https://github.com/packaudit/packaudit/blob/main/docs/rules/" +
                                      rule.at("id").get<std::string>() + ".md");
    const std::string level = rule.at("defaultConfiguration").at("level");
    EXPECT_TRUE(level == "note" || level == "warning" || level == "error") << level;
    const std::string precision = rule.at("properties").at("precision");
    EXPECT_TRUE(precision == "very-high" || precision == "high" || precision == "medium" ||
                precision == "low")
        << precision;
  }
  const json& secret = rules[0];
  EXPECT_EQ(secret.at("name"), "ProviderSecretPattern");
  EXPECT_EQ(secret.at("shortDescription").at("text"), "A cloud provider access key is hard-coded.");
  EXPECT_EQ(secret.at("fullDescription").at("text"),
            "A cloud provider access key is hard-coded. Keys in code leak through the Marketplace "
            "and <em>cannot</em> be rotated.");
  EXPECT_EQ(secret.at("defaultConfiguration").at("level"), "error");
  EXPECT_EQ(rules[1].at("name"), "PackReadmeMissing");
  EXPECT_EQ(rules[1].at("defaultConfiguration").at("level"), "warning");
  EXPECT_EQ(rules[2].at("defaultConfiguration").at("level"), "note");
}

TEST(SarifWriterTest, UnknownPrecisionBecomesMedium) {
  ScanResult result = SyntheticScan();
  result.rules[1].precision = "pretty-good";
  const json rules = TheRun(Render(result)).at("tool").at("driver").at("rules");
  EXPECT_EQ(rules[1].at("properties").at("precision"), "medium");
}

// Checklist 12, 14, 15 and 16 on the descriptors as written.
TEST(SarifWriterTest, TagsAndSeverities) {
  const json rules = TheRun(Render(SyntheticScan())).at("tool").at("driver").at("rules");
  const std::regex score("^(10\\.0|[0-9]\\.[0-9])$");
  for (const auto& rule : rules) {
    SCOPED_TRACE(rule.at("id").get<std::string>());
    const json& properties = rule.at("properties");
    const auto tags = properties.at("tags").get<std::vector<std::string>>();
    EXPECT_LE(tags.size(), 10u);
    EXPECT_EQ(std::set<std::string>(tags.begin(), tags.end()).size(), tags.size());
    const bool security = properties.contains("security-severity");
    EXPECT_EQ(std::count(tags.begin(), tags.end(), "security"), security ? 1 : 0);
    if (security) {
      EXPECT_FALSE(properties.contains("problem.severity"));
      const std::string value = properties.at("security-severity");
      EXPECT_TRUE(std::regex_match(value, score)) << value;
      EXPECT_NE(value, "9.0");
      const double number = std::stod(value);
      const std::string level = rule.at("defaultConfiguration").at("level");
      EXPECT_EQ(level == "error", number >= 7.0);
      EXPECT_EQ(level == "warning", number >= 4.0 && number < 7.0);
      EXPECT_EQ(level == "note", number < 4.0);
    } else {
      const std::string problem = properties.at("problem.severity");
      EXPECT_TRUE(problem == "error" || problem == "warning" || problem == "recommendation");
    }
  }
  EXPECT_EQ(rules[0].at("properties").at("tags"),
            json({"security", "secrets", "external/cwe/cwe-798"}));
  EXPECT_EQ(rules[0].at("properties").at("security-severity"), "8.5");
  EXPECT_EQ(rules[1].at("properties").at("tags"), json({"documentation"}));
  EXPECT_EQ(rules[1].at("properties").at("problem.severity"), "warning");
  EXPECT_EQ(rules[2].at("properties").at("problem.severity"), "recommendation");
  EXPECT_EQ(rules[2].at("properties").at("tags"), json::array());
}

// Section 8.4: security-severity format and its agreement with the level, whatever the rule says.
TEST(SarifWriterTest, SecuritySeverityIsKeptInTheLevelsBand) {
  ScanResult result = SyntheticScan();
  result.rules[0].security_severity = 9.0;
  EXPECT_EQ(TheRun(Render(result))
                .at("tool")
                .at("driver")
                .at("rules")[0]
                .at("properties")
                .at("security-severity"),
            "9.1");
  result.rules[0].security_severity = 9.04;  // rounds to 9.0
  EXPECT_EQ(TheRun(Render(result))
                .at("tool")
                .at("driver")
                .at("rules")[0]
                .at("properties")
                .at("security-severity"),
            "9.1");
  result.rules[0].security_severity = 12;
  EXPECT_EQ(TheRun(Render(result))
                .at("tool")
                .at("driver")
                .at("rules")[0]
                .at("properties")
                .at("security-severity"),
            "10.0");
  result.rules[0].severity = Severity::kWarning;
  result.rules[0].security_severity = 8.0;
  EXPECT_EQ(TheRun(Render(result))
                .at("tool")
                .at("driver")
                .at("rules")[0]
                .at("properties")
                .at("security-severity"),
            "6.9");
  result.rules[0].severity = Severity::kNote;
  result.rules[0].security_severity = 0.0;
  EXPECT_EQ(TheRun(Render(result))
                .at("tool")
                .at("driver")
                .at("rules")[0]
                .at("properties")
                .at("security-severity"),
            "0.1");
  result.rules[0].severity = Severity::kError;
  result.rules[0].security_severity = 7.25;
  EXPECT_EQ(TheRun(Render(result))
                .at("tool")
                .at("driver")
                .at("rules")[0]
                .at("properties")
                .at("security-severity"),
            "7.3");
}

// Checklist 12: the tag limit.
TEST(SarifWriterTest, AtMostTenUniqueTags) {
  ScanResult result = SyntheticScan();
  for (int i = 0; i < 15; ++i) result.rules[0].tags.push_back("t" + std::to_string(i % 12));
  const json tags =
      TheRun(Render(result)).at("tool").at("driver").at("rules")[0].at("properties").at("tags");
  ASSERT_EQ(tags.size(), 10u);
  EXPECT_EQ(tags[0], "security");
  EXPECT_EQ(tags[1], "secrets");
  EXPECT_EQ(tags[2], "t0");
  // A "security" tag on a rule without security severity is dropped.
  result.rules[1].tags = {"security", "docs"};
  EXPECT_EQ(
      TheRun(Render(result)).at("tool").at("driver").at("rules")[1].at("properties").at("tags"),
      json({"docs"}));
}

// Checklist 17 and section 8.4: every ruleId is declared and ruleIndex points at it.
TEST(SarifWriterTest, ResultsReferenceDeclaredRules) {
  ScanResult result = SyntheticScan();
  Finding stray = result.findings[1];
  stray.rule_id = "NOPE999";
  stray.path = "Packs/Zed/x.py";
  stray.pack = "Zed";
  result.findings.push_back(stray);
  const json run = TheRun(Render(result));
  const json& rules = run.at("tool").at("driver").at("rules");
  ASSERT_EQ(rules.size(), 5u);
  EXPECT_EQ(rules[4].at("id"), "NOPE999");
  EXPECT_EQ(rules[4].at("defaultConfiguration").at("level"), "note");
  EXPECT_FALSE(rules[4].at("help").at("text").get<std::string>().empty());
  const json& results = run.at("results");
  ASSERT_EQ(results.size(), 5u);
  const std::vector<int> expected_indexes = {0, 2, 3, 1, 4};
  for (size_t i = 0; i < results.size(); ++i) {
    const json& r = results[i];
    const size_t index = r.at("ruleIndex").get<size_t>();
    ASSERT_LT(index, rules.size());
    EXPECT_EQ(rules[index].at("id"), r.at("ruleId"));
    EXPECT_EQ(index, static_cast<size_t>(expected_indexes[i]));
  }
}

// Checklist 18, 19 and 20.
TEST(SarifWriterTest, ResultLevelsAndMessages) {
  const json results = TheRun(Render(SyntheticScan())).at("results");
  ASSERT_EQ(results.size(), 4u);
  const std::vector<std::string> levels = {"error", "note", "error", "warning"};
  for (size_t i = 0; i < results.size(); ++i) {
    const json& r = results[i];
    EXPECT_EQ(r.at("level"), levels[i]);
    EXPECT_FALSE(r.contains("kind"));
    EXPECT_FALSE(r.at("message").contains("id"));
    const std::string text = r.at("message").at("text");
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(text.back(), '.');
    EXPECT_FALSE(r.contains("relatedLocations"));
    EXPECT_EQ(text.find("]("), std::string::npos);  // no links without related locations
  }
  EXPECT_EQ(results[1].at("message").at("text"), "print() call.");
  EXPECT_EQ(results[3].at("message").at("text"), "Pack 'My Pack' has no README.md.");

  ScanResult empty_message = SyntheticScan();
  empty_message.findings[1].message = "  ";
  EXPECT_EQ(TheRun(Render(empty_message)).at("results")[1].at("message").at("text"),
            "Finding of rule CODE002.");
}

// Checklist 21 and 22.
TEST(SarifWriterTest, OneLocationWithEncodedRelativeUri) {
  const json results = TheRun(Render(SyntheticScan())).at("results");
  for (const auto& r : results) {
    ASSERT_EQ(r.at("locations").size(), 1u);
    const json& physical = r.at("locations")[0].at("physicalLocation");
    const std::string uri = physical.at("artifactLocation").at("uri");
    EXPECT_EQ(physical.at("artifactLocation").at("uriBaseId"), "%SRCROOT%");
    EXPECT_TRUE(physical.contains("region"));
    EXPECT_EQ(uri.find(':'), std::string::npos) << uri;
    EXPECT_NE(uri.front(), '/');
    EXPECT_FALSE(uri.starts_with("./"));
    EXPECT_EQ(uri.find(".."), std::string::npos);
    EXPECT_EQ(uri.find('\\'), std::string::npos);
    EXPECT_EQ(uri.find(' '), std::string::npos);
  }
  EXPECT_EQ(results[0].at("locations")[0].at("physicalLocation").at("artifactLocation").at("uri"),
            "Packs/Foo/Integrations/Foo/Foo.py");
  EXPECT_EQ(results[3].at("locations")[0].at("physicalLocation").at("artifactLocation").at("uri"),
            "Packs/My%20Pack/pack_metadata.json");
}

TEST(SarifWriterTest, UriEncodingOfUnusualPaths) {
  ScanResult result = SyntheticScan();
  result.findings.resize(1);
  result.findings[0].path = "Packs/Ünï/a b#c?d%e[f]+g~h_i-j.k";
  const json run = TheRun(Render(result));
  EXPECT_EQ(run.at("results")[0]
                .at("locations")[0]
                .at("physicalLocation")
                .at("artifactLocation")
                .at("uri"),
            "Packs/%C3%9Cn%C3%AF/a%20b%23c%3Fd%25e%5Bf%5D%2Bg~h_i-j.k");
}

// Checklist 24: all four region fields, valid even when the finding's region is not.
TEST(SarifWriterTest, RegionsAreCompleteAndConsistent) {
  ScanResult result = SyntheticScan();
  result.findings[1].region = {0, 0, 0, 0};
  result.findings[2].region = {7, 9, 7, 4};
  result.findings[3].region = {3, 5, 2, 1};
  const json results = TheRun(Render(result)).at("results");
  for (const auto& r : results) {
    const json& region = r.at("locations")[0].at("physicalLocation").at("region");
    const int start_line = region.at("startLine");
    const int start_column = region.at("startColumn");
    const int end_line = region.at("endLine");
    const int end_column = region.at("endColumn");
    EXPECT_GE(start_line, 1);
    EXPECT_GE(start_column, 1);
    EXPECT_GE(end_line, start_line);
    EXPECT_GE(end_column, 1);
    if (end_line == start_line) {
      EXPECT_GT(end_column, start_column);
    }
  }
  const json& first = results[0].at("locations")[0].at("physicalLocation").at("region");
  EXPECT_EQ(first.at("startLine"), 4);
  EXPECT_EQ(first.at("startColumn"), 16);
  EXPECT_EQ(first.at("endLine"), 4);
  EXPECT_EQ(first.at("endColumn"), 36);
  const json& fixed = results[2].at("locations")[0].at("physicalLocation").at("region");
  EXPECT_EQ(fixed.at("endColumn"), 10);
}

// Checklist 25: columns are UTF-16 code units, as SourceFile computes them.
TEST(SarifWriterTest, Utf16Columns) {
  const std::string text = "s = \"\xF0\x9F\x94\x91\" + AKIAIOSFODNN7EXAMPLE\n";
  const SourceFile file("Packs/Foo/x.py", text);
  const size_t begin = text.find("AKIA");
  const Position start = file.PositionOf(begin);
  const Position end = file.PositionOf(begin + 20);
  ASSERT_EQ(start.column, 12);  // s = " (5 units), U+1F511 (2), " + (4): 11 units before
  ScanResult result = SyntheticScan();
  result.findings.resize(1);
  result.findings[0].region = {start.line, start.column, end.line, end.column};
  const json run = TheRun(Render(result));
  EXPECT_EQ(run.at("columnKind"), "utf16CodeUnits");
  const json& region = run.at("results")[0].at("locations")[0].at("physicalLocation").at("region");
  EXPECT_EQ(region.at("startColumn"), 12);
  EXPECT_EQ(region.at("endColumn"), 32);
}

TEST(SarifWriterTest, SnippetAndContextRegion) {
  const json results = TheRun(Render(SyntheticScan())).at("results");
  const json& secret = results[0].at("locations")[0].at("physicalLocation");
  EXPECT_EQ(secret.at("region").at("snippet").at("text"), "[REDACTED]");
  EXPECT_EQ(secret.at("contextRegion"),
            json({{"startLine", 3},
                  {"endLine", 5},
                  {"snippet",
                   {{"text", "def main():\n    api_key = \"[REDACTED]\"\n    return api_key"}}}}));
  // A context with the same lines as the region is not a proper superset: left out.
  EXPECT_FALSE(results[1].at("locations")[0].at("physicalLocation").contains("contextRegion"));
  // No context at all.
  EXPECT_FALSE(results[2].at("locations")[0].at("physicalLocation").contains("contextRegion"));
  const json& readme = results[3].at("locations")[0].at("physicalLocation");
  EXPECT_EQ(readme.at("contextRegion").at("startLine"), 1);
  EXPECT_EQ(readme.at("contextRegion").at("endLine"), 2);
}

TEST(SarifWriterTest, FingerprintsAndProperties) {
  const json results = TheRun(Render(SyntheticScan())).at("results");
  EXPECT_EQ(results[0].at("partialFingerprints"),
            json({{"primaryLocationLineHash", "2c968962cd24329b:1"},
                  {"xsoarAuditLocation/v1", "0123456789abcdef:1"}}));
  EXPECT_EQ(results[0].at("properties"), json({{"pack", "Foo"}}));
  EXPECT_EQ(results[3].at("properties"), json({{"pack", "My Pack"}}));
  ScanResult outside = SyntheticScan();
  outside.findings[0].pack = "";
  EXPECT_FALSE(TheRun(Render(outside)).at("results")[0].contains("properties"));
}

// Checklist 32.
TEST(SarifWriterTest, EmptyScanStillHasResults) {
  ScanResult result = SyntheticScan();
  result.findings.clear();
  result.execution_successful = true;
  SarifOptions options = Options();
  options.exit_code = 0;
  const json run = TheRun(Render(result, options));
  ASSERT_TRUE(run.contains("results"));
  EXPECT_TRUE(run.at("results").is_array());
  EXPECT_TRUE(run.at("results").empty());
  const json& invocation = run.at("invocations")[0];
  EXPECT_EQ(invocation.at("executionSuccessful"), true);
  EXPECT_EQ(invocation.at("exitCode"), 0);
  EXPECT_EQ(invocation.at("toolExecutionNotifications"), json::array());

  ScanResult nothing;
  nothing.tool_version = "0.1.0";
  const json bare = TheRun(Render(nothing, options));
  EXPECT_EQ(bare.at("results"), json::array());
  EXPECT_EQ(bare.at("tool").at("driver").at("rules"), json::array());
}

// Checklist 34 and the GitHub-bound variant.
TEST(SarifWriterTest, SuppressionsOnEveryResultOrNone) {
  const json canonical = TheRun(Render(SyntheticScan())).at("results");
  for (const auto& r : canonical) EXPECT_EQ(r.at("suppressions"), json::array());
  SarifOptions github = Options();
  github.github = true;
  const json run = TheRun(Render(SyntheticScan(), github));
  ASSERT_EQ(run.at("results").size(), canonical.size());
  for (const auto& r : run.at("results")) EXPECT_FALSE(r.contains("suppressions"));
  // Otherwise identical.
  json stripped = canonical;
  for (auto& r : stripped) r.erase("suppressions");
  EXPECT_EQ(run.at("results"), stripped);
}

TEST(SarifWriterTest, InvocationAndNotifications) {
  const json run = TheRun(Render(SyntheticScan()));
  ASSERT_EQ(run.at("invocations").size(), 1u);
  const json& invocation = run.at("invocations")[0];
  EXPECT_EQ(invocation.at("executionSuccessful"), false);
  EXPECT_EQ(invocation.at("exitCode"), 1);
  EXPECT_FALSE(invocation.contains("toolConfigurationNotifications"));
  EXPECT_FALSE(invocation.contains("workingDirectory"));
  const json& notes = invocation.at("toolExecutionNotifications");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].at("level"), "error");
  EXPECT_EQ(notes[0].at("descriptor"), json({{"id", "ENG001"}}));
  EXPECT_EQ(notes[0].at("message").at("text"),
            "YAML parse error: mapping values are not allowed here.");
  const json& location = notes[0].at("locations")[0].at("physicalLocation");
  EXPECT_EQ(location.at("artifactLocation").at("uri"), "Packs/Foo/Playbooks/broken.yml");
  EXPECT_EQ(location.at("region"),
            json({{"startLine", 2}, {"startColumn", 1}, {"endLine", 2}, {"endColumn", 9}}));
  // The ENG finding is a result too.
  EXPECT_EQ(run.at("results")[2].at("ruleId"), "ENG001");
}

TEST(SarifWriterTest, RunLevelFields) {
  const json run = TheRun(Render(SyntheticScan()));
  EXPECT_EQ(run.at("originalUriBaseIds").at("%SRCROOT%").size(), 1u);
  EXPECT_FALSE(run.at("originalUriBaseIds").at("%SRCROOT%").contains("uri"));
  EXPECT_FALSE(run.at("originalUriBaseIds")
                   .at("%SRCROOT%")
                   .at("description")
                   .at("text")
                   .get<std::string>()
                   .empty());
  // SARIF 2.1.0 names it redactionTokens (an array); "redactionsToken" is not in the schema.
  EXPECT_EQ(run.at("redactionTokens"), json::array({"[REDACTED]"}));
  EXPECT_FALSE(run.contains("redactionsToken"));
  const json& properties = run.at("properties");
  EXPECT_EQ(properties.at("rulesetHash"), "4f2a9c0e11d3b7a8");
  EXPECT_EQ(properties.at("scope"), json({"Packs"}));
  EXPECT_EQ(properties.at("filesScanned"), 7);
  // The same pack objects as the JSON report (reports/pack_json.h), verdicts included.
  const json& packs = properties.at("packs");
  ASSERT_EQ(packs.size(), 2u);
  EXPECT_EQ(packs[0].at("name"), "Foo");
  EXPECT_EQ(packs[0].at("path"), "Packs/Foo");
  EXPECT_EQ(packs[0].at("support"), "partner");
  EXPECT_EQ(packs[0].at("version"), "1.2.0");
  EXPECT_EQ(packs[0].at("verdict"), "blocked");
  EXPECT_EQ(packs[0].at("groups").size(), 9u);
  EXPECT_EQ(packs[0].at("groups")[0].at("failing"), json({"SEC003"}));
  EXPECT_EQ(packs[1].at("name"), "My Pack");
  EXPECT_EQ(packs[1].at("verdict"), "certification-ready");
  // Only skipped paths with a rule id (an ignored folder is not a problem).
  EXPECT_EQ(properties.at("skipped"), json::parse(R"([{"path":"Packs/Foo/big.bin",
                             "reason":"file is 7340032 bytes, over the limit"}])"));
}

// Checklist 37.
TEST(SarifWriterTest, NoAbsolutePathsTimestampsOrRandomIds) {
  const std::string text = RenderSarif(SyntheticScan(), Options());
  const std::regex timestamp(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})");
  const std::regex uuid("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-");
  ForEachString(json::parse(text), [&](const std::string& s) {
    EXPECT_FALSE(s.starts_with("/")) << s;
    EXPECT_EQ(s.find("file:"), std::string::npos) << s;
    EXPECT_EQ(s.find(PACKAUDIT_SOURCE_ROOT), std::string::npos) << s;
    EXPECT_EQ(s.find("/tmp/"), std::string::npos) << s;
    EXPECT_FALSE(std::regex_search(s, timestamp)) << s;
    EXPECT_FALSE(std::regex_search(s, uuid)) << s;
  });
  EXPECT_EQ(text.find("startTimeUtc"), std::string::npos);
}

// Checklist 38.
TEST(SarifWriterTest, Deterministic) {
  const std::string first = RenderSarif(SyntheticScan(), Options());
  EXPECT_EQ(RenderSarif(SyntheticScan(), Options()), first);
  // Key order is fixed (insertion order), not alphabetical.
  const size_t tool = first.find("\"tool\"");
  const size_t results = first.find("\"results\"");
  const size_t properties = first.rfind("\"properties\"");
  EXPECT_LT(tool, results);
  EXPECT_LT(results, properties);
  EXPECT_LT(first.find("\"ruleId\""), first.find("\"ruleIndex\""));
}

// Checklist 39: the writer shows the texts the pipeline redacted (scan/finalize.h, tested in
// unit_scan) and never writes match_text, even when a finding still carries it.
TEST(SarifWriterTest, SecretsAreNeverWritten) {
  ScanResult result = SyntheticScan();
  ASSERT_EQ(result.findings[0].match_text, kSecret);
  const std::string text = RenderSarif(result, Options());
  EXPECT_EQ(text.find(kSecret), std::string::npos);
  const json run = TheRun(json::parse(text));
  const json& physical = run.at("results")[0].at("locations")[0].at("physicalLocation");
  EXPECT_EQ(physical.at("region").at("snippet").at("text"), "[REDACTED]");
  EXPECT_EQ(physical.at("contextRegion").at("snippet").at("text"),
            "def main():\n    api_key = \"[REDACTED]\"\n    return api_key");
}

TEST(SarifWriterTest, InvalidUtf8BecomesReplacementCharacter) {
  ScanResult result = SyntheticScan();
  result.findings[1].message = "bad \xFF\xFE byte.";
  result.findings[1].snippet = "print(\"\xC3\")";
  std::string text;
  ASSERT_NO_THROW(text = RenderSarif(result, Options()));
  const json results = TheRun(json::parse(text)).at("results");
  EXPECT_EQ(results[1].at("message").at("text"), "bad \xEF\xBF\xBD\xEF\xBF\xBD byte.");
}

// --- Suppressions, baselines and the GitHub form -------------------------------------------

// SyntheticScan with findings[1] (CODE002) waived in the source, findings[3] (DOC001) waived by
// the config file without a reason.
ScanResult SuppressedScan() {
  ScanResult result = SyntheticScan();
  result.findings[1].suppressions = {
      {"inSource", "debug output is wanted here", "Packs/Foo/Integrations/Foo/Foo.py:5"}};
  result.findings[3].suppressions = {{"external", "", ".packaudit.toml:8"}};
  return result;
}

// SyntheticScan compared against a baseline: findings[0] new, findings[2] already known.
ScanResult BaselineScan() {
  ScanResult result = SyntheticScan();
  result.baseline_path = ".packaudit-baseline.json";
  result.baseline_absent = 2;
  for (Finding& f : result.findings) f.baseline_state = BaselineState::kNew;
  result.findings[2].baseline_state = BaselineState::kUnchanged;
  return result;
}

SarifOptions GithubOptions() {
  SarifOptions options = Options();
  options.github = true;
  return options;
}

// Checklist 34: every result has the array; a suppression has kind, status, justification.
TEST(SarifWriterTest, SuppressionsFromFindings) {
  const json results = TheRun(Render(SuppressedScan())).at("results");
  ASSERT_EQ(results.size(), 4u);
  EXPECT_EQ(results[0].at("suppressions"), json::array());
  EXPECT_EQ(results[2].at("suppressions"), json::array());
  EXPECT_EQ(results[1].at("suppressions"), json::parse(R"([{
      "kind": "inSource", "status": "accepted",
      "justification": "debug output is wanted here",
      "location": {"physicalLocation": {
          "artifactLocation": {"uri": "Packs/Foo/Integrations/Foo/Foo.py", "uriBaseId": "%SRCROOT%"},
          "region": {"startLine": 5}}},
      "properties": {"source": "Packs/Foo/Integrations/Foo/Foo.py:5"}}])"));
  const json& external = results[3].at("suppressions");
  ASSERT_EQ(external.size(), 1u);
  EXPECT_EQ(external[0].at("kind"), "external");
  EXPECT_EQ(external[0].at("status"), "accepted");
  EXPECT_EQ(external[0].at("justification"), "No reason was given.");
  EXPECT_EQ(external[0].at("location").at("physicalLocation").at("artifactLocation").at("uri"),
            ".packaudit.toml");
  // Key order is fixed: suppressions after the fingerprints, before the properties.
  const std::string text = RenderSarif(SuppressedScan(), Options());
  EXPECT_LT(text.find("\"partialFingerprints\""), text.find("\"suppressions\""));
}

TEST(SarifWriterTest, SuppressionEdgeCases) {
  ScanResult result = SyntheticScan();
  result.findings[0].suppressions = {{"pragma", "odd kind", "somewhere"},
                                     {"inSource", "two waivers", "Packs/Foo/a b.py:0"},
                                     {"external", "no source", ""},
                                     {"external", "absolute", "/etc/packaudit.toml:3"}};
  const json s = TheRun(Render(result)).at("results")[0].at("suppressions");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].at("kind"), "external");  // unknown kinds are not valid SARIF
  EXPECT_FALSE(s[0].contains("location"));
  EXPECT_EQ(s[0].at("properties").at("source"), "somewhere");
  EXPECT_FALSE(s[1].contains("location"));  // line 0 is no line
  EXPECT_FALSE(s[2].contains("location"));
  EXPECT_FALSE(s[2].contains("properties"));
  EXPECT_EQ(s[3].at("location").at("physicalLocation").at("artifactLocation"),
            json({{"uri", "file:///etc/packaudit.toml"}}));
  for (const auto& item : s) {
    EXPECT_FALSE(item.at("justification").get<std::string>().empty());
    EXPECT_EQ(item.at("status"), "accepted");
  }
}

// Checklist 35.
TEST(SarifWriterTest, BaselineStateOnEveryResultWhenABaselineWasUsed) {
  const json run = TheRun(Render(BaselineScan()));
  const json& results = run.at("results");
  ASSERT_EQ(results.size(), 4u);
  const std::vector<std::string> states = {"new", "new", "unchanged", "new"};
  for (size_t i = 0; i < results.size(); ++i) {
    EXPECT_EQ(results[i].at("baselineState"), states[i]) << i;
  }
  EXPECT_EQ(run.at("properties").at("baseline"),
            json({{"file", ".packaudit-baseline.json"}, {"absent", 2}}));
  // A finding the baseline pass left unmarked still gets a state.
  ScanResult unmarked = BaselineScan();
  unmarked.findings[1].baseline_state = BaselineState::kNone;
  EXPECT_EQ(TheRun(Render(unmarked)).at("results")[1].at("baselineState"), "new");
  // Without a baseline: none.
  const json plain = TheRun(Render(SyntheticScan()));
  for (const auto& r : plain.at("results")) EXPECT_FALSE(r.contains("baselineState"));
  EXPECT_FALSE(plain.at("properties").contains("baseline"));
}

// Checklist 36: the GitHub form is the canonical one minus inactive results and suppressions.
TEST(SarifWriterTest, GithubFormDropsInactiveResults) {
  ScanResult result = SuppressedScan();
  result.baseline_path = "base.json";
  for (Finding& f : result.findings) f.baseline_state = BaselineState::kNew;
  result.findings[2].baseline_state = BaselineState::kUnchanged;
  const json canonical = Render(result);
  const json github = Render(result, GithubOptions());
  ASSERT_EQ(github.at("runs").size(), 1u);
  const json& run = TheRun(github);
  const json& results = run.at("results");
  ASSERT_EQ(results.size(), 1u);  // only the secret is active
  EXPECT_EQ(results[0].at("ruleId"), "SEC003");
  EXPECT_EQ(results[0].at("baselineState"), "new");
  EXPECT_FALSE(results[0].contains("suppressions"));
  EXPECT_EQ(github.dump().find("\"suppressions\""), std::string::npos);

  json expected = canonical;
  json kept = json::array();
  const json canonical_run = TheRun(canonical);
  for (const auto& r : canonical_run.at("results")) {
    if (!r.at("suppressions").empty() || r.at("baselineState") == "unchanged") continue;
    json copy = r;
    copy.erase("suppressions");
    kept.push_back(copy);
  }
  expected.at("runs").at(0).at("results") = kept;
  EXPECT_EQ(github, expected);
  // Rules stay declared (the full catalog) and indexes match.
  const json& rules = run.at("tool").at("driver").at("rules");
  EXPECT_EQ(rules.size(), 4u);
  EXPECT_EQ(rules.at(results[0].at("ruleIndex").get<size_t>()).at("id"), "SEC003");
  // The ENG notification stays although its finding is inactive: the file still did not parse.
  EXPECT_EQ(run.at("invocations")[0].at("toolExecutionNotifications").size(), 1u);
}

TEST(SarifWriterTest, GithubFormOfAnAllWaivedScanHasNoResults) {
  ScanResult result = SyntheticScan();
  for (Finding& f : result.findings) f.suppressions = {{"external", "accepted risk", "x:1"}};
  const json run = TheRun(Render(result, GithubOptions()));
  EXPECT_EQ(run.at("results"), json::array());
  EXPECT_EQ(TheRun(Render(result)).at("results").size(), 4u);
}

// Many findings of the synthetic rules: `errors` SEC003 (security severity 8.5), `warnings`
// DOC001, `notes` CODE002, interleaved so that ScanResult order is not severity order.
ScanResult ManyFindings(int errors, int warnings, int notes) {
  ScanResult result = SyntheticScan();
  const Finding secret = result.findings[0];
  const Finding print = result.findings[1];
  const Finding readme = result.findings[3];
  ScanResult many = result;
  many.findings.clear();
  many.execution_successful = true;
  int e = 0;
  int w = 0;
  int n = 0;
  for (int i = 0; e < errors || w < warnings || n < notes; ++i) {
    const Finding* base = nullptr;
    if (i % 3 == 0 && n < notes) {
      base = &print;
      ++n;
    } else if (i % 3 == 1 && w < warnings) {
      base = &readme;
      ++w;
    } else if (e < errors) {
      base = &secret;
      ++e;
    } else if (n < notes) {
      base = &print;
      ++n;
    } else {
      base = &readme;
      ++w;
    }
    Finding f = *base;
    char path[32];
    std::snprintf(path, sizeof(path), "Packs/Foo/f%06d.py", i);
    f.path = path;
    f.fingerprint = std::to_string(i) + ":1";
    many.findings.push_back(std::move(f));
  }
  return many;
}

// Checklist 29: above 5,000 results the most severe are kept, and a notification says so.
TEST(SarifWriterTest, GithubFormKeepsTheMostSevereFiveThousand) {
  ASSERT_EQ(kGithubMaxResults, 5000u);
  ScanResult result = ManyFindings(300, 1700, 3200);  // 5,200
  // An extra error without security severity ranks after the security errors.
  Finding engine = result.findings[0];
  engine.rule_id = "ENG001";
  engine.severity = Severity::kError;
  engine.path = "Packs/Foo/a_first.yml";
  result.findings.insert(result.findings.begin(), engine);
  // Waived findings neither count nor take a place.
  Finding waived = result.findings[1];
  waived.severity = Severity::kError;
  waived.rule_id = "SEC003";
  waived.suppressions = {{"inSource", "test key", "Packs/Foo/x.py:1"}};
  result.findings.insert(result.findings.begin() + 1, 50, waived);
  ASSERT_EQ(result.findings.size(), 5251u);

  const json run = TheRun(Render(result, GithubOptions()));
  const json& results = run.at("results");
  ASSERT_EQ(results.size(), 5000u);
  // Errors first (security ones before ENG001), then warnings, then the first notes.
  for (size_t i = 0; i < 300; ++i) ASSERT_EQ(results[i].at("ruleId"), "SEC003") << i;
  EXPECT_EQ(results[300].at("ruleId"), "ENG001");
  for (size_t i = 301; i < 2001; ++i) ASSERT_EQ(results[i].at("level"), "warning") << i;
  for (size_t i = 2001; i < 5000; ++i) ASSERT_EQ(results[i].at("level"), "note") << i;
  // Within a level, ScanResult order.
  std::vector<std::string> note_paths;
  for (size_t i = 2001; i < 5000; ++i) {
    note_paths.push_back(
        results[i].at("locations")[0].at("physicalLocation").at("artifactLocation").at("uri"));
  }
  EXPECT_TRUE(std::is_sorted(note_paths.begin(), note_paths.end()));
  const json& rules = run.at("tool").at("driver").at("rules");
  for (const auto& r : results) {
    ASSERT_EQ(rules.at(r.at("ruleIndex").get<size_t>()).at("id"), r.at("ruleId"));
    ASSERT_FALSE(r.contains("suppressions"));
  }
  // 3,200 notes, 2,999 kept.
  const json& notes = run.at("invocations")[0].at("toolExecutionNotifications");
  ASSERT_EQ(notes.size(), 2u);  // the ENG001 finding, then the truncation
  const json& truncation = notes[1];
  EXPECT_EQ(truncation.at("level"), "warning");
  EXPECT_EQ(truncation.at("descriptor").at("id"), "GitHubResultLimit");
  EXPECT_EQ(truncation.at("properties").at("omittedResults"), 201);
  const std::string text = truncation.at("message").at("text");
  EXPECT_TRUE(text.starts_with("201 results were left out")) << text;
  EXPECT_NE(text.find("5000 most severe"), std::string::npos) << text;

  // The canonical SARIF has them all, in ScanResult order, without the notification.
  const json canonical = TheRun(Render(result));
  EXPECT_EQ(canonical.at("results").size(), 5251u);
  EXPECT_EQ(canonical.at("invocations")[0].at("toolExecutionNotifications").size(), 1u);
  EXPECT_EQ(canonical.at("results")[0].at("ruleId"), "ENG001");
}

TEST(SarifWriterTest, GithubFormAtTheLimitKeepsScanOrder) {
  const ScanResult result = ManyFindings(100, 1900, 3000);  // exactly 5,000
  const json run = TheRun(Render(result, GithubOptions()));
  ASSERT_EQ(run.at("results").size(), 5000u);
  EXPECT_EQ(run.at("results")[0].at("ruleId"), "CODE002");  // ScanResult order, not severity
  EXPECT_EQ(run.at("invocations")[0].at("toolExecutionNotifications"), json::array());
  // One more: truncated, one note left out.
  const json over = TheRun(Render(ManyFindings(100, 1900, 3001), GithubOptions()));
  ASSERT_EQ(over.at("results").size(), 5000u);
  EXPECT_EQ(over.at("results")[0].at("ruleId"), "SEC003");
  const json& notes = over.at("invocations")[0].at("toolExecutionNotifications");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_TRUE(
      notes[0].at("message").at("text").get<std::string>().starts_with("1 result was left out"));
  // Deterministic.
  EXPECT_EQ(RenderSarif(ManyFindings(100, 1900, 3001), GithubOptions()),
            RenderSarif(ManyFindings(100, 1900, 3001), GithubOptions()));
}

// GitHub rejects runs with more than 25,000 rules: then only the rules in use are declared.
TEST(SarifWriterTest, GithubFormDeclaresOnlyUsedRulesAboveTheRuleLimit) {
  ScanResult result = SyntheticScan();
  RuleSpec filler = testing::NoteRule();
  for (size_t i = 0; i + 4 <= kGithubMaxRules; ++i) {
    filler.id = "ZZ" + std::to_string(100000 + i);
    result.rules.push_back(filler);
  }
  ASSERT_EQ(result.rules.size(), kGithubMaxRules + 1);
  const json github = TheRun(Render(result, GithubOptions()));
  const json& rules = github.at("tool").at("driver").at("rules");
  ASSERT_EQ(rules.size(), 4u);
  for (const auto& r : github.at("results")) {
    EXPECT_EQ(rules.at(r.at("ruleIndex").get<size_t>()).at("id"), r.at("ruleId"));
  }
  EXPECT_EQ(TheRun(Render(result)).at("tool").at("driver").at("rules").size(), kGithubMaxRules + 1);
  // At the limit, every rule is declared.
  result.rules.pop_back();
  EXPECT_EQ(TheRun(Render(result, GithubOptions())).at("tool").at("driver").at("rules").size(),
            kGithubMaxRules);
}

}  // namespace
}  // namespace packaudit
