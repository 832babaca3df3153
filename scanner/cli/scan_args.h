// ScanArgs: the `scan` command's options exactly as given on the command line (flags win over
// the config file; see scan_command.h for the order). A plain value, filled by CLI11.
#ifndef PACKAUDIT_CLI_SCAN_ARGS_H_
#define PACKAUDIT_CLI_SCAN_ARGS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace packaudit {

struct ScanArgs {
  std::vector<std::string> paths;  // folders or files (default: .)
  // Outputs (any combination):
  std::string sarif;         // canonical SARIF 2.1.0
  std::string github_sarif;  // SARIF for GitHub code scanning (no suppressed results)
  std::string html;          // self-contained HTML report
  std::string markdown;      // Markdown summary (job summary, PR comment)
  // Base URL of the Markdown summary's links to findings ("" = from GITHUB_SERVER_URL,
  // GITHUB_REPOSITORY and GITHUB_SHA when all are set, else no links).
  std::string markdown_link_base;
  std::string format = "text";  // stdout: text | json | sarif
  // Gate and selection:
  std::string fail_on;  // error | warning | note | none ("" = config, else error)
  std::vector<std::string> rule_dirs;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string config;      // explicit config file ("" = search upward for .packaudit.toml)
  bool no_config = false;  // do not search for a config file
  std::string baseline;    // report only findings not in this baseline file
  // Scope:
  std::string root;
  std::string changed_since;  // git revision: scan only the packs changed since it
  bool whole_packs = false;   // widen each input inside a pack to the whole pack
  // Limits and reproducibility:
  int jobs = 0;
  uint64_t max_file_size = 0;
  std::string today;
};

}  // namespace packaudit

#endif  // PACKAUDIT_CLI_SCAN_ARGS_H_
