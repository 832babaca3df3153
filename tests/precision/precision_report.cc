// precision_report: measures how the rules do on an annotated evaluation corpus, separate from
// the rule fixtures, in the style of Semgrep's rule tests.
//
// The corpus has one folder per rule class (tests/precision/corpus/<class>/). Each folder is
// scanned on its own with every rule enabled; its files carry `ruleid: ID` / `ok: ID`
// annotations (see tests/rules/annotations.h). The rules measured in a class are the ids its
// annotations name. For those rules:
//   true positive   a finding on a line annotated `ruleid:` for its rule
//   false negative  a `ruleid:` line without that finding
//   false positive  a finding on any other line (an `ok:` near-miss or an unannotated line)
// Findings of other rules are ignored (they are measured in their own class).
//
// Prints a Markdown report (per class and per rule: cases, near-misses, TP, FP, FN, precision,
// recall) to stdout and, with --out, to a file. Exit status: 0 when every class (with --overall:
// the corpus as a whole) reaches the --min-precision and --min-recall floors, 1 when one does
// not, 2 on a usage or scan error.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "annotations.h"
#include "rules/registry.h"
#include "scan/scanner.h"

namespace packaudit {
namespace {

namespace fs = std::filesystem;

struct Counts {
  int cases = 0;          // ruleid: annotations
  int near_misses = 0;    // ok: annotations
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;

