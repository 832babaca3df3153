#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <sstream>

#include "cli/init_command.h"
#include "cli/outputs.h"
#include "cli/scan_args.h"
#include "cli/scan_command.h"
#include "reports/rule_docs.h"
#include "rules/registry.h"

namespace packaudit {
namespace {

// The options shared by every command that runs a scan.
void AddScanOptions(CLI::App& cmd, ScanArgs& scan) {
  cmd.add_option("paths", scan.paths, "Folders or files to scan (default: .)");
  cmd.add_option("--sarif", scan.sarif, "Also write canonical SARIF 2.1.0 to FILE");
  cmd.add_option("--github-sarif", scan.github_sarif,
                 "Also write SARIF for GitHub code scanning (no suppressed results) to FILE");
  cmd.add_option("--html", scan.html, "Also write the self-contained HTML report to FILE");
  cmd.add_option("--markdown", scan.markdown,
                 "Also write a Markdown summary (job summary, PR comment) to FILE");
  cmd.add_option("--markdown-link-base", scan.markdown_link_base,
                 "Base URL of the Markdown summary's links to files (default on GitHub Actions: "
                 "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA/)");
  cmd.add_option("--format", scan.format, "Report on stdout: text, json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  cmd.add_option("--fail-on", scan.fail_on,
                 "Lowest severity that fails the gate: error (default), warning, note, none")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}));
  cmd.add_option("-j,--jobs", scan.jobs, "Parallel jobs (default: all cores)")
      ->check(CLI::Range(1, 1024));
  // One value per use, so `--select SEC001 PATH` leaves PATH a path.
  cmd.add_option("--rules", scan.rule_dirs, "Extra folder of rule files (repeatable)")
      ->allow_extra_args(false);
  cmd.add_option("--select", scan.select,
                 "Only these rule ids, areas or id prefixes (comma-separated)")
      ->allow_extra_args(false);
  cmd.add_option("--ignore", scan.ignore,
                 "Skip these rule ids, areas or id prefixes (comma-separated)")
      ->allow_extra_args(false);
  cmd.add_option("--config", scan.config,
                 "Config file (default: the nearest .packaudit.toml above the first path)");
  cmd.add_flag("--no-config", scan.no_config, "Do not look for a .packaudit.toml");
  cmd.add_option("--baseline", scan.baseline,
                 "Report only findings that are not in this baseline file");
  cmd.add_option("--root", scan.root,
                 "Folder that printed paths and SARIF URIs are relative to (default: .)");
  cmd.add_option("--changed-since", scan.changed_since,
                 "Scan only the packs changed between this git revision and the working tree");
  cmd.add_flag("--whole-packs", scan.whole_packs,
               "Widen each path inside a pack to the whole pack (for file lists from hooks)");
  cmd.add_option("--max-file-size", scan.max_file_size,
                 "Skip files larger than this many bytes (default: 5242880)")
      ->check(CLI::PositiveNumber);
  cmd.add_option("--today", scan.today,
                 "Scan date YYYY-MM-DD for date rules such as adoption windows "
                 "(default: today, UTC)");
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
  if (!r.inline_waiver) {
    out << "Inline waiver: not accepted (only a config waiver or a baseline)\n";
  }
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
  AddScanOptions(*scan_cmd, scan);

  // `init [DIR] [--force]`: a commented starter .packaudit.toml.
  std::string init_dir = ".";
  bool init_force = false;
  CLI::App* init_cmd =
      app.add_subcommand("init", "Write a commented starter .packaudit.toml (default: here)");
  init_cmd->add_option("dir", init_dir, "Folder to write .packaudit.toml into (default: .)");
  init_cmd->add_flag("--force", init_force, "Overwrite an existing .packaudit.toml");

  // `baseline write FILE [scan options] [paths]`: the same scan as `scan`, recorded.
  CLI::App* baseline_cmd = app.add_subcommand("baseline", "Record findings to accept for now");
  baseline_cmd->require_subcommand(1);
  ScanArgs baseline_scan;
  std::string baseline_file;
  CLI::App* baseline_write_cmd = baseline_cmd->add_subcommand(
      "write", "Scan like `scan` and write every finding that is not waived to FILE");
  baseline_write_cmd->add_option("file", baseline_file, "Baseline file to write (JSON)")
      ->required();
  AddScanOptions(*baseline_write_cmd, baseline_scan);
  for (const char* report_only : {"--sarif", "--github-sarif", "--html", "--markdown",
                                  "--markdown-link-base", "--format", "--fail-on", "--baseline"}) {
    if (CLI::Option* option = baseline_write_cmd->get_option_no_throw(report_only)) {
      baseline_write_cmd->remove_option(option);
    }
  }

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
  if (*init_cmd) return RunInitCommand(init_dir, init_force, out, err);
  if (*baseline_write_cmd) {
    return RunBaselineWriteCommand(baseline_scan, baseline_file, out, err);
  }
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
