#include "reports/text_writer.h"

#include <gtest/gtest.h>

#include "synthetic_scan.h"

namespace packaudit {
namespace {

TEST(TextWriterTest, WaivedFindingsGoToTheirOwnSection) {
  ScanResult result = testing::SyntheticScan();
  result.findings[1].suppressions.push_back(
      {"inSource", "debug output kept for the demo", "Packs/Foo/Integrations/Foo/Foo.py:5"});
  result.scope_notes = {"Scanning the packs changed since main."};
  const std::string text = RenderText(result, TextOptions{});
  EXPECT_EQ(text.rfind("Scanning the packs changed since main.\n\n", 0), 0u) << text;
  EXPECT_EQ(text.find("note CODE002"), std::string::npos) << text;
  EXPECT_NE(text.find("3 findings: 2 errors, 1 warning, 0 notes."), std::string::npos) << text;
  EXPECT_NE(text.find("Suppressed findings (1):\n  CODE002 Packs/Foo/Integrations/Foo/Foo.py:5 -- "
                      "debug output kept for the demo (Packs/Foo/Integrations/Foo/Foo.py:5)\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("baseline"), std::string::npos) << text;
}

TEST(TextWriterTest, BaselineLine) {
  ScanResult result = testing::SyntheticScan();
  result.baseline_path = "baseline.sarif";
  result.baseline_absent = 2;
  result.findings[0].baseline_state = BaselineState::kUnchanged;
  const std::string text = RenderText(result, TextOptions{});
  EXPECT_EQ(text.find("error SEC003"), std::string::npos) << text;
  EXPECT_NE(text.find("1 finding already in the baseline is not shown; 2 baseline entries no "
                      "longer match.\n"),
            std::string::npos)
      << text;
}

}  // namespace
}  // namespace packaudit
