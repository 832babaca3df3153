// RunScan over an in-memory filesystem: an unreadable file is reported once (ENG007, no machine
// path in the message) and the other files are still scanned; results do not depend on -j.
#include "scan/scanner.h"

#include <gtest/gtest.h>

#include "rules/registry.h"

namespace packaudit {
namespace {

ScanOptions Options(int jobs) {
  auto rules = RuleSet::Load({});
  EXPECT_TRUE(rules.ok());
  ScanOptions options;
  options.inputs = {"/repo"};
  options.scope = {"."};
  options.display_root = "/repo";
  options.jobs = jobs;
  options.rules = rules->Select({"SEC009"}, {}).value();
  return options;
}

TEST(ScannerTest, UnreadableFileIsReportedOnceAndTheScanGoesOn) {
  MemoryFileSystem fs;
  fs.AddFile("/repo/a.py", "x = eval(data)\n");
  fs.AddUnreadable("/repo/locked.py");
  auto result = RunScan(fs, Options(2));
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_EQ(result->findings.size(), 2u);
  EXPECT_EQ(result->findings[0].rule_id, "SEC009");
  EXPECT_EQ(result->findings[0].path, "a.py");
  const Finding& unreadable = result->findings[1];
  EXPECT_EQ(unreadable.rule_id, "ENG007");
  EXPECT_EQ(unreadable.path, "locked.py");
  EXPECT_EQ(unreadable.message, "Cannot read file: Permission denied.");
  EXPECT_FALSE(result->execution_successful);
  EXPECT_EQ(result->scope, std::vector<std::string>{"."});
}

TEST(ScannerTest, SameResultForAnyJobCount) {
  MemoryFileSystem fs;
  for (int i = 0; i < 20; ++i) {
    fs.AddFile("/repo/Packs/P" + std::to_string(i) + "/s.py", "eval(x)\neval(y)\n");
  }
  auto one = RunScan(fs, Options(1));
  auto four = RunScan(fs, Options(4));
  ASSERT_TRUE(one.ok() && four.ok());
  ASSERT_EQ(one->findings.size(), 40u);
  ASSERT_EQ(four->findings.size(), 40u);
  for (size_t i = 0; i < one->findings.size(); ++i) {
    EXPECT_EQ(one->findings[i].path, four->findings[i].path);
    EXPECT_EQ(one->findings[i].region, four->findings[i].region);
    EXPECT_EQ(one->findings[i].fingerprint, four->findings[i].fingerprint);
    EXPECT_EQ(one->findings[i].pack, four->findings[i].pack);
  }
  EXPECT_EQ(one->packs.size(), 20u);
}

}  // namespace
}  // namespace packaudit
