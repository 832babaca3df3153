// The `scan` and `baseline write` commands. Both prepare the same scan (PrepareScan):
//   config (cli/config.h: --config FILE, else the nearest .packaudit.toml above the first path
//   unless --no-config) -> rules (select/ignore, severity overrides) -> scope (cli/scope.h)
//   -> ScanOptions (excludes, waivers, baseline)
// then `scan` runs it, gates over active findings (not waived, not in the baseline) and writes
// the outputs (cli/outputs.h); `baseline write` records the findings that are not waived.
// Flags win over the config file. Return the process exit code (0, 1 or 2; see cli.h).
// Single-threaded entry; the scan itself runs on args.jobs threads.
#ifndef PACKAUDIT_CLI_SCAN_COMMAND_H_
#define PACKAUDIT_CLI_SCAN_COMMAND_H_

#include <ostream>
#include <string>
#include <vector>

#include "cli/scan_args.h"
#include "core/status.h"
#include "scan/scanner.h"

namespace packaudit {

struct PreparedScan {
  ScanOptions options;
  std::string fail_on = "error";   // error | warning | note | none
  std::vector<std::string> notes;  // for ScanResult::scope_notes
};

// Everything before RunScan. `use_baseline`: read the --baseline (or config `baseline`) file.
// A usage, config, rule or baseline problem is an error Status (exit 2).
StatusOr<PreparedScan> PrepareScan(const ScanArgs& args, bool use_baseline);

int RunScanCommand(ScanArgs args, std::ostream& out, std::ostream& err);

// Scans like `scan` and writes the baseline of the findings that are not waived to `file`.
int RunBaselineWriteCommand(const ScanArgs& args, const std::string& file, std::ostream& out,
                            std::ostream& err);

}  // namespace packaudit

#endif  // PACKAUDIT_CLI_SCAN_COMMAND_H_
