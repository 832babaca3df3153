#include "reports/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "unit/reports/synthetic_scan.h"

namespace packaudit {
namespace {

using nlohmann::json;

TEST(JsonWriterTest, FullDocument) {
  const json expected = json::parse(R"({
    "version": 1,
    "tool": {"name": "packaudit", "version": "0.1.0"},
    "summary": {
      "files_scanned": 7,
      "findings": 4,
      "counts": {"error": 2, "warning": 1, "note": 1},
      "suppressed": 0,
      "baselined": 0,
      "execution_successful": false,
      "exit_code": 1
    },
    "findings": [
      {"rule_id": "SEC003", "level": "error", "path": "Packs/Foo/Integrations/Foo/Foo.py",
       "region": {"start_line": 4, "start_column": 16, "end_line": 4, "end_column": 36},
       "message": "AWS access key in a string literal.", "pack": "Foo",
       "fingerprint": "0123456789abcdef:1", "line_hash": "2c968962cd24329b:1", "suppressions": []},
      {"rule_id": "CODE002", "level": "note", "path": "Packs/Foo/Integrations/Foo/Foo.py",
       "region": {"start_line": 5, "start_column": 5, "end_line": 5, "end_column": 10},
       "message": "print() call", "pack": "Foo",
       "fingerprint": "1111111111111111:1", "line_hash": "d45699d78a7c2b5f:1", "suppressions": []},
      {"rule_id": "ENG001", "level": "error", "path": "Packs/Foo/Playbooks/broken.yml",
       "region": {"start_line": 2, "start_column": 1, "end_line": 2, "end_column": 9},
       "message": "YAML parse error: mapping values are not allowed here.", "pack": "Foo",
       "fingerprint": "2222222222222222:1", "line_hash": "850934f5c30ca1f1:1", "suppressions": []},
      {"rule_id": "DOC001", "level": "warning", "path": "Packs/My Pack/pack_metadata.json",
       "region": {"start_line": 1, "start_column": 1, "end_line": 1, "end_column": 2},
       "message": "Pack 'My Pack' has no README.md.", "pack": "My Pack",
       "fingerprint": "3333333333333333:1", "line_hash": "e186381e6146d3ed:1", "suppressions": []}
    ],
    "skipped": [
      {"path": "Packs/Foo/.git", "rule_id": null, "reason": "ignored folder"},
      {"path": "Packs/Foo/big.bin", "rule_id": "ENG003",
       "reason": "file is 7340032 bytes, over the limit"}
    ],
    "scope": ["Packs"],
    "scope_notes": []
  })");
  const std::string text = RenderJson(testing::SyntheticScan(), 1);
  json actual = json::parse(text);
  // Packs: the verdict from the findings, with every requirement group in order.
  const json packs = actual.at("packs");
  actual.erase("packs");
  EXPECT_EQ(actual, expected);
  ASSERT_EQ(packs.size(), 2u);
  EXPECT_EQ(packs[0].at("name"), "Foo");
  EXPECT_EQ(packs[0].at("path"), "Packs/Foo");
  EXPECT_EQ(packs[0].at("support"), "partner");
  EXPECT_EQ(packs[0].at("version"), "1.2.0");
  EXPECT_EQ(packs[0].at("verdict"), "blocked");
  std::vector<std::string> group_names;
  for (const json& g : packs[0].at("groups")) group_names.push_back(g.at("name"));
  EXPECT_EQ(group_names,
            (std::vector<std::string>{"security", "privacy", "documentation", "use-case-maturity",
                                      "coding-practices", "support-metadata", "release-hygiene",
                                      "adoption", "scanner"}));
  EXPECT_EQ(packs[0].at("groups")[0], json::parse(R"({"name": "security", "title": "Security",
      "passed": false, "errors": 1, "warnings": 0, "notes": 0, "rules": ["SEC003"],
      "failing": ["SEC003"]})"));
  EXPECT_EQ(packs[0].at("groups")[4], json::parse(R"({"name": "coding-practices",
      "title": "Coding practices", "passed": true, "errors": 0, "warnings": 0, "notes": 1,
      "rules": ["CODE002"], "failing": []})"));
  EXPECT_EQ(packs[0].at("groups")[8].at("failing"), json({"ENG001"}));
  EXPECT_EQ(packs[1].at("verdict"), "certification-ready");
  EXPECT_EQ(packs[1].at("version"), "");
  EXPECT_EQ(packs[1].at("groups")[2].at("warnings"), 1);
  EXPECT_TRUE(packs[1].at("groups")[2].at("passed"));
  EXPECT_EQ(text.back(), '\n');
  // Stable key order: exactly the documented order.
  std::vector<std::string> keys;
  const nlohmann::ordered_json ordered = nlohmann::ordered_json::parse(text);
  for (const auto& item : ordered.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"version", "tool", "summary", "findings", "skipped",
                                            "packs", "scope", "scope_notes"}));
  EXPECT_EQ(RenderJson(testing::SyntheticScan(), 1), text);
}

