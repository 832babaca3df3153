#include "reports/sarif_writer.h"

#include <algorithm>
#include <deque>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "reports/finding_rank.h"
#include "reports/pack_json.h"
#include "reports/product.h"
#include "reports/rule_help.h"
#include "reports/uri.h"

namespace packaudit {
namespace {

using Json = nlohmann::ordered_json;

constexpr char kSchemaUri[] = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr char kSrcRoot[] = "%SRCROOT%";
constexpr char kNoJustification[] = "No reason was given.";

bool IsEngineRule(const std::string& rule_id) { return rule_id.starts_with("ENG"); }

// The rules as written: catalog order, unique ids, plus generic descriptors for undeclared ids.
class RuleTable {
 public:
  // With `only`, just the rules whose ids it holds (for GitHub's rule limit).
  RuleTable(const ScanResult& result, const std::set<std::string>* only = nullptr) {
    for (const RuleSpec& rule : result.rules) {
      if (!only || only->count(rule.id)) Add(rule);
    }
    for (const Finding& finding : result.findings) {
      if (index_.count(finding.rule_id)) continue;
      if (only && !only->count(finding.rule_id)) continue;
      RuleSpec& generic = synthesized_.emplace_back();
      generic.id = finding.rule_id;
      generic.summary = "Findings reported under rule id " + finding.rule_id + ".";
      generic.rationale = "This rule id is not part of the ruleset recorded for this scan.";
      generic.severity = finding.severity;
      generic.precision = "medium";
      Add(generic);
    }
  }

  const std::vector<const RuleSpec*>& rules() const { return rules_; }
  int IndexOf(const std::string& id) const { return index_.at(id); }

 private:
  void Add(const RuleSpec& rule) {
    if (!index_.emplace(rule.id, static_cast<int>(rules_.size())).second) return;
    rules_.push_back(&rule);
  }

  std::deque<RuleSpec> synthesized_;  // stable addresses
  std::vector<const RuleSpec*> rules_;
  std::map<std::string, int> index_;
};

Json RuleDescriptor(const RuleSpec& rule) {
  Json properties = Json::object();
  properties["tags"] = RuleTags(rule);
  const std::string& precision = rule.precision;
  const bool known_precision = precision == "very-high" || precision == "high" ||
                               precision == "medium" || precision == "low";
  properties["precision"] = known_precision ? precision : std::string("medium");
  if (const auto security_severity = SecuritySeverityText(rule)) {
    properties["security-severity"] = *security_severity;
  } else {
    properties["problem.severity"] = std::string(ProblemSeverity(rule.severity));
  }
  return Json{
      {"id", rule.id},
      {"name", RuleDisplayName(rule)},
      {"shortDescription", {{"text", RuleShortDescription(rule)}}},
      {"fullDescription", {{"text", RuleFullDescription(rule)}}},
      {"help", {{"text", RuleHelpText(rule)}, {"markdown", RuleHelpMarkdown(rule)}}},
      {"helpUri", RuleHelpUri(rule.id)},
      {"defaultConfiguration", {{"level", std::string(SeverityName(rule.severity))}}},
      {"properties", std::move(properties)},
  };
}

// A region that satisfies SARIF and GitHub whatever the finding holds: lines and columns >= 1,
// end not before start, and a non-empty range on a single line.
Region ValidRegion(Region region) {
  region.start_line = std::max(region.start_line, 1);
  region.start_column = std::max(region.start_column, 1);
  region.end_line = std::max(region.end_line, region.start_line);
  region.end_column = std::max(region.end_column, 1);
  if (region.end_line == region.start_line && region.end_column <= region.start_column) {
    region.end_column = region.start_column + 1;
  }
  return region;
}

// Lines in `text` (a final line break does not start a new line; "" has none).
int CountLines(std::string_view text) {
  if (text.empty()) return 0;
  int lines = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    if ((text[i] == '\n' || text[i] == '\r') && i + 1 < text.size()) ++lines;
  }
  return lines;
}

// Last line of a finding's context: context_end_line, or counted from the text when unset.
int ContextEndLine(const Finding& finding) {
  if (finding.context_end_line >= finding.context_start_line) return finding.context_end_line;
  return finding.context_start_line + CountLines(finding.context) - 1;
}

// A path relative to the root is a %SRCROOT%-based reference; a file outside the root (the CLI
// keeps its absolute path) becomes an absolute file URI, which GitHub relativises itself.
Json ArtifactLocation(const std::string& path) {
  if (!path.empty() && path.front() == '/')
    return Json{{"uri", "file://" + PercentEncodePath(path)}};
  return Json{{"uri", PercentEncodePath(path)}, {"uriBaseId", kSrcRoot}};
}

Json RegionJson(const Region& region) {
  return Json{{"startLine", region.start_line},
              {"startColumn", region.start_column},
              {"endLine", region.end_line},
              {"endColumn", region.end_column}};
}

Json PhysicalLocation(const Finding& finding, bool with_snippets) {
  const Region region = ValidRegion(finding.region);
  Json physical{{"artifactLocation", ArtifactLocation(finding.path)}};
  Json region_json = RegionJson(region);
  if (with_snippets && !finding.snippet.empty()) {
    region_json["snippet"] = {{"text", finding.snippet}};
  }
  physical["region"] = std::move(region_json);
  // contextRegion must be a proper superset of region: only when it has more lines.
  if (with_snippets && !finding.context.empty() && finding.context_start_line >= 1) {
    const int context_end = ContextEndLine(finding);
    const bool contains =
        finding.context_start_line <= region.start_line && context_end >= region.end_line;
    const bool larger =
        finding.context_start_line < region.start_line || context_end > region.end_line;
    if (contains && larger) {
      physical["contextRegion"] = {{"startLine", finding.context_start_line},
                                   {"endLine", context_end},
                                   {"snippet", {{"text", finding.context}}}};
    }
  }
  return Json{{"physicalLocation", std::move(physical)}};
}

// Plain text, never empty, first sentence ending in terminal punctuation.
std::string MessageText(const Finding& finding) {
  std::string text = finding.message;
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t')) {
    text.pop_back();
  }
  if (text.empty()) text = "Finding of rule " + finding.rule_id;
  const char last = text.back();
  if (last != '.' && last != '!' && last != '?') text += '.';
  return text;
}

