// Report outputs of one scan: every file named by --sarif, --github-sarif, --html and --markdown,
// and the --format report on `out`. Each writer works only from the finished ScanResult.
// Single-threaded.
#ifndef PACKAUDIT_CLI_OUTPUTS_H_
#define PACKAUDIT_CLI_OUTPUTS_H_

#include <ostream>
#include <string>

#include "cli/scan_args.h"
#include "core/status.h"
#include "scan/scan_result.h"

namespace packaudit {

struct GateSummary {
  std::string fail_on;  // error | warning | note | none
  int count = 0;        // active findings at or above fail_on
  int exit_code = 0;    // 0 passed, 1 failed
};

// Writes the requested files and the stdout report. An error names the file that could not be
// written.
Status WriteOutputs(const ScanArgs& args, const ScanResult& result, const GateSummary& gate,
                    std::ostream& out);

// The SARIF category for a scope: stable for a given set of inputs ("packaudit/Packs/Foo/").
std::string AutomationId(const std::vector<std::string>& scope);

// Writes `content` to `path`, creating parent folders.
Status WriteFile(const std::string& path, const std::string& content);

}  // namespace packaudit

#endif  // PACKAUDIT_CLI_OUTPUTS_H_
