// The packaudit command line: `scan`, `init`, `baseline write`, `rules list`, `rules show ID`,
// `rules docs`, `--version`.
// RunCli parses arguments, runs the command and returns the process exit code:
//   0 gate passed, 1 unsuppressed findings at or above --fail-on, 2 usage/config/rule/tool error.
// Output goes to `out` (reports) and `err` (errors, notices). Single-threaded entry point; the
// scan itself may use several threads.
#ifndef PACKAUDIT_CLI_CLI_H_
#define PACKAUDIT_CLI_CLI_H_

#include <ostream>

namespace packaudit {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;

int RunCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace packaudit

#endif  // PACKAUDIT_CLI_CLI_H_
