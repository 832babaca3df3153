// The `scan` command, in order:
//   config (cli/config.h) -> rules (select/ignore) -> scope (cli/scope.h) -> RunScan
//   -> gate over active findings (not waived, not in the baseline) -> outputs (cli/outputs.h).
// Flags win over the config file. Returns the process exit code (0, 1 or 2; see cli.h).
// Single-threaded entry; the scan itself runs on args.jobs threads.
#ifndef PACKAUDIT_CLI_SCAN_COMMAND_H_
#define PACKAUDIT_CLI_SCAN_COMMAND_H_

#include <ostream>

#include "cli/scan_args.h"

namespace packaudit {

int RunScanCommand(ScanArgs args, std::ostream& out, std::ostream& err);

}  // namespace packaudit

#endif  // PACKAUDIT_CLI_SCAN_COMMAND_H_