TEST(JsonWriterTest, EmptyScan) {
  ScanResult result;
  result.tool_version = "0.1.0";
  const json doc = json::parse(RenderJson(result, 0));
  EXPECT_EQ(doc.at("findings"), json::array());
  EXPECT_EQ(doc.at("skipped"), json::array());
  EXPECT_EQ(doc.at("packs"), json::array());
  EXPECT_EQ(doc.at("summary"), json::parse(R"({"files_scanned": 0, "findings": 0,
      "counts": {"error": 0, "warning": 0, "note": 0}, "suppressed": 0, "baselined": 0,
      "execution_successful": true, "exit_code": 0})"));
}

TEST(JsonWriterTest, WaivedFindingsAreListedButNotCounted) {
  ScanResult result = testing::SyntheticScan();
  result.findings[0].suppressions.push_back(
      {"external", "accepted until the vendor rotates it", ".packaudit.toml:12"});
  const json doc = json::parse(RenderJson(result, 0));
  EXPECT_EQ(doc.at("summary").at("findings"), 3);
  EXPECT_EQ(doc.at("summary").at("suppressed"), 1);
  EXPECT_EQ(doc.at("summary").at("counts").at("error"), 1);
  EXPECT_EQ(doc.at("findings").size(), 4u);
  EXPECT_EQ(doc.at("findings")[0].at("suppressions"),
            json::parse(R"([{"kind": "external", "justification":
                "accepted until the vendor rotates it", "source": ".packaudit.toml:12"}])"));
  EXPECT_FALSE(doc.at("findings")[0].contains("baseline_state"));
}

TEST(JsonWriterTest, BaselineStateOnlyWithABaseline) {
  ScanResult result = testing::SyntheticScan();
  result.baseline_path = "baseline.sarif";
  result.findings[1].baseline_state = BaselineState::kUnchanged;
  result.findings[0].baseline_state = BaselineState::kNew;
  const json doc = json::parse(RenderJson(result, 1));
  EXPECT_EQ(doc.at("findings")[0].at("baseline_state"), "new");
  EXPECT_EQ(doc.at("findings")[1].at("baseline_state"), "unchanged");
  EXPECT_EQ(doc.at("summary").at("baselined"), 1);
  EXPECT_EQ(doc.at("summary").at("findings"), 3);
}

TEST(JsonWriterTest, PackIsNullOutsideAnyPack) {
  ScanResult result = testing::SyntheticScan();
  result.findings[0].pack.clear();
  EXPECT_TRUE(json::parse(RenderJson(result, 1)).at("findings")[0].at("pack").is_null());
}

TEST(JsonWriterTest, MatchTextIsNeverWritten) {
  const ScanResult result = testing::SyntheticScan();
  ASSERT_EQ(result.findings[0].match_text, testing::kSecret);
  EXPECT_EQ(RenderJson(result, 1).find(testing::kSecret), std::string::npos);
}

TEST(JsonWriterTest, InvalidUtf8DoesNotThrow) {
  ScanResult result = testing::SyntheticScan();
  result.findings[1].path = "Packs/Foo/\xFF.py";
  std::string text;
  ASSERT_NO_THROW(text = RenderJson(result, 1));
  EXPECT_EQ(json::parse(text).at("findings")[1].at("path"), "Packs/Foo/\xEF\xBF\xBD.py");
}

}  // namespace
}  // namespace packaudit
