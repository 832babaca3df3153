// Every rule against its annotated fixtures in fixtures/rules/<ID>/ (see annotations.h).
//
// The scan runs with only the rule under test selected (engine diagnostics stay on), over the
// fixture folder as root. Strict: every finding must be announced by a `ruleid:` annotation on
// the line before it, every `ruleid:` must be met, and no finding may sit on an `ok:` line. Each
// fixture folder needs at least one `ruleid:` and one `ok:` for its rule. An optional
// `scan.toml` sets max_file_size, `today` (the scan date, YYYY-MM-DD; default 2026-01-15 so
// date rules are reproducible), `unreadable` (paths whose reads fail, to test ENG007) and `select`
// (other rules to enable too, e.g. the rule a waiver fixture waives). `[changed_since]` makes a
// diff-aware fixture: base/ and head/ trees in a temporary git repository, scanned as
// `--changed-since HEAD`, annotations in head/ (see changed_since_repo.h).
//
// Waived findings (suppressed or already in a baseline: not Finding::active()) are not reported,
// so a fixture can put `ok: SEC009` on a line a waiver covers, and `ruleid: ENG010` on the waiver.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <toml++/toml.h>

#include "annotations.h"
#include "changed_since_repo.h"
#include "cli/scope.h"
#include "rules/registry.h"
#include "scan/scanner.h"

namespace packaudit {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(PACKAUDIT_SOURCE_ROOT) / "fixtures" / "rules";

std::vector<std::string> AllRuleIds() {
  std::vector<std::string> ids;
  auto set = RuleSet::Load({});
  if (!set.ok()) return {"LOAD_ERROR"};
  for (const auto& rule : set->rules()) ids.push_back(rule.id);
  return ids;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The real filesystem, except that reading the listed paths fails.
class FaultyFileSystem : public FileSystem {
 public:
  FaultyFileSystem(std::unique_ptr<FileSystem> real, std::set<std::string> unreadable)
      : real_(std::move(real)), unreadable_(std::move(unreadable)) {}
  StatusOr<EntryInfo> Stat(const std::string& path) const override { return real_->Stat(path); }
  StatusOr<std::vector<std::string>> List(const std::string& dir) const override {
    return real_->List(dir);
  }
  StatusOr<std::string> Read(const std::string& path, uint64_t max_bytes) const override {
    if (unreadable_.count(path) > 0) return Status::Error(path + ": Permission denied");
    return real_->Read(path, max_bytes);
  }
  StatusOr<std::string> Canonical(const std::string& path) const override {
    return real_->Canonical(path);
  }

 private:
  std::unique_ptr<FileSystem> real_;
  std::set<std::string> unreadable_;
};

struct Collected {
  std::vector<Expectation> expectations;
  std::vector<std::string> errors;
};

Collected CollectExpectations(const fs::path& dir) {
  Collected c;
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
       ++it) {
    if (it->is_symlink()) continue;
    if (it->is_regular_file()) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    const std::string rel = file.lexically_relative(dir).generic_string();
    const std::string text = ReadAll(file);
    if (file.extension() == ".expect") {
      const std::string target = rel.substr(0, rel.size() - 7);
      for (auto& e : ParseSidecar(target, text, &c.errors)) c.expectations.push_back(e);
    } else if (text.find('\0') == std::string::npos && rel != "scan.toml") {
      for (auto& e : ParseInlineAnnotations(rel, text)) c.expectations.push_back(e);
    }
  }
  return c;
}

class RuleFixtureTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleFixtureTest, FindingsMatchAnnotations) {
  const std::string id = GetParam();
  auto ruleset = RuleSet::Load({});
  ASSERT_TRUE(ruleset.ok()) << ruleset.status().message();
  const fs::path dir = kFixtures / id;
  ASSERT_TRUE(fs::is_directory(dir)) << "rule " << id << " has no fixtures: add fixtures/rules/"
                                     << id << "/ with ruleid:/ok: annotations";

