#include "cli/scan_command.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "cli/config.h"
#include "cli/outputs.h"
#include "cli/rule_tokens.h"
#include "cli/scope.h"
#include "rules/registry.h"
#include "scan/baseline.h"
#include "scan/parallel.h"

namespace packaudit {
namespace {

namespace fs = std::filesystem;

// Splits "a,b" items so --select A,B and --select A --select B both work.
std::vector<std::string> SplitCommas(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) {
    std::stringstream ss(item);
    std::string token;
    while (std::getline(ss, token, ',')) {
      const auto b = token.find_first_not_of(" \t");
      const auto e = token.find_last_not_of(" \t");
      if (b != std::string::npos) out.push_back(token.substr(b, e - b + 1));
    }
  }
  return out;
}

std::string Lexical(const fs::path& p) { return p.lexically_normal().generic_string(); }

// Display form of an input: relative to the root when inside it.
std::string DisplayInput(const fs::path& absolute, const fs::path& root) {
  const fs::path rel = absolute.lexically_relative(root);
  const std::string s = rel.generic_string();
  if (rel.empty() || s.rfind("..", 0) == 0) return Lexical(absolute);
  return s == "." ? "." : s;
}

// Display form of a file the scan reads (config, baseline): relative to the root, "../" allowed,
// so no machine path is printed for a file in the same tree.
std::string DisplayFile(const fs::path& absolute, const fs::path& root) {
  const fs::path rel = absolute.lexically_relative(root);
  return rel.empty() ? Lexical(absolute) : rel.generic_string();
}

int Fail(std::ostream& err, const std::string& message) {
  err << "packaudit: error: " << message << "\n";
  return kExitUsage;
}

// The config file to use: --config, else the nearest .packaudit.toml above the first path.
StatusOr<std::optional<ConfigFile>> FindAndLoadConfig(const ScanArgs& args, const fs::path& root) {
  if (!args.config.empty() && args.no_config) {
    return Status::Error("--config and --no-config cannot be used together");
  }
  if (!args.config.empty()) {
    auto loaded = LoadConfigFile(args.config, args.config);
    if (!loaded.ok()) return loaded.status();
    return std::optional<ConfigFile>(std::move(loaded).value());
  }
  if (args.no_config) return std::optional<ConfigFile>();
  std::error_code ec;
  fs::path start =
      fs::absolute(args.paths.empty() ? fs::path(".") : fs::path(args.paths.front()), ec)
          .lexically_normal();
  if (start.filename().empty()) start = start.parent_path();
  if (!fs::is_directory(start, ec)) start = start.parent_path();
  const auto found = FindConfigFile(start);
  if (!found) return std::optional<ConfigFile>();
  auto loaded = LoadConfigFile(found->string(), DisplayFile(*found, root));
  if (!loaded.ok()) return loaded.status();
  return std::optional<ConfigFile>(std::move(loaded).value());
}

Status CheckFlagTokens(const std::string& flag, const std::vector<std::string>& tokens,
                       const RuleSet& rules) {
  for (const std::string& token : tokens) {
    if (ClassifyRuleToken(token, rules) == RuleTokenKind::kUnknown) {
      return Status::Error(flag + ": " + UnknownRuleTokenProblem(token, rules) +
                           " (see `packaudit rules list`)");
    }
  }
  return Status::Ok();
}

// The enabled rules. --select replaces the file's select; --ignore adds to the file's ignore;
// a rule that --select names by id is not dropped by the file's ignore.
StatusOr<std::vector<RuleSpec>> EnabledRules(const ScanArgs& args, const ConfigFile& config,
                                             const RuleSet& rules) {
  const std::vector<std::string> flag_select = SplitCommas(args.select);
  const std::vector<std::string> flag_ignore = SplitCommas(args.ignore);
  if (Status s = CheckFlagTokens("--select", flag_select, rules); !s.ok()) return s;
  if (Status s = CheckFlagTokens("--ignore", flag_ignore, rules); !s.ok()) return s;
  std::vector<std::string> select = flag_select;
  if (select.empty()) {
    for (const auto& t : config.select) select.push_back(t.value);
  }
  auto enabled =
      rules.Select(ExpandRuleTokens(select, rules), ExpandRuleTokens(flag_ignore, rules));
  if (!enabled.ok()) return enabled.status();
  std::erase_if(*enabled, [&](const RuleSpec& rule) {
    if (std::find(flag_select.begin(), flag_select.end(), rule.id) != flag_select.end()) {
      return false;
    }
    return std::any_of(config.ignore.begin(), config.ignore.end(), [&](const ConfigToken& t) {
      // Engine diagnostics stay on unless ignored by id (as with --ignore).
      return rule.area == "engine" ? t.value == rule.id : RuleTokenCovers(t.value, rule);
    });
  });
  ApplySeverityOverrides(SeverityOverrides(config), *enabled);
  return enabled;
}

StatusOr<Baseline> ReadBaselineFile(const std::string& path, const std::string& name) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(name + ": cannot read baseline file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseBaseline(buffer.str(), name);
}

}  // namespace

