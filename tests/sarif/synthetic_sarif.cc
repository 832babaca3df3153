// sarif_synthetic SRCROOT OUT.sarif OUT-GITHUB.sarif
//
// Writes a few small source files under SRCROOT (CRLF and lone-CR line breaks, a byte order mark,
// a non-BMP character before a match, a space and non-ASCII letters in folder names, a secret),
// builds findings on them through the scan pipeline's finalizing step (snippets, redaction,
// GitHub line hashes, fingerprints), marks two findings as waived (one in the source, one by the
// config file) and one as unchanged since a baseline, and renders the canonical and the
// GitHub-bound SARIF. The tests then validate both with ci/validate-sarif, including the
// line-hash oracle cross-check, and the GitHub one with check-github-sarif.py.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "core/source_file.h"
#include "reports/sarif_writer.h"
#include "scan/finalize.h"

namespace packaudit {
namespace {

namespace fs = std::filesystem;

struct SyntheticFile {
  std::string path;
  std::string bytes;
};

const std::vector<SyntheticFile>& Files() {
  static const std::vector<SyntheticFile> files = {
      {"Packs/Demo Pack/Integrations/DemoIntegration/DemoIntegration.py",
       "import demistomock as demisto\r\n\r\n\r\ndef main():\r\n"
       "    token = \"\xF0\x9F\x94\x91\" + \"AKIAIOSFODNN7EXAMPLE\"\r\n"
       "    print(token)\r\n    print(token)\r\n\r\n\r\nif __name__ in ('__main__', "
       "'builtins'):\r\n"
       "    main()\r\n"},
      {"Packs/Demo Pack/pack_metadata.json",
       "{\n  \"name\": \"Demo Pack\",\n  \"support\": \"community\",\n"
       "  \"currentVersion\": \"1.0.0\"\n}\n"},
      {"Packs/Demo Pack/README.md", "\xEF\xBB\xBF# Demo Pack\n\nTODO: describe the pack.\n"},
      {"Packs/Demo Pack/Playbooks/broken.yml", "name: broken\nbad: key: here\n"},
      {"Packs/\xC3\x9Cn\xC3\xAF"
       "code #1/Scripts/Old/Old.py",
       "x = 1\rprint('old mac')\r"},
      {".packaudit.toml",
       "[[waivers]]\nrules = [\"DOC005\"]\npaths = [\"Packs/Demo Pack/README.md\"]\n"},
  };
  return files;
}

RuleSpec Rule(std::string id, std::string name, std::string summary, Severity severity) {
  RuleSpec rule;
  rule.id = std::move(id);
  rule.name = std::move(name);
  rule.summary = std::move(summary);
  rule.severity = severity;
  rule.rationale = "Synthetic rule used to validate the SARIF writer.";
  rule.remediation = "Nothing to do: this is test data.";
  return rule;
}

std::vector<RuleSpec> Rules() {
  RuleSpec secret = Rule("SEC003", "provider-secret-pattern",
                         "A cloud provider access key is hard-coded.", Severity::kError);
  secret.security_severity = 8.5;
  secret.references = {"CWE-798"};
  secret.tags = {"secrets"};
  secret.redact = true;
  secret.example_bad = "token = \"AKIA...\"";
  secret.example_good = "token = demisto.params()[\"credentials\"][\"password\"]";
  secret.file_kinds = {FileKind::kPython};
  RuleSpec print = Rule("CODE002", "print-statement", "print() is used instead of demisto.debug().",
                        Severity::kNote);
  print.precision = "very-high";
  RuleSpec todo = Rule("DOC005", "readme-todo", "The README still has a TODO.", Severity::kWarning);
  RuleSpec support = Rule("META005", "community-support-level", "The pack is community supported.",
                          Severity::kNote);
  RuleSpec parse = Rule("ENG001", "parse-failure", "A file could not be parsed.", Severity::kError);
  return {secret, print, todo, support, parse};
}

// A finding on the first `occurrence` of `needle` in the file (1-based occurrence).
Finding At(const SourceFile& file, const std::string& rule_id, Severity severity,
           const std::string& needle, int occurrence, std::string message) {
  size_t offset = std::string::npos;
  for (int i = 0; i < occurrence; ++i) {
    offset = file.text().find(needle, offset == std::string::npos ? 0 : offset + 1);
  }
  if (offset == std::string::npos) {
    std::fprintf(stderr, "sarif_synthetic: '%s' not found in %s\n", needle.c_str(),
                 file.path().c_str());
    std::exit(2);
  }
  const Position start = file.PositionOf(offset);
  const Position end = file.PositionOf(offset + needle.size());
  Finding f;
  f.rule_id = rule_id;
  f.severity = severity;
  f.path = file.path();
  f.region = {start.line, start.column, end.line, end.column};
  f.message = std::move(message);
  f.match_text = needle;
  const size_t slash = file.path().find('/', 6);
  f.pack = file.path().substr(6, slash - 6);  // "Packs/<name>/..."
  return f;
}

bool WriteFile(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  return static_cast<bool>(out);
}

int Main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: sarif_synthetic SRCROOT OUT.sarif OUT-GITHUB.sarif\n");
    return 2;
  }
  const fs::path root = argv[1];
  std::map<std::string, SourceFile> sources;
  for (const SyntheticFile& f : Files()) {
    if (!WriteFile(root / f.path, f.bytes)) {
      std::fprintf(stderr, "sarif_synthetic: cannot write %s\n", f.path.c_str());
      return 2;
    }
    sources.emplace(f.path, SourceFile(f.path, f.bytes));
  }
  const SourceFile& py = sources.at(Files()[0].path);
  const SourceFile& meta = sources.at(Files()[1].path);
  const SourceFile& readme = sources.at(Files()[2].path);
  const SourceFile& yml = sources.at(Files()[3].path);
  const SourceFile& old = sources.at(Files()[4].path);