  ScanOptions options;
  options.inputs = {dir.string()};
  options.display_root = dir.string();
  options.jobs = 2;
  options.today = Date{2026, 1, 15};
  std::set<std::string> unreadable;
  fs::path annotated = dir;  // where the annotations are (head/ for diff-aware fixtures)
  std::unique_ptr<ChangedSinceRepo> repo;
  if (fs::exists(dir / "scan.toml")) {
    toml::table t = toml::parse_file((dir / "scan.toml").string());
    if (auto max = t["max_file_size"].value<int64_t>()) options.walk.max_file_size = *max;
    if (auto today = t["today"].value<std::string>()) {
      const auto date = Date::ParseIso(*today);
      ASSERT_TRUE(date.has_value()) << "scan.toml: today must be YYYY-MM-DD";
      options.today = *date;
    }
    if (auto* list = t["unreadable"].as_array()) {
      for (auto& item : *list) unreadable.insert((dir / item.value_or(std::string())).string());
    }
    if (auto* changed = t["changed_since"].as_table()) {  // see changed_since_repo.h
      annotated = dir / (*changed)["head"].value_or(std::string("head"));
      auto built = ChangedSinceRepo::Build(dir / (*changed)["base"].value_or(std::string("base")),
                                           annotated, id);
      ASSERT_TRUE(built.ok()) << built.status().message();
      repo = std::move(built).value();
      ScanArgs args;
      args.paths = {repo->dir().string()};
      args.changed_since = "HEAD";
      auto scope = ResolveScope(args, repo->dir());
      ASSERT_TRUE(scope.ok()) << scope.status().message();
      options.inputs.clear();
      for (const fs::path& input : scope->inputs) options.inputs.push_back(input.string());
      options.display_root = repo->dir().string();
      options.pack_bases = std::move(scope->pack_bases);
    }
  }
  std::vector<std::string> select = {id};
  if (fs::exists(dir / "scan.toml")) {
    toml::table t = toml::parse_file((dir / "scan.toml").string());
    if (auto* list = t["select"].as_array()) {
      for (auto& item : *list) select.push_back(item.value_or(std::string()));
    }
  }
  auto enabled = ruleset->Select(select, {});
  ASSERT_TRUE(enabled.ok()) << enabled.status().message();
  options.rules = std::move(enabled).value();
  FaultyFileSystem filesystem(MakeRealFileSystem(), unreadable);
  auto result = RunScan(filesystem, options);
  ASSERT_TRUE(result.ok()) << result.status().message();

  const Collected collected = CollectExpectations(annotated);
  for (const auto& error : collected.errors) ADD_FAILURE() << error;

  int positives = 0;
  int negatives = 0;
  std::map<std::tuple<std::string, int, std::string>, const Expectation*> wanted;
  std::set<std::tuple<std::string, int, std::string>> forbidden;
  for (const Expectation& e : collected.expectations) {
    if (e.rule_id == id) (e.expect_finding ? positives : negatives)++;
    if (e.expect_finding) {
      wanted[{e.path, e.line, e.rule_id}] = &e;
    } else {
      forbidden.insert({e.path, e.line, e.rule_id});
    }
  }
  EXPECT_GT(positives, 0) << "fixtures/rules/" << id << " has no `ruleid: " << id << "` annotation";
  EXPECT_GT(negatives, 0) << "fixtures/rules/" << id << " has no `ok: " << id << "` annotation";

  std::set<std::tuple<std::string, int, std::string>> seen;
  for (const Finding& f : result->findings) {
    if (!f.active()) continue;  // waived: not reported
    const auto key = std::make_tuple(f.path, f.region.start_line, f.rule_id);
    seen.insert(key);
    if (forbidden.count(key) > 0) {
      ADD_FAILURE() << f.path << ":" << f.region.start_line << ": " << f.rule_id
                    << " fired on an `ok:` line: " << f.message;
    } else if (wanted.count(key) == 0) {
      ADD_FAILURE() << f.path << ":" << f.region.start_line << ":" << f.region.start_column
                    << ": unexpected " << f.rule_id << ": " << f.message;
    }
  }
  for (const auto& [key, e] : wanted) {
    if (seen.count(key) == 0) {
      ADD_FAILURE() << std::get<0>(key) << ":" << std::get<1>(key) << ": expected "
                    << std::get<2>(key) << " (annotated at " << e->origin << "), got none";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(AllRules, RuleFixtureTest, ::testing::ValuesIn(AllRuleIds()),
                         [](const auto& info) { return info.param; });

TEST(RuleFixtures, EveryFixtureFolderBelongsToARule) {
  const auto ids = AllRuleIds();
  for (const auto& entry : fs::directory_iterator(kFixtures)) {
    const std::string name = entry.path().filename().string();
    EXPECT_NE(std::find(ids.begin(), ids.end(), name), ids.end())
        << "fixtures/rules/" << name << " names no rule";
  }
}

TEST(RuleFixtures, EmbeddedRulesLoad) {
  auto set = RuleSet::Load({});
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_FALSE(set->rules().empty());
}

}  // namespace
}  // namespace packaudit