// "path:line" -> a location of that line; nullopt when `source` has no such form.
std::optional<Json> SourceLocation(const std::string& source) {
  const size_t colon = source.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == source.size()) return std::nullopt;
  int line = 0;
  for (size_t i = colon + 1; i < source.size(); ++i) {
    const char c = source[i];
    if (c < '0' || c > '9' || line > 100000000) return std::nullopt;
    line = line * 10 + (c - '0');
  }
  if (line < 1) return std::nullopt;
  return Json{{"physicalLocation",
               {{"artifactLocation", ArtifactLocation(source.substr(0, colon))},
                {"region", {{"startLine", line}}}}}};
}

// SARIF suppression objects (section 3.35): kind, status "accepted", the justification (a
// placeholder when none was given), the waiver's place as a location when it reads "path:line",
// and the source text as written in properties.
Json SuppressionsJson(const Finding& finding) {
  Json suppressions = Json::array();
  for (const Suppression& s : finding.suppressions) {
    Json item{{"kind", s.kind == "inSource" ? "inSource" : "external"},
              {"status", "accepted"},
              {"justification", s.justification.empty() ? kNoJustification : s.justification}};
    if (auto location = SourceLocation(s.source)) item["location"] = std::move(*location);
    if (!s.source.empty()) item["properties"] = {{"source", s.source}};
    suppressions.push_back(std::move(item));
  }
  return suppressions;
}

std::string_view BaselineStateName(BaselineState state) {
  return state == BaselineState::kUnchanged ? "unchanged" : "new";
}

Json ResultJson(const Finding& finding, int rule_index, const ScanResult& scan, bool github) {
  Json result{{"ruleId", finding.rule_id},
              {"ruleIndex", rule_index},
              {"level", std::string(SeverityName(finding.severity))},
              {"message", {{"text", MessageText(finding)}}},
              {"locations", Json::array({PhysicalLocation(finding, true)})}};
  Json fingerprints = Json::object();
  if (!finding.line_hash.empty()) fingerprints["primaryLocationLineHash"] = finding.line_hash;
  if (!finding.fingerprint.empty()) fingerprints["xsoarAuditLocation/v1"] = finding.fingerprint;
  result["partialFingerprints"] = std::move(fingerprints);
  if (!scan.baseline_path.empty()) {
    result["baselineState"] = std::string(BaselineStateName(finding.baseline_state));
  }
  if (!github) result["suppressions"] = SuppressionsJson(finding);
  if (!finding.pack.empty()) result["properties"] = {{"pack", finding.pack}};
  return result;
}

Json NotificationJson(const Finding& finding) {
  return Json{{"level", std::string(SeverityName(finding.severity))},
              {"message", {{"text", MessageText(finding)}}},
              {"locations", Json::array({PhysicalLocation(finding, false)})},
              {"descriptor", {{"id", finding.rule_id}}}};
}