  std::vector<Finding> findings;
  Finding secret = At(py, "SEC003", Severity::kError, "AKIAIOSFODNN7EXAMPLE", 1,
                      "AWS access key in a string literal.");
  secret.redact = true;
  findings.push_back(secret);
  findings.push_back(At(py, "CODE002", Severity::kNote, "print", 1, "print() call."));
  findings.push_back(At(py, "CODE002", Severity::kNote, "print", 2, "print() call."));
  findings.push_back(At(old, "CODE002", Severity::kNote, "print", 1, "print() call."));
  findings.push_back(At(readme, "DOC005", Severity::kWarning, "# Demo Pack", 1,
                        "README starts without a description."));
  findings.push_back(At(readme, "DOC005", Severity::kWarning, "TODO", 1, "README has a TODO."));
  findings.push_back(At(meta, "META005", Severity::kNote, "\"support\": \"community\"", 1,
                        "Pack 'Demo Pack' is community supported."));
  findings.push_back(At(yml, "ENG001", Severity::kError, "bad: key: here", 1,
                        "YAML parse error: mapping values are not allowed here."));

  // The pipeline's finalizing step, per file.
  std::map<std::string, std::vector<Finding*>> by_file;
  for (Finding& f : findings) by_file[f.path].push_back(&f);
  for (auto& [path, list] : by_file) AddSourceDetails(&sources.at(path), list);
  SortAndFingerprint(findings);

  // Waivers and a baseline, as the suppression and baseline passes mark them.
  for (Finding& f : findings) {
    f.baseline_state = BaselineState::kNew;
    if (f.rule_id == "CODE002" && f.region.start_line == 7) {
      f.suppressions = {{"inSource", "the second print is wanted in the demo",
                         "Packs/Demo Pack/Integrations/DemoIntegration/DemoIntegration.py:7"}};
    } else if (f.rule_id == "DOC005" && f.region.start_line == 3) {
      f.suppressions = {{"external", "", ".packaudit.toml:1"}};
    } else if (f.rule_id == "META005") {
      f.baseline_state = BaselineState::kUnchanged;
    }
  }

  ScanResult result;
  result.baseline_path = ".packaudit-baseline.json";
  result.baseline_absent = 1;
  result.tool_version = "0.1.0";
  result.ruleset_hash = "0000000000000000";
  result.scope = {"Packs"};
  result.rules = Rules();
  result.findings = std::move(findings);
  result.files_scanned = static_cast<int>(Files().size());
  result.execution_successful = false;
  const auto groups = GroupsOfRules(result.rules);
  std::vector<const Finding*> demo;
  for (const Finding& f : result.findings) {
    if (f.pack == "Demo Pack") demo.push_back(&f);
  }
  result.packs = {
      {"Demo Pack", "Packs/Demo Pack", "community", "1.0.0", ComputeVerdict(demo, groups)},
      {"\xC3\x9Cn\xC3\xAF"
       "code #1",
       "Packs/\xC3\x9Cn\xC3\xAF"
       "code #1",
       "", "", ComputeVerdict({}, groups)}};

  SarifOptions options;
  options.automation_id = "packaudit/synthetic/";
  options.exit_code = 1;
  if (!WriteFile(argv[2], RenderSarif(result, options))) return 2;
  options.github = true;
  if (!WriteFile(argv[3], RenderSarif(result, options))) return 2;
  return 0;
}

}  // namespace
}  // namespace packaudit

int main(int argc, char** argv) { return packaudit::Main(argc, argv); }
