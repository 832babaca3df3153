#include "cli/init_command.h"

#include <filesystem>

#include "cli/cli.h"
#include "cli/config.h"
#include "cli/outputs.h"

namespace packaudit {
namespace {

namespace fs = std::filesystem;

constexpr char kStarter[] =
    R"(# packaudit configuration. packaudit uses the nearest .packaudit.toml at or above the first
# path it scans (or the file named with --config; --no-config ignores it). Command-line flags win
# over this file. Every value below is the default: edit what you need.

# Rules to run: rule ids (SEC003), areas (security) or id prefixes (SEC). Empty: every rule.
select = []

# Rules to skip, same forms as select. Engine diagnostics (ENG) are skipped only by id.
ignore = []

# Lowest severity that fails the scan (exit 1): error, warning, note or none.
fail_on = "error"

# Extra folders of rule files (TOML), relative to this file.
rules = []

# Files larger than this many bytes are skipped (and reported as ENG003).
max_file_size = 5242880

# Paths not to scan: globs relative to the scan root (* ? **; a folder covers everything in it).
# Example: exclude = ["Packs/Deprecated*", "**/test_data/**"]
exclude = []

# Findings recorded in this file (see `packaudit baseline write`) are not reported again; only
# new findings count. Relative to this file.
# baseline = "packaudit-baseline.json"

# Severity overrides: rule id, area or id prefix -> "error", "warning" or "note". An override
# replaces the rule's support-level severities too. The most specific entry wins.
[severity]
# SEC010 = "warning"
# docs = "note"

# Waivers: findings of these rules (ids, areas or prefixes) in these paths (globs; omit for
# everywhere) are accepted, with a reason that reports show. One [[waiver]] table each.
# [[waiver]]
# rules = ["DOC001"]
# paths = ["Packs/LegacyPack/**"]
# reason = "Legacy pack: its documentation lives in the vendor portal."
)";

}  // namespace

const std::string& StarterConfigText() {
  static const std::string kText = kStarter;
  return kText;
}

int RunInitCommand(const std::string& dir, bool force, std::ostream& out, std::ostream& err) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    err << "packaudit: error: " << dir << " is not a folder\n";
    return kExitUsage;
  }
  const std::string path = (fs::path(dir) / kConfigFileName).lexically_normal().generic_string();
  if (fs::exists(path, ec) && !force) {
    err << "packaudit: error: " << path << " already exists (use --force to overwrite it)\n";
    return kExitUsage;
  }
  if (Status s = WriteFile(path, StarterConfigText()); !s.ok()) {
    err << "packaudit: error: " << s.message() << "\n";
    return kExitUsage;
  }
  out << "Wrote " << path << ": every setting at its default; edit it to configure packaudit.\n";
  return kExitOk;
}

}  // namespace packaudit
