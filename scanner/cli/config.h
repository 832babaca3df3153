// ScanConfig file (`--config FILE`): TOML with the scan options a project keeps in its repository.
//
//   select = ["SEC", "DOC001"]     # rule ids or areas (default: all)
//   ignore = ["REL002"]
//   fail_on = "error"              # error | warning | note | none
//   rules = ["custom-rules"]       # extra rule folders, relative to the config file
//   max_file_size = 5242880        # bytes
//
// Unknown keys and bad values are errors "<file>:<line>: <key>: <problem>" (exit 2).
#ifndef PACKAUDIT_CLI_CONFIG_H_
#define PACKAUDIT_CLI_CONFIG_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"

namespace packaudit {

struct ConfigFile {
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::optional<std::string> fail_on;
  std::vector<std::string> rule_dirs;  // resolved against the config file's folder
  std::optional<uint64_t> max_file_size;
};

StatusOr<ConfigFile> LoadConfigFile(const std::string& path);

}  // namespace packaudit

#endif  // PACKAUDIT_CLI_CONFIG_H_
