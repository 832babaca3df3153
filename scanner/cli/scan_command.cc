#include "cli/scan_command.h"

#include <chrono>
#include <filesystem>
#include <sstream>

#include "cli/cli.h"
#include "cli/config.h"
#include "cli/outputs.h"
#include "cli/scope.h"
#include "rules/registry.h"
#include "scan/parallel.h"
#include "scan/scanner.h"

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

int Fail(std::ostream& err, const std::string& message) {
  err << "packaudit: error: " << message << "\n";
  return kExitUsage;
}

}  // namespace

int RunScanCommand(ScanArgs args, std::ostream& out, std::ostream& err) {
  const auto started = std::chrono::steady_clock::now();
  ConfigFile config;
  if (!args.config.empty()) {
    auto loaded = LoadConfigFile(args.config);
    if (!loaded.ok()) return Fail(err, loaded.status().message());
    config = std::move(loaded).value();
  }
  std::vector<std::string> select = SplitCommas(args.select);
  std::vector<std::string> ignore = SplitCommas(args.ignore);
  if (select.empty()) select = config.select;
  ignore.insert(ignore.end(), config.ignore.begin(), config.ignore.end());
  std::vector<std::string> rule_dirs = config.rule_dirs;
  rule_dirs.insert(rule_dirs.end(), args.rule_dirs.begin(), args.rule_dirs.end());
  const std::string fail_on =
      !args.fail_on.empty() ? args.fail_on : config.fail_on.value_or("error");

  auto ruleset = RuleSet::Load(rule_dirs);
  if (!ruleset.ok()) return Fail(err, ruleset.status().message());
  auto enabled = ruleset->Select(select, ignore);
  if (!enabled.ok()) return Fail(err, enabled.status().message());

  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  const fs::path root =
      fs::absolute(args.root.empty() ? cwd : fs::path(args.root), ec).lexically_normal();
  if (!fs::is_directory(root, ec)) {
    return Fail(err, "--root " + root.generic_string() + " is not a folder");
  }
  ScanOptions options;
  options.display_root = Lexical(root);
  if (options.display_root.size() > 1 && options.display_root.back() == '/') {
    options.display_root.pop_back();
  }
  auto scope = ResolveScope(args, root);
  if (!scope.ok()) return Fail(err, scope.status().message());
  for (const fs::path& absolute : scope->inputs) {
    const std::string display = DisplayInput(absolute, root);
    if (display.front() == '/' && !args.root.empty()) {
      // An explicit root promises relative paths; without one, an input outside the working
      // folder keeps its absolute path (and SARIF gets an absolute file URI).
      return Fail(err, absolute.generic_string() + " is outside the root folder " +
                           root.generic_string() +
                           "; pass --root with a folder that contains every path");
    }
    options.inputs.push_back(Lexical(absolute));
    options.scope.push_back(display);
  }
  options.jobs = args.jobs > 0 ? args.jobs : DefaultJobs();
  options.rules = std::move(enabled).value();
  if (args.max_file_size > 0) {
    options.walk.max_file_size = args.max_file_size;
  } else if (config.max_file_size) {
    options.walk.max_file_size = *config.max_file_size;
  }
  if (!args.today.empty()) {
    const auto today = Date::ParseIso(args.today);
    if (!today) return Fail(err, "--today " + args.today + " is not a date like 2026-01-31");
    options.today = *today;
  }
  if (!args.baseline.empty()) return Fail(err, "--baseline is not available yet");
  if (!args.changed_since.empty()) return Fail(err, "--changed-since is not available yet");

  const auto filesystem = MakeRealFileSystem();
  auto scanned = RunScan(*filesystem, options);
  if (!scanned.ok()) return Fail(err, scanned.status().message());
  ScanResult& result = scanned.value();
  result.scope_notes = scope->notes;
  result.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - started)
                           .count();

  GateSummary gate;
  gate.fail_on = fail_on;
  if (fail_on != "none") {
    const Severity threshold = *ParseSeverity(fail_on);
    for (const Finding& f : result.findings) {
      if (f.active() && f.severity >= threshold) ++gate.count;
    }
  }
  gate.exit_code = gate.count > 0 ? kExitFindings : kExitOk;
  if (Status s = WriteOutputs(args, result, gate, out); !s.ok()) return Fail(err, s.message());
  return gate.exit_code;
}

}  // namespace packaudit
