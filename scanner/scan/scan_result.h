// ScanResult: everything a scan produced, in final order. Writers (reports/) work only from this
// value: they never re-read sources, config or rule files.
#ifndef PACKAUDIT_SCAN_SCAN_RESULT_H_
#define PACKAUDIT_SCAN_SCAN_RESULT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/finding.h"
#include "model/outbound_hosts.h"
#include "rules/rule_spec.h"
#include "verdict/verdict.h"
#include "walk/walker.h"

namespace packaudit {

struct PackSummary {
  std::string name;     // the pack's folder name
  std::string path;     // display path of the pack root
  std::string support;  // resolved pack support level ("" when unknown)
  std::string version;  // currentVersion ("" when unknown)
  PackVerdict verdict;  // certification verdict from the pack's findings
  // External hosts the pack's code and YAML defaults contact, sorted by host (see
  // model/outbound_hosts.h).
  std::vector<OutboundHost> outbound_hosts = {};
};

struct ScanResult {
  std::string tool_version;          // PACKAUDIT_VERSION
  std::string ruleset_hash;          // hex digest over the enabled rules' source bytes
  std::vector<std::string> scope;    // the scanned inputs, as display paths
  // Why the scope is what it is, one sentence per line, for people (e.g. which packs changed
  // since a git revision, or which inputs were widened to their packs). Empty: as given.
  std::vector<std::string> scope_notes;
  std::vector<RuleSpec> rules;       // every enabled rule, in catalog order
  std::vector<Finding> findings;     // sorted by FindingLess; fingerprints filled in
  std::vector<SkippedPath> skipped;  // what was not scanned, and why (sorted)
  std::vector<PackSummary> packs;    // sorted by path
  int files_scanned = 0;
  std::string scan_date;             // YYYY-MM-DD the date rules used (--today)
  int64_t duration_ms = -1;          // wall time of the scan, set by the CLI (-1: not measured)
  std::string baseline_path;         // the --baseline file as given ("" without a baseline)
  int baseline_absent = 0;           // baseline entries no finding matched any more
  // False when any file could not be read or parsed (an ENG001/ENG004/ENG007 finding exists).
  bool execution_successful = true;
};

}  // namespace packaudit

#endif  // PACKAUDIT_SCAN_SCAN_RESULT_H_
