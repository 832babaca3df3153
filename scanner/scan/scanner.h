// RunScan: the whole scan pipeline for one invocation.
//
//   walk + classify -> parse each file once and run file rules (parallel over files)
//   -> pack models -> pack rules (parallel over packs) -> support-level severities
//   -> suppression (marks waived findings; ENG008-ENG011 for the waivers' problems)
//   -> snippets, redaction, fingerprints -> sort -> verdicts (active findings only)
//
// Deterministic: the result is the same for any number of jobs. Never throws; a file that cannot
// be read or parsed becomes an ENG finding and the scan goes on. Only a bad invocation (missing
// input, rule engine build error) is an error Status.
#ifndef PACKAUDIT_SCAN_SCANNER_H_
#define PACKAUDIT_SCAN_SCANNER_H_

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/status.h"
#include "model/pack_base.h"
#include "scan/baseline.h"
#include "scan/scan_result.h"
#include "suppress/config_waiver.h"
#include "walk/filesystem.h"
#include "walk/walker.h"

namespace packaudit {

struct ScanOptions {
  std::vector<std::string> inputs;  // folders or files, as the FileSystem resolves them
  std::vector<std::string> scope;   // the same inputs as display paths (ScanResult::scope)
  std::string display_root;         // absolute folder that printed paths are relative to
  int jobs = 1;
  WalkOptions walk;
  std::vector<RuleSpec> rules;      // the enabled rules, in catalog order
  Date today = Date::Today();       // scan date for date-dependent rules (--today)
  std::vector<ConfigWaiver> waivers;  // from the config file (suppress/config_waiver.h)
  // Ids of every rule that exists, enabled or not (e.g. with --rules DIR), so a waiver of a known
  // but disabled rule is not reported as naming no rule; the embedded rules are always known.
  std::vector<std::string> known_rule_ids;
  // Findings recorded here are marked unchanged, the rest new (scan/baseline.h); applied after
  // the suppression pass, before the verdicts.
  std::optional<Baseline> baseline;
  // Diff-aware scans (--changed-since): each scanned pack's base, by pack root (model/pack_base.h).
  // nullopt: not diff-aware (the base-comparing rules are silent).
  std::optional<PackBases> pack_bases;
};

StatusOr<ScanResult> RunScan(const FileSystem& fs, const ScanOptions& options);

// Lines of context shown around a finding, before and after.
inline constexpr int kContextLines = 3;

}  // namespace packaudit

#endif  // PACKAUDIT_SCAN_SCANNER_H_
