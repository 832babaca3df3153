// `packaudit init [DIR] [--force]`: writes a commented starter `.packaudit.toml` into DIR.
// Every key is present with its default value or commented out, with a one-line explanation, so
// the written file changes nothing until it is edited. An existing file is kept unless `force`
// (exit 2 otherwise). Single-threaded.
#ifndef PACKAUDIT_CLI_INIT_COMMAND_H_
#define PACKAUDIT_CLI_INIT_COMMAND_H_

#include <ostream>
#include <string>

namespace packaudit {

// The starter file's text.
const std::string& StarterConfigText();

// Returns the exit code (0 written, 2 refused or failed).
int RunInitCommand(const std::string& dir, bool force, std::ostream& out, std::ostream& err);

}  // namespace packaudit

#endif  // PACKAUDIT_CLI_INIT_COMMAND_H_
