// What the HTML report's sections share, computed once from a ScanResult: the rule of each id,
// each finding's area and status, per-pack counts, and the finding groups (pack, then rule).
// Internal to the HTML writer (html_writer.cc and its section files). Plain data built by a
// pure function; the model points into the ScanResult, which must outlive it.
#ifndef PACKAUDIT_REPORTS_HTML_MODEL_H_
#define PACKAUDIT_REPORTS_HTML_MODEL_H_

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "scan/scan_result.h"

namespace packaudit {

struct HtmlOptions;

// Counts of one pack (or of the run) by severity: [note, warning, error], active findings only.
using SeverityCounts = std::array<int, 3>;

struct HtmlRuleGroup {
  std::string rule_id;
  const RuleSpec* rule = nullptr;        // nullptr for an id outside the recorded ruleset
  std::vector<const Finding*> findings;  // in result order
  Severity worst = Severity::kNote;
};

struct HtmlPackGroup {
  std::string pack;    // pack name, "" for files outside any pack
  std::string anchor;  // id of the pack's verdict card ("pack-3"), "" when it has none
  std::vector<HtmlRuleGroup> rules;  // worst severity first, then rule id
  int count = 0;
};

struct HtmlModel {
  const ScanResult* result = nullptr;
  bool baseline = false;  // a baseline was used: statuses are "new" / "baselined"
  std::map<std::string, const RuleSpec*, std::less<>> rules;
  SeverityCounts active{};                  // the run's active findings
  int suppressed = 0;                       // waived findings
  int baselined = 0;                        // unchanged against the baseline, not waived
  std::vector<SeverityCounts> pack_active;  // per result.packs index
  std::vector<int> pack_suppressed;         // per result.packs index
  std::vector<HtmlPackGroup> groups;        // the findings list: not suppressed
  std::vector<const Finding*> suppressed_findings;
  int listed = 0;  // findings in `groups`
};

HtmlModel BuildHtmlModel(const ScanResult& result);

// Rule area of a finding ("security", "docs", ...; "other" when unknown).
std::string_view FindingArea(const HtmlModel& model, const Finding& finding);

// "open" without a baseline; "new" or "baselined" with one; "suppressed" when waived.
std::string_view FindingStatus(const HtmlModel& model, const Finding& finding);

// Anchor id of result.packs[index]: "pack-<index+1>".
std::string PackAnchor(size_t index);

// Anchor id of result.findings[index]: "f-<index+1>".
std::string FindingAnchor(const ScanResult& result, const Finding& finding);

// Section renderers (html_sections_*.cc). Each appends one complete <section> to `out`.
void AppendGateSection(std::string& out, const HtmlModel& model, const HtmlOptions& options);
void AppendVerdictSection(std::string& out, const HtmlModel& model);
void AppendPackTableSection(std::string& out, const HtmlModel& model);
void AppendSeveritySection(std::string& out, const HtmlModel& model);
void AppendFindingsSection(std::string& out, const HtmlModel& model);
void AppendSuppressedSection(std::string& out, const HtmlModel& model);
void AppendProblemsSection(std::string& out, const HtmlModel& model);
void AppendHostsSection(std::string& out, const HtmlModel& model);
void AppendMetadataSection(std::string& out, const HtmlModel& model, const HtmlOptions& options);

// "1 finding" / "3 findings".
std::string CountText(int n, std::string_view one, std::string_view many);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_HTML_MODEL_H_