StatusOr<PreparedScan> PrepareScan(const ScanArgs& args, bool use_baseline) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  const fs::path root =
      fs::absolute(args.root.empty() ? cwd : fs::path(args.root), ec).lexically_normal();
  if (!fs::is_directory(root, ec)) {
    return Status::Error("--root " + root.generic_string() + " is not a folder");
  }

  auto found = FindAndLoadConfig(args, root);
  if (!found.ok()) return found.status();
  const ConfigFile config = found->value_or(ConfigFile{});

  std::vector<std::string> rule_dirs = config.rule_dirs;
  rule_dirs.insert(rule_dirs.end(), args.rule_dirs.begin(), args.rule_dirs.end());
  auto ruleset = RuleSet::Load(rule_dirs);
  if (!ruleset.ok()) return ruleset.status();
  if (Status s = CheckConfigRules(config, *ruleset); !s.ok()) return s;
  auto enabled = EnabledRules(args, config, *ruleset);
  if (!enabled.ok()) return enabled.status();

  PreparedScan prepared;
  prepared.fail_on = !args.fail_on.empty() ? args.fail_on : config.fail_on.value_or("error");
  ScanOptions& options = prepared.options;
  options.display_root = Lexical(root);
  if (options.display_root.size() > 1 && options.display_root.back() == '/') {
    options.display_root.pop_back();
  }
  auto scope = ResolveScope(args, root);
  if (!scope.ok()) return scope.status();
  for (const fs::path& absolute : scope->inputs) {
    const std::string display = DisplayInput(absolute, root);
    if (display.front() == '/' && !args.root.empty()) {
      // An explicit root promises relative paths; without one, an input outside the working
      // folder keeps its absolute path (and SARIF gets an absolute file URI).
      return Status::Error(absolute.generic_string() + " is outside the root folder " +
                           root.generic_string() +
                           "; pass --root with a folder that contains every path");
    }
    options.inputs.push_back(Lexical(absolute));
    options.scope.push_back(display);
  }
  options.jobs = args.jobs > 0 ? args.jobs : DefaultJobs();
  options.rules = std::move(enabled).value();
  for (const RuleSpec& r : ruleset->rules()) options.known_rule_ids.push_back(r.id);
  if (args.max_file_size > 0) {
    options.walk.max_file_size = args.max_file_size;
  } else if (config.max_file_size) {
    options.walk.max_file_size = *config.max_file_size;
  }
  options.walk.exclude = config.exclude;
  options.walk.exclude_source = config.name;
  options.waivers = ScanWaivers(config, *ruleset);
  if (!args.today.empty()) {
    const auto today = Date::ParseIso(args.today);
    if (!today) return Status::Error("--today " + args.today + " is not a date like 2026-01-31");
    options.today = *today;
  }
  if (use_baseline) {
    if (!args.baseline.empty()) {
      auto baseline = ReadBaselineFile(args.baseline, args.baseline);
      if (!baseline.ok()) return baseline.status();
      options.baseline = std::move(baseline).value();
    } else if (config.baseline) {
      auto baseline = ReadBaselineFile(
          *config.baseline,
          DisplayFile(fs::absolute(*config.baseline, ec).lexically_normal(), root));
      if (!baseline.ok()) return baseline.status();
      options.baseline = std::move(baseline).value();
    }
  }
  options.pack_bases = std::move(scope->pack_bases);  // --changed-since: base facts
  prepared.notes = scope->notes;
  if (!config.name.empty()) prepared.notes.push_back("Config: " + config.name);
  return prepared;
}

int RunScanCommand(ScanArgs args, std::ostream& out, std::ostream& err) {
  const auto started = std::chrono::steady_clock::now();
  auto prepared = PrepareScan(args, /*use_baseline=*/true);
  if (!prepared.ok()) return Fail(err, prepared.status().message());

  const auto filesystem = MakeRealFileSystem();
  auto scanned = RunScan(*filesystem, prepared->options);
  if (!scanned.ok()) return Fail(err, scanned.status().message());
  ScanResult& result = scanned.value();
  // Scope and config notes first, then what the scan itself noted (unused config waivers).
  result.scope_notes.insert(result.scope_notes.begin(), prepared->notes.begin(),
                            prepared->notes.end());
  result.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - started)
                           .count();

  GateSummary gate;
  gate.fail_on = prepared->fail_on;
  if (gate.fail_on != "none") {
    const Severity threshold = *ParseSeverity(gate.fail_on);
    for (const Finding& f : result.findings) {
      if (f.active() && f.severity >= threshold) ++gate.count;
    }
  }
  gate.exit_code = gate.count > 0 ? kExitFindings : kExitOk;
  if (Status s = WriteOutputs(args, result, gate, out); !s.ok()) return Fail(err, s.message());
  return gate.exit_code;
}

int RunBaselineWriteCommand(const ScanArgs& args, const std::string& file, std::ostream& out,
                            std::ostream& err) {
  auto prepared = PrepareScan(args, /*use_baseline=*/false);
  if (!prepared.ok()) return Fail(err, prepared.status().message());
  const auto filesystem = MakeRealFileSystem();
  auto scanned = RunScan(*filesystem, prepared->options);
  if (!scanned.ok()) return Fail(err, scanned.status().message());
  const Baseline baseline = MakeBaseline(scanned->findings);
  if (Status s = WriteFile(file, RenderBaseline(baseline)); !s.ok()) return Fail(err, s.message());
  int findings = 0;
  for (const BaselineEntry& e : baseline.entries) findings += e.count;
  out << "Wrote " << file << ": " << findings << " finding(s) in " << baseline.entries.size()
      << " entr" << (baseline.entries.size() == 1 ? "y" : "ies") << ".\n";
  return kExitOk;
}

}  // namespace packaudit
