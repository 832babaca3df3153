// The project config file `.packaudit.toml`: the scan options a project keeps in its repository.
//
//   select = ["security", "DOC001"]   # rule ids, areas or id prefixes (default: all)
//   ignore = ["REL002"]
//   fail_on = "error"                 # error | warning | note | none
//   rules = ["custom-rules"]          # extra rule folders, relative to the config file
//   max_file_size = 5242880           # bytes
//   exclude = ["Packs/Old", "**/test_data/**"]  # globs over display paths (core/glob.h)
//   baseline = "packaudit-baseline.json"        # relative to the config file
//   [severity]                        # rule id, area or prefix -> error | warning | note
//   SEC010 = "warning"
//   [[waiver]]                        # findings waived from here (kind "external")
//   rules = ["DOC001"]
//   paths = ["Packs/Legacy/**"]       # optional: everywhere when absent
//   reason = "Legacy pack, documented elsewhere."
//
// Found by FindConfigFile (the nearest `.packaudit.toml` at or above a folder) or named with
// --config. Syntax and values are checked by ParseConfig; rule ids, areas and prefixes need the
// loaded rules (the file may add rule folders), so CheckConfigRules checks them afterwards.
// Every problem is "<file>:<line>: <key>: <problem> (allowed: ...)" (exit 2 in the CLI).
// Pure values and functions; the loader reads only the named file. Thread-compatible.
#ifndef PACKAUDIT_CLI_CONFIG_H_
#define PACKAUDIT_CLI_CONFIG_H_

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/severity.h"
#include "core/status.h"
#include "rules/registry.h"
#include "scan/scanner.h"

namespace packaudit {

inline constexpr char kConfigFileName[] = ".packaudit.toml";

// A value written in the file with the line it is on.
struct ConfigToken {
  std::string value;
  int line = 0;
};

struct ConfigWaiverEntry {
  std::vector<ConfigToken> rules;
  std::vector<std::string> paths;
  std::string reason;
  int line = 0;  // the [[waiver]] header
};

struct ConfigFile {
  std::string name;  // the file as shown in messages and waiver sources
  std::vector<ConfigToken> select;
  std::vector<ConfigToken> ignore;
  std::optional<std::string> fail_on;
  std::vector<std::string> rule_dirs;  // resolved against the config file's folder
  std::optional<uint64_t> max_file_size;
  std::vector<std::string> exclude;
  std::optional<std::string> baseline;          // resolved against the config file's folder
  std::map<std::string, ConfigToken> severity;  // target -> level ("error", ...) on its line
  std::vector<ConfigWaiverEntry> waivers;
};

// Parses config text. `name` names the file in messages; `base_dir` is the folder relative paths
// (rules, baseline) are resolved against.
StatusOr<ConfigFile> ParseConfig(std::string_view text, const std::string& name,
                                 const std::filesystem::path& base_dir);

// Reads and parses the file at `path`; `name` as in ParseConfig.
StatusOr<ConfigFile> LoadConfigFile(const std::string& path, const std::string& name);

// The nearest `.packaudit.toml` in `start_dir` or a folder above it (up to the filesystem root),
// or nullopt.
std::optional<std::filesystem::path> FindConfigFile(const std::filesystem::path& start_dir);

// Checks every rule id, area and prefix the file names (select, ignore, severity, waiver rules)
// against the loaded rules.
Status CheckConfigRules(const ConfigFile& config, const RuleSet& rules);

// The severity table as levels (valid after ParseConfig).
std::map<std::string, Severity> SeverityOverrides(const ConfigFile& config);

// The [[waiver]] tables for ScanOptions::waivers: id prefixes expanded to ids, source
// "<name>:<line>".
std::vector<ConfigWaiver> ScanWaivers(const ConfigFile& config, const RuleSet& rules);

}  // namespace packaudit

#endif  // PACKAUDIT_CLI_CONFIG_H_
