#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/config.h"
#include "reports/json_writer.h"
#include "reports/rule_docs.h"
#include "reports/sarif_writer.h"
#include "reports/text_writer.h"
#include "rules/registry.h"
#include "scan/parallel.h"
#include "scan/scanner.h"

namespace packaudit {
namespace {

namespace fs = std::filesystem;

struct ScanArgs {
  std::vector<std::string> paths;
  std::string sarif;
  std::string format = "text";
  std::string fail_on;
  int jobs = 0;
  std::vector<std::string> rule_dirs;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string config;
  std::string root;
  uint64_t max_file_size = 0;
  std::string today;
};

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

// The SARIF category: stable for a given scope.
std::string AutomationId(const std::vector<std::string>& scope) {
  std::string category;
  for (const auto& s : scope) {
    if (!category.empty()) category += "+";
    for (char c : s) {
      const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ||
                      c == '.' || c == '/';
      category += ok ? c : '_';
    }
  }
  while (!category.empty() && category.back() == '/') category.pop_back();
  if (category.empty() || category == ".") category = "root";
  return "packaudit/" + category + "/";
}

Status WriteFile(const std::string& path, const std::string& content) {
  std::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::Error("cannot write " + path);
  out << content;
  out.close();
  if (!out) return Status::Error("cannot write " + path);
  return Status::Ok();
}

int RunScanCommand(ScanArgs args, std::ostream& out, std::ostream& err) {
  ConfigFile config;
  if (!args.config.empty()) {
    auto loaded = LoadConfigFile(args.config);
    if (!loaded.ok()) {
      err << "packaudit: error: " << loaded.status().message() << "\n";
      return kExitUsage;
    }
    config = std::move(loaded).value();
  }
  std::vector<std::string> select = SplitCommas(args.select);
  std::vector<std::string> ignore = SplitCommas(args.ignore);
  if (select.empty()) select = config.select;
  ignore.insert(ignore.end(), config.ignore.begin(), config.ignore.end());
  std::vector<std::string> rule_dirs = config.rule_dirs;
  rule_dirs.insert(rule_dirs.end(), args.rule_dirs.begin(), args.rule_dirs.end());
  const std::string fail_on = !args.fail_on.empty() ? args.fail_on : config.fail_on.value_or("error");

  auto ruleset = RuleSet::Load(rule_dirs);
  if (!ruleset.ok()) {
    err << "packaudit: error: " << ruleset.status().message() << "\n";
    return kExitUsage;
  }
  auto enabled = ruleset->Select(select, ignore);
  if (!enabled.ok()) {
    err << "packaudit: error: " << enabled.status().message() << "\n";
    return kExitUsage;
  }

  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  const fs::path root = fs::absolute(args.root.empty() ? cwd : fs::path(args.root), ec)
                            .lexically_normal();
  if (!fs::is_directory(root, ec)) {
    err << "packaudit: error: --root " << root.generic_string() << " is not a folder\n";
    return kExitUsage;
  }
  ScanOptions options;
  options.display_root = Lexical(root);
  if (options.display_root.size() > 1 && options.display_root.back() == '/') {
    options.display_root.pop_back();
  }
  if (args.paths.empty()) args.paths.push_back(".");
  for (const auto& p : args.paths) {
    const fs::path absolute = fs::absolute(p, ec).lexically_normal();
    const std::string display = DisplayInput(absolute, root);
    if (display.front() == '/' && !args.root.empty()) {
      // An explicit root promises relative paths; without one, an input outside the working
      // folder keeps its absolute path (and SARIF gets an absolute file URI).
      err << "packaudit: error: " << p << " is outside the root folder " << root.generic_string()
          << "; pass --root with a folder that contains every path\n";
      return kExitUsage;
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
    if (!today) {
      err << "packaudit: error: --today " << args.today << " is not a date like 2026-01-31\n";
      return kExitUsage;
    }
    options.today = *today;
  }

  const auto filesystem = MakeRealFileSystem();
  auto scanned = RunScan(*filesystem, options);
  if (!scanned.ok()) {
    err << "packaudit: error: " << scanned.status().message() << "\n";
    return kExitUsage;
  }
  const ScanResult& result = scanned.value();

  int gate_count = 0;
  if (fail_on != "none") {
    const Severity threshold = *ParseSeverity(fail_on);
    for (const Finding& f : result.findings) {
      if (f.severity >= threshold) ++gate_count;
    }
  }
  const int exit_code = gate_count > 0 ? kExitFindings : kExitOk;

  SarifOptions sarif_options;
  sarif_options.automation_id = AutomationId(result.scope);
  sarif_options.exit_code = exit_code;
  if (!args.sarif.empty()) {
    if (Status s = WriteFile(args.sarif, RenderSarif(result, sarif_options)); !s.ok()) {
      err << "packaudit: error: " << s.message() << "\n";
      return kExitUsage;
    }
  }
  if (args.format == "json") {
    out << RenderJson(result, exit_code);
  } else if (args.format == "sarif") {
    out << RenderSarif(result, sarif_options);
  } else {
    TextOptions text;
    text.fail_on = fail_on;
    text.gate_failed = exit_code == kExitFindings;
    text.gate_count = gate_count;
    out << RenderText(result, text);
  }
  out.flush();
  return exit_code;
}

void PrintRuleList(const RuleSet& rules, std::ostream& out) {
  for (const RuleSpec& r : rules.rules()) {
    std::string severity(SeverityName(r.severity));
    out << r.id << std::string(r.id.size() < 9 ? 9 - r.id.size() : 1, ' ') << severity
        << std::string(severity.size() < 9 ? 9 - severity.size() : 1, ' ') << r.area
        << std::string(r.area.size() < 10 ? 10 - r.area.size() : 1, ' ') << r.summary << "\n";
  }
}

void PrintRule(const RuleSpec& r, std::ostream& out) {
  out << r.id << " " << r.name << "\n";
  out << r.summary << "\n\n";
  out << "Severity:      " << SeverityName(r.severity);
  for (const auto& [level, severity] : r.severity_by_support) {
    out << " (" << level << ": " << SeverityName(severity) << ")";
  }
  out << "\nArea:          " << r.area << "\n";
  out << "Requirement:   " << r.certification << "\n";
  out << "Engine:        " << EngineName(r.engine) << "\n";
  out << "File kinds:    ";
  if (r.file_kinds.size() == static_cast<size_t>(kFileKindCount)) {
    out << "any";
  } else {
    for (size_t i = 0; i < r.file_kinds.size(); ++i) {
      out << (i ? ", " : "") << FileKindName(r.file_kinds[i]);
    }
  }
  out << "\nStatus:        " << r.status << ", precision " << r.precision << "\n";
  if (r.security_severity) {
    std::ostringstream s;
    s.precision(1);
    s << std::fixed << *r.security_severity;
    out << "Security severity: " << s.str() << "\n";
  }
  out << "\nRationale:\n" << r.rationale << "\n\nRemediation:\n" << r.remediation << "\n";
  if (!r.example_bad.empty()) out << "\nExample (flagged):\n" << r.example_bad << "\n";
  if (!r.example_good.empty()) out << "\nExample (fine):\n" << r.example_good << "\n";
  if (!r.references.empty()) {
    out << "\nReferences:\n";
    for (const auto& ref : r.references) out << "  " << ref << "\n";
  }
}

}  // namespace

int RunCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"packaudit: audits Cortex XSOAR content packs for certification, security, TLS and "
               "privacy requirements.",
               "packaudit"};
  app.require_subcommand(0, 1);
  bool version = false;
  app.add_flag("--version", version, "Print the version and exit");