  void Add(const Counts& o) {
    cases += o.cases;
    near_misses += o.near_misses;
    true_positives += o.true_positives;
    false_positives += o.false_positives;
    false_negatives += o.false_negatives;
  }
  double Precision() const {
    const int found = true_positives + false_positives;
    return found == 0 ? 1.0 : static_cast<double>(true_positives) / found;
  }
  double Recall() const {
    const int wanted = true_positives + false_negatives;
    return wanted == 0 ? 1.0 : static_cast<double>(true_positives) / wanted;
  }
};

struct ClassResult {
  std::string name;
  Counts total;
  std::map<std::string, Counts> by_rule;
  std::vector<std::string> misses;  // "path:line: FP|FN RULE ..." for the report's detail list
};

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<Expectation> CollectExpectations(const fs::path& dir, std::vector<std::string>* errors) {
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
       ++it) {
    if (!it->is_symlink() && it->is_regular_file()) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Expectation> out;
  for (const fs::path& file : files) {
    const std::string rel = file.lexically_relative(dir).generic_string();
    const std::string text = ReadAll(file);
    if (file.extension() == ".expect") {
      for (auto& e : ParseSidecar(rel.substr(0, rel.size() - 7), text, errors)) out.push_back(e);
    } else if (text.find('\0') == std::string::npos) {
      for (auto& e : ParseInlineAnnotations(rel, text)) out.push_back(e);
    }
  }
  return out;
}

std::string Percent(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "%.1f%%", value * 100.0);
  return buffer;
}

std::string Row(const std::string& label, const Counts& c) {
  std::ostringstream row;
  row << "| " << label << " | " << c.cases << " | " << c.near_misses << " | " << c.true_positives
      << " | " << c.false_positives << " | " << c.false_negatives << " | " << Percent(c.Precision())
      << " | " << Percent(c.Recall()) << " |\n";
  return row.str();
}

constexpr const char* kHeader =
    "| %s | cases | near-misses | TP | FP | FN | precision | recall |\n"
    "|---|---:|---:|---:|---:|---:|---:|---:|\n";

std::string Header(const char* first) {
  char buffer[256];
  std::snprintf(buffer, sizeof(buffer), kHeader, first);
  return buffer;
}

StatusOr<ClassResult> MeasureClass(const fs::path& dir, const std::vector<RuleSpec>& rules) {
  ClassResult result;
  result.name = dir.filename().string();
  std::vector<std::string> errors;
  const std::vector<Expectation> expectations = CollectExpectations(dir, &errors);
  if (!errors.empty()) return Status::Error(result.name + ": " + errors.front());

  std::set<std::string> measured;
  std::set<std::tuple<std::string, int, std::string>> wanted;
  for (const Expectation& e : expectations) {
    measured.insert(e.rule_id);
    Counts& c = result.by_rule[e.rule_id];
    if (e.expect_finding) {
      ++c.cases;
      wanted.insert({e.path, e.line, e.rule_id});
    } else {
      ++c.near_misses;
    }
  }
  for (const std::string& id : measured) {
    const bool known = std::any_of(rules.begin(), rules.end(),
                                   [&](const RuleSpec& r) { return r.id == id; });
    if (!known) return Status::Error(result.name + ": annotation names unknown rule " + id);
  }

  ScanOptions options;
  options.inputs = {dir.string()};
  options.display_root = dir.string();
  options.jobs = 2;
  options.today = Date{2026, 1, 15};
  options.rules = rules;
  auto scan = RunScan(*MakeRealFileSystem(), options);
  if (!scan.ok()) return scan.status();

  std::set<std::tuple<std::string, int, std::string>> hit;
  for (const Finding& f : scan->findings) {
    if (!f.active() || measured.count(f.rule_id) == 0) continue;  // waived: not reported
    const auto key = std::make_tuple(f.path, f.region.start_line, f.rule_id);
    if (wanted.count(key) > 0) {
      if (hit.insert(key).second) ++result.by_rule[f.rule_id].true_positives;
    } else {
      ++result.by_rule[f.rule_id].false_positives;
      result.misses.push_back(f.path + ":" + std::to_string(f.region.start_line) + ": FP " +
                              f.rule_id + ": " + f.message);
    }
  }
  for (const auto& key : wanted) {
    if (hit.count(key) > 0) continue;
    const auto& [path, line, id] = key;
    ++result.by_rule[id].false_negatives;
    result.misses.push_back(path + ":" + std::to_string(line) + ": FN " + id);
  }
  for (const auto& [id, counts] : result.by_rule) result.total.Add(counts);
  return result;
}

int Main(int argc, char** argv) {
  fs::path corpus;
  std::string out_path;
  double min_precision = 0.0;
  double min_recall = 0.0;
  bool overall_floor = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (arg == "--corpus") {
      corpus = value();
    } else if (arg == "--out") {
      out_path = value();
    } else if (arg == "--min-precision") {
      min_precision = std::stod(value());
    } else if (arg == "--min-recall") {
      min_recall = std::stod(value());
    } else if (arg == "--overall") {
      overall_floor = true;
    } else {
      std::cerr << "usage: precision_report --corpus DIR [--out FILE] [--min-precision P] "
                   "[--min-recall R] [--overall]\n";
      return 2;
    }
  }
  if (corpus.empty() || !fs::is_directory(corpus)) {
    std::cerr << "precision_report: --corpus must name a folder\n";
    return 2;
  }
  auto ruleset = RuleSet::Load({});
  if (!ruleset.ok()) {
    std::cerr << "precision_report: " << ruleset.status().message() << "\n";
    return 2;
  }
  auto rules = ruleset->Select({}, {});
  if (!rules.ok()) {
    std::cerr << "precision_report: " << rules.status().message() << "\n";
    return 2;
  }
  std::vector<fs::path> classes;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.is_directory()) classes.push_back(entry.path());
  }
  std::sort(classes.begin(), classes.end());

  std::vector<ClassResult> results;
  for (const fs::path& dir : classes) {
    auto measured = MeasureClass(dir, *rules);
    if (!measured.ok()) {
      std::cerr << "precision_report: " << measured.status().message() << "\n";
      return 2;
    }
    results.push_back(std::move(measured).value());
  }

  std::ostringstream report;
  Counts overall;
  report << "# Rule precision and recall on the evaluation corpus\n\n"
         << Header("rule class");
  for (const ClassResult& r : results) {
    report << Row(r.name, r.total);
    overall.Add(r.total);
  }
  report << Row("**all**", overall) << "\n## Per rule\n\n" << Header("class / rule");
  for (const ClassResult& r : results) {
    for (const auto& [id, counts] : r.by_rule) report << Row(r.name + " / " + id, counts);
  }
  report << "\n## Misses\n\n";
  bool any_miss = false;
  for (const ClassResult& r : results) {
    for (const std::string& miss : r.misses) {
      report << "- " << r.name << "/" << miss << "\n";
      any_miss = true;
    }
  }
  if (!any_miss) report << "None.\n";

  std::cout << report.str();
  if (!out_path.empty()) {
    std::ofstream out(out_path, std::ios::binary);
    out << report.str();
  }
  int status = 0;
  std::vector<ClassResult> gated;
  if (overall_floor) {
    gated.push_back(ClassResult{"(all classes)", overall, {}, {}});
  } else {
    gated = results;
  }
  for (const ClassResult& r : gated) {
    if (r.total.Precision() < min_precision || r.total.Recall() < min_recall) {
      std::cerr << "precision_report: class " << r.name << " is below the floor (precision "
                << Percent(r.total.Precision()) << ", recall " << Percent(r.total.Recall())
                << ")\n";
      status = 1;
    }
  }
  return status;
}

}  // namespace
}  // namespace packaudit

int main(int argc, char** argv) { return packaudit::Main(argc, argv); }