std::string AutomationId(const std::string& id) {
  if (id.empty()) return std::string(kProductName) + "/";
  return id.back() == '/' ? id : id + "/";
}

Json RunProperties(const ScanResult& result) {
  Json packs = Json::array();
  for (const PackSummary& pack : result.packs) {
    packs.push_back(PackJson(pack));
  }
  Json skipped = Json::array();
  for (const SkippedPath& path : result.skipped) {
    if (path.rule_id.empty()) continue;
    skipped.push_back({{"path", path.display_path}, {"reason", path.reason}});
  }
  Json properties{{"packs", std::move(packs)},
                  {"rulesetHash", result.ruleset_hash},
                  {"scope", result.scope},
                  {"filesScanned", result.files_scanned},
                  {"skipped", std::move(skipped)}};
  if (!result.baseline_path.empty()) {
    properties["baseline"] = {{"file", result.baseline_path}, {"absent", result.baseline_absent}};
  }
  return properties;
}

// The findings written as results: all of them in the canonical SARIF; for GitHub only the active
// ones, at most kGithubMaxResults (the most severe, in that order). Sets `*omitted` to the number
// of active findings left out for the limit.
std::vector<const Finding*> ResultFindings(const ScanResult& result, bool github, size_t* omitted) {
  std::vector<const Finding*> kept;
  for (const Finding& finding : result.findings) {
    if (!github || finding.active()) kept.push_back(&finding);
  }
  *omitted = 0;
  if (github && kept.size() > kGithubMaxResults) {
    kept = MostSevereFirst(std::move(kept), result.rules);
    *omitted = kept.size() - kGithubMaxResults;
    kept.resize(kGithubMaxResults);
  }
  return kept;
}

Json TruncationNotification(size_t omitted) {
  const std::string limit = std::to_string(kGithubMaxResults);
  return Json{
      {"level", "warning"},
      {"message",
       {{"text", std::to_string(omitted) + (omitted == 1 ? " result was" : " results were") +
                     " left out: GitHub code scanning keeps " + limit +
                     " results per run, so only the " + limit +
                     " most severe are included. The canonical SARIF (--sarif) has "
                     "them all."}}},
      {"descriptor", {{"id", "GitHubResultLimit"}}},
      {"properties", {{"omittedResults", omitted}}}};
}

}  // namespace

std::string RenderSarif(const ScanResult& result, const SarifOptions& options) {
  size_t omitted = 0;
  const std::vector<const Finding*> kept = ResultFindings(result, options.github, &omitted);

  // GitHub rejects a run with more rules than it allows: then declare only the rules used.
  std::optional<RuleTable> used_rules;
  const RuleTable all_rules(result);
  if (options.github && all_rules.rules().size() > kGithubMaxRules) {
    std::set<std::string> used;
    for (const Finding* finding : kept) used.insert(finding->rule_id);
    used_rules.emplace(result, &used);
  }
  const RuleTable& table = used_rules ? *used_rules : all_rules;

  Json rules = Json::array();
  for (const RuleSpec* rule : table.rules()) rules.push_back(RuleDescriptor(*rule));

  Json results = Json::array();
  for (const Finding* finding : kept) {
    results.push_back(
        ResultJson(*finding, table.IndexOf(finding->rule_id), result, options.github));
  }
  Json notifications = Json::array();
  for (const Finding& finding : result.findings) {
    if (IsEngineRule(finding.rule_id)) notifications.push_back(NotificationJson(finding));
  }
  if (omitted > 0) notifications.push_back(TruncationNotification(omitted));

  Json driver{{"name", kProductName},
              {"semanticVersion", result.tool_version},
              {"version", result.tool_version},
              {"informationUri", kProjectHomepage},
              {"rules", std::move(rules)}};

  Json invocation{{"executionSuccessful", result.execution_successful},
                  {"exitCode", options.exit_code},
                  {"toolExecutionNotifications", std::move(notifications)}};

  Json run{
      {"tool", {{"driver", std::move(driver)}}},
      {"automationDetails", {{"id", AutomationId(options.automation_id)}}},
      {"originalUriBaseIds",
       {{kSrcRoot,
         {{"description", {{"text", "The scan root: every result path is relative to it."}}}}}}},
      {"invocations", Json::array({std::move(invocation)})},
      {"columnKind", "utf16CodeUnits"},
      {"redactionTokens", Json::array({kRedactionToken})},
      {"results", std::move(results)},
      {"properties", RunProperties(result)},
  };

  Json log{{"$schema", kSchemaUri}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
  std::string text = log.dump(2, ' ', false, Json::error_handler_t::replace);
  text += '\n';
  return text;
}

}  // namespace packaudit
