// No secret text in any output: a scan of a pack file holding a high-entropy token (SEC001), a
// provider key (SEC003) and a marker-hidden token (SEC008) writes JSON, SARIF and text without
// any of the three values.
#include <gtest/gtest.h>

#include <string>

#include "reports/json_writer.h"
#include "reports/sarif_writer.h"
#include "reports/text_writer.h"
#include "rules/registry.h"
#include "scan/scanner.h"

namespace packaudit {
namespace {

TEST(SecretRedactionTest, SecretsAppearInNoOutput) {
  const std::string entropy = "Jk5Wr8Xp3Nt7Lc2Vm9Bq4Hd";
  const std::string provider = "AKIAZX4QW7RT2LM9PB3K";
  const std::string hidden = "Fs8Lq3Xv6Nk2Wt9Pc4Rm7Jb";
  MemoryFileSystem fs;
  fs.AddFile("/repo/Packs/Leaky/Integrations/Leaky/Leaky.py",
             "SEED = \"" + entropy + "\"\nKEY_ID = \"" + provider + "\"\nOLD = \"" + hidden +
                 "\"  # disable-secrets-detection\n");
  auto rules = RuleSet::Load({});
  ASSERT_TRUE(rules.ok());
  ScanOptions options;
  options.inputs = {"/repo"};
  options.display_root = "/repo";
  options.jobs = 1;
  options.rules = rules->Select({"SEC001", "SEC003", "SEC008"}, {}).value();
  auto result = RunScan(fs, options);
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_GE(result->findings.size(), 4u);  // SEC001, SEC003, SEC008 marker note + hidden string

  const std::string outputs[] = {RenderJson(*result, 1), RenderSarif(*result, SarifOptions{}),
                                 RenderText(*result, TextOptions{})};
  for (const std::string& out : outputs) {
    EXPECT_NE(out.find("SEC001"), std::string::npos);
    EXPECT_NE(out.find("SEC003"), std::string::npos);
    EXPECT_EQ(out.find(entropy), std::string::npos);
    EXPECT_EQ(out.find(provider), std::string::npos);
    EXPECT_EQ(out.find(hidden), std::string::npos);
    EXPECT_EQ(out.find("Jk5Wr8Xp"), std::string::npos);  // not even a prefix
  }
}

}  // namespace
}  // namespace packaudit
