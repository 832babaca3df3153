// RunScan: the whole scan pipeline for one invocation.
//
//   walk + classify -> parse each file once and run file rules (parallel over files)
//   -> pack models -> pack rules (parallel over packs) -> support-level severities
//   -> snippets, redaction, fingerprints -> sort
//
// Deterministic: the result is the same for any number of jobs. Never throws; a file that cannot
// be read or parsed becomes an ENG finding and the scan goes on. Only a bad invocation (missing
// input, rule engine build error) is an error Status.
#ifndef PACKAUDIT_SCAN_SCANNER_H_
#define PACKAUDIT_SCAN_SCANNER_H_

#include <string>
#include <vector>

#include "core/date.h"
#include "core/status.h"
#include "scan/scan_result.h"
#include "walk/filesystem.h"
#include "walk/walker.h"

namespace packaudit {

// A waiver kept in the config file (.packaudit.toml `[[waiver]]`): findings of `rules` (ids or
// areas) whose path matches one of `paths` (core/glob.h; empty = everywhere) are suppressed
// (kind "external") with `reason`. The only way, with a baseline, to waive a rule that refuses
// inline waivers.
struct ConfigWaiver {
  std::vector<std::string> rules;
  std::vector<std::string> paths;
  std::string reason;
  std::string source;  // where it is written, e.g. ".packaudit.toml:12"
};

struct ScanOptions {
  std::vector<std::string> inputs;  // folders or files, as the FileSystem resolves them
  std::vector<std::string> scope;   // the same inputs as display paths (ScanResult::scope)
  std::string display_root;         // absolute folder that printed paths are relative to
  int jobs = 1;
  WalkOptions walk;
  std::vector<RuleSpec> rules;      // the enabled rules, in catalog order
  Date today = Date::Today();       // scan date for date-dependent rules (--today)
  std::vector<ConfigWaiver> waivers;  // from the config file
};

StatusOr<ScanResult> RunScan(const FileSystem& fs, const ScanOptions& options);

// Lines of context shown around a finding, before and after.
inline constexpr int kContextLines = 3;

}  // namespace packaudit

#endif  // PACKAUDIT_SCAN_SCANNER_H_