  ScanArgs scan;
  CLI::App* scan_cmd = app.add_subcommand("scan", "Scan packs, a content repository or files");
  scan_cmd->add_option("paths", scan.paths, "Folders or files to scan (default: .)");
  scan_cmd->add_option("--sarif", scan.sarif, "Also write canonical SARIF 2.1.0 to FILE");
  scan_cmd->add_option("--format", scan.format, "Report on stdout: text, json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  scan_cmd->add_option("--fail-on", scan.fail_on,
                       "Lowest severity that fails the gate: error (default), warning, note, none")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}));
  scan_cmd->add_option("-j,--jobs", scan.jobs, "Parallel jobs (default: all cores)")
      ->check(CLI::Range(1, 1024));
  scan_cmd->add_option("--rules", scan.rule_dirs, "Extra folder of rule files (repeatable)");
  scan_cmd->add_option("--select", scan.select, "Only these rule ids or areas (comma-separated)");
  scan_cmd->add_option("--ignore", scan.ignore, "Skip these rule ids or areas (comma-separated)");
  scan_cmd->add_option("--config", scan.config, "Config file (TOML)");
  scan_cmd->add_option("--root", scan.root,
                       "Folder that printed paths and SARIF URIs are relative to (default: .)");
  scan_cmd->add_option("--max-file-size", scan.max_file_size,
                       "Skip files larger than this many bytes (default: 5242880)")
      ->check(CLI::PositiveNumber);
  scan_cmd->add_option("--today", scan.today,
                       "Scan date YYYY-MM-DD for date rules such as adoption windows "
                       "(default: today, UTC)");

  CLI::App* rules_cmd = app.add_subcommand("rules", "List or describe rules");
  rules_cmd->require_subcommand(1);
  std::vector<std::string> list_dirs;
  CLI::App* list_cmd = rules_cmd->add_subcommand("list", "List every rule");
  list_cmd->add_option("--rules", list_dirs, "Extra folder of rule files (repeatable)");
  std::string show_id;
  std::vector<std::string> show_dirs;
  CLI::App* show_cmd = rules_cmd->add_subcommand("show", "Describe one rule");
  show_cmd->add_option("id", show_id, "Rule id, e.g. SEC003")->required();
  show_cmd->add_option("--rules", show_dirs, "Extra folder of rule files (repeatable)");
  std::string docs_dir;
  CLI::App* docs_cmd =
      rules_cmd->add_subcommand("docs", "Write the rule reference (one Markdown page per rule)");
  docs_cmd->add_option("--out", docs_dir, "Output folder (e.g. docs/rules)")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    out << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    err << "packaudit: error: " << e.what() << "\nRun 'packaudit --help' for usage.\n";
    return kExitUsage;
  }

  if (version) {
    out << "packaudit " << PACKAUDIT_VERSION << "\n";
    return kExitOk;
  }
  if (*scan_cmd) return RunScanCommand(std::move(scan), out, err);
  if (*rules_cmd) {
    auto ruleset = RuleSet::Load(*list_cmd ? list_dirs : *show_cmd ? show_dirs : std::vector<std::string>{});
    if (!ruleset.ok()) {
      err << "packaudit: error: " << ruleset.status().message() << "\n";
      return kExitUsage;
    }
    if (*list_cmd) {
      PrintRuleList(ruleset.value(), out);
      return kExitOk;
    }
    if (*docs_cmd) {
      const auto& rules = ruleset->rules();
      Status status = WriteFile(docs_dir + "/README.md", RenderRuleIndex(rules));
      for (size_t i = 0; status.ok() && i < rules.size(); ++i) {
        status = WriteFile(docs_dir + "/" + rules[i].id + ".md", RenderRulePage(rules[i]));
      }
      if (!status.ok()) {
        err << "packaudit: error: " << status.message() << "\n";
        return kExitUsage;
      }
      return kExitOk;
    }
    const RuleSpec* rule = ruleset->Find(show_id);
    if (rule == nullptr) {
      err << "packaudit: error: unknown rule '" << show_id << "' (see 'packaudit rules list')\n";
      return kExitUsage;
    }
    PrintRule(*rule, out);
    return kExitOk;
  }
  out << app.help();
  return kExitUsage;
}

}  // namespace packaudit
