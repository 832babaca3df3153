// The Markdown summary: layout, counts of active/suppressed/baseline findings, links, escaping of
// pack-supplied text, the top-findings cap and the size cap.
#include "reports/markdown_writer.h"

#include <gtest/gtest.h>

#include <string>

#include "unit/reports/synthetic_scan.h"

namespace packaudit {
namespace {

using testing::SyntheticScan;

constexpr char kZwsp[] = "\xE2\x80\x8B";

MarkdownOptions FailedGate() {
  MarkdownOptions options;
  options.fail_on = "error";
  options.gate_failed = true;
  options.gate_count = 2;
  return options;
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

ScanResult Dated(ScanResult result) {
  result.scan_date = "2026-01-15";
  return result;
}

TEST(MarkdownWriterTest, WholeDocument) {
  const std::string md = RenderMarkdown(Dated(SyntheticScan()), FailedGate());
  EXPECT_EQ(
      md,
      "## packaudit\n"
      "\n"
      "\xE2\x9D\x8C **Gate failed**: 2 active findings at or above `error`.\n"
      "\n"
      "### Pack verdicts\n"
      "\n"
      "| Pack | Support | Version | Verdict | Failing groups |\n"
      "| --- | --- | --- | --- | --- |\n"
      "| Foo | partner | 1.2.0 | **Blocked** | Security (SEC003); Scan completeness (ENG001) |\n"
      "| My Pack | community | - | Certification-ready | - |\n"
      "\n"
      "**Findings**: 2 errors, 1 warning, 1 note (4 active).\n"
      "\n"
      "### Top findings\n"
      "\n"
      "| Severity | Rule | Location | Message |\n"
      "| --- | --- | --- | --- |\n"
      "| error | SEC003 | `Packs/Foo/Integrations/Foo/Foo.py:4` | AWS access key in a "
      "string literal. |\n"
      "| error | ENG001 | `Packs/Foo/Playbooks/broken.yml:2` | YAML parse error: mapping "
      "values are not allowed here. |\n"
      "| warning | DOC001 | `Packs/My Pack/pack_metadata.json:1` | Pack 'My Pack' has no "
      "README.md. |\n"
      "| note | CODE002 | `Packs/Foo/Integrations/Foo/Foo.py:5` | print() call |\n"
      "\n"
      "4 findings in total. Scanned 7 files in 2 packs; 1 path skipped. Scan date "
      "2026-01-15. packaudit 0.1.0.\n");
}

TEST(MarkdownWriterTest, GateLines) {
  MarkdownOptions passed;
  EXPECT_TRUE(Contains(RenderMarkdown(SyntheticScan(), passed),
                       "\xE2\x9C\x85 **Gate passed**: no active findings at or above `error`.\n"));
  passed.fail_on = "none";
  EXPECT_TRUE(Contains(RenderMarkdown(SyntheticScan(), passed),
                       "\xE2\x9C\x85 **Gate passed** (fail-on `none`).\n"));
  MarkdownOptions one = FailedGate();
  one.fail_on = "warning";
  one.gate_count = 1;
  EXPECT_TRUE(Contains(RenderMarkdown(SyntheticScan(), one),
                       "**Gate failed**: 1 active finding at or above `warning`.\n"));
}

TEST(MarkdownWriterTest, SuppressedAndBaselineFindingsAreCountedApart) {
  ScanResult result = SyntheticScan();
  result.findings[0].suppressions = {{"inSource", "test key", "Packs/Foo/x.py:4"}};
  result.baseline_path = "base|line.json";
  result.baseline_absent = 1;
  for (Finding& f : result.findings) f.baseline_state = BaselineState::kNew;
  result.findings[3].baseline_state = BaselineState::kUnchanged;
  const std::string md = RenderMarkdown(result, MarkdownOptions());
  EXPECT_TRUE(Contains(md,
                       "**Findings**: 1 error, 0 warnings, 1 note (2 active). Not counted: 1 "
                       "suppressed, 1 unchanged since the baseline.\n"))
      << md;
  EXPECT_TRUE(Contains(md, "**Baseline**: base\\|line.json (1 entry no longer found).\n")) << md;
  // Only active findings are listed.
  EXPECT_FALSE(Contains(md, "SEC003 |"));
  EXPECT_FALSE(Contains(md, "DOC001 |"));
  EXPECT_TRUE(Contains(md, "| error | ENG001 |"));
  EXPECT_TRUE(Contains(md, "4 findings in total."));

  // Suppressed only, no baseline: no baseline part.
  ScanResult waived = SyntheticScan();
  waived.findings[1].suppressions = {{"external", "", ".packaudit.toml:3"}};
  const std::string w = RenderMarkdown(waived, MarkdownOptions());
  EXPECT_TRUE(Contains(w, "(3 active). Not counted: 1 suppressed.\n")) << w;
  EXPECT_FALSE(Contains(w, "Baseline"));
}

TEST(MarkdownWriterTest, NoFindings) {
  ScanResult result = SyntheticScan();
  result.findings.clear();
  const std::string md = RenderMarkdown(result, MarkdownOptions());
  EXPECT_TRUE(Contains(md, "### Top findings\n\nNo active findings.\n")) << md;
  EXPECT_TRUE(Contains(md, "**Findings**: 0 errors, 0 warnings, 0 notes (0 active).\n"));
  ScanResult nothing;
  const std::string bare = RenderMarkdown(nothing, MarkdownOptions());
  EXPECT_FALSE(Contains(bare, "Pack verdicts"));
  EXPECT_TRUE(
      Contains(bare, "0 findings in total. Scanned 0 files in 0 packs; 0 paths skipped.\n"));
}

TEST(MarkdownWriterTest, PacksBlockedFirst) {
  ScanResult result = SyntheticScan();
  std::swap(result.packs[0], result.packs[1]);  // the ready pack first in path order
  const std::string md = RenderMarkdown(result, MarkdownOptions());
  EXPECT_LT(md.find("| Foo |"), md.find("| My Pack |"));
}

TEST(MarkdownWriterTest, ScopeNotes) {
  ScanResult result = SyntheticScan();
  result.scope_notes = {"Packs changed since origin/main: Foo.", "# not a heading"};
  const std::string md = RenderMarkdown(result, MarkdownOptions());
  EXPECT_TRUE(Contains(md, "### Scope\n\n- Packs changed since origin/main: Foo.\n- \\#" +
                               std::string(kZwsp) + " not a heading\n"))
      << md;
}

TEST(MarkdownWriterTest, LinksWithABase) {
  MarkdownOptions options;
  options.link_base = "https://github.com/acme/content/blob/0123abc";  // '/' added
  const std::string md = RenderMarkdown(SyntheticScan(), options);
  EXPECT_TRUE(Contains(md,
                       "| [Packs/Foo/Integrations/Foo/Foo.py:4](https://github.com/acme/content/"
                       "blob/0123abc/Packs/Foo/Integrations/Foo/Foo.py#L4) |"))
      << md;
  EXPECT_TRUE(Contains(md,
                       "[Packs/My Pack/pack_metadata.json:1](https://github.com/acme/content/blob/"
                       "0123abc/Packs/My%20Pack/pack_metadata.json#L1)"))
      << md;
  // A path outside the root is never linked; a hostile base cannot close the link.
  ScanResult outside = SyntheticScan();
  outside.findings[0].path = "/abs/x.py";
  options.link_base = "https://example.test/a b)(<x>/";
  const std::string o = RenderMarkdown(outside, options);
  EXPECT_TRUE(Contains(o, "| `/abs/x.py:4` |")) << o;
  EXPECT_TRUE(Contains(o, "](https://example.test/a%20b%29%28%3Cx%3E/Packs/Foo/")) << o;
}

TEST(MarkdownWriterTest, EscapesPackSuppliedText) {
  EXPECT_EQ(EscapeMarkdownText("a|b"), "a\\|b");
  EXPECT_EQ(EscapeMarkdownText("<img src=x onerror=alert(1)>"), "\\<img src=x onerror=alert(1)\\>");
  EXPECT_EQ(EscapeMarkdownText("[click](https://evil.example)"),
            "\\[click\\](https:" + std::string(kZwsp) + "//evil.example)");
  EXPECT_EQ(EscapeMarkdownText("![x](y)"), "\\!\\[x\\](y)");
  EXPECT_EQ(EscapeMarkdownText("`code` *em* _em_ ~~s~~ $x$"),
            "\\`code\\` \\*em\\* \\_em\\_ \\~\\~s\\~\\~ \\$x\\$");
  EXPECT_EQ(EscapeMarkdownText("line1\nline2\r\n| x"), "line1 line2  \\| x");
  EXPECT_EQ(EscapeMarkdownText("&lt;b&gt; &#60; & x"),
            "\\&lt;b\\&gt; \\&\\#" + std::string(kZwsp) + "60; & x");
  EXPECT_EQ(EscapeMarkdownText("api_key _x_ a__b_"), "api_key \\_x\\_ a\\_\\_b\\_");
  EXPECT_EQ(EscapeMarkdownText("a\\b"), "a\\\\b");
  // Automatic links and references.
  EXPECT_EQ(EscapeMarkdownText("see www.evil.example"),
            "see www" + std::string(kZwsp) + ".evil.example");
  EXPECT_EQ(EscapeMarkdownText("WWW.x.y"), "WWW" + std::string(kZwsp) + ".x.y");
  EXPECT_EQ(EscapeMarkdownText("ping @octocat"), "ping @" + std::string(kZwsp) + "octocat");
  EXPECT_EQ(EscapeMarkdownText("a@b.example"), "a@" + std::string(kZwsp) + "b.example");
  EXPECT_EQ(EscapeMarkdownText("fixes #12"), "fixes \\#" + std::string(kZwsp) + "12");
  // Block syntax at the start of a list item or cell.
  EXPECT_EQ(EscapeMarkdownText("- item"), "\\- item");
  EXPECT_EQ(EscapeMarkdownText("+ item"), "\\+ item");
  EXPECT_EQ(EscapeMarkdownText("12. item"), "12\\. item");
  EXPECT_EQ(EscapeMarkdownText("3) item"), "3\\) item");
  EXPECT_EQ(EscapeMarkdownText("> quote"), "\\> quote");
  EXPECT_EQ(EscapeMarkdownText("a-b 1.2"), "a-b 1.2");
  EXPECT_EQ(EscapeMarkdownText("1.2.0"), "1.2.0");
  EXPECT_EQ(EscapeMarkdownText("12."), "12\\.");
  // Control and bidi characters; invalid UTF-8.
  EXPECT_EQ(EscapeMarkdownText("a\x01z\tq"), "a z q");
  EXPECT_EQ(EscapeMarkdownText("x\xE2\x80\xAEy"), "x\xEF\xBF\xBDy");
  EXPECT_EQ(EscapeMarkdownText("bad \xFF byte"), "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(EscapeMarkdownText("Ünï 🔑"), "Ünï 🔑");
}

TEST(MarkdownWriterTest, HostileFindingCannotBreakTheTable) {
  ScanResult result = SyntheticScan();
  Finding& f = result.findings[0];
  f.message = "x | y\n\n## Injected\n<script>alert(1)</script> [link](http://evil) @team";
  f.path = "Packs/Foo/a|b`c\nd.py";
  f.rule_id = "SEC003";
  f.pack = "Foo";
  result.packs[0].name = "Foo | <b>bold</b>";
  const std::string md = RenderMarkdown(result, MarkdownOptions());
  for (const char* bad : {"[link]", "\n## Injected", "<b>", "@team", "http://"}) {
    EXPECT_FALSE(Contains(md, bad)) << bad << "\n" << md;
  }
  for (size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
    EXPECT_EQ(md[at - 1], '\\') << md.substr(at, 20);  // no HTML tag survives
  }
  EXPECT_TRUE(Contains(md, "\\[link\\](http:")) << md;
  // Every table row still has its cells: count unescaped pipes per row.
  size_t start = 0;
  while (start < md.size()) {
    const size_t end = md.find('\n', start);
    const std::string line = md.substr(start, end - start);
    start = end + 1;
    if (!line.starts_with("|")) continue;
    size_t pipes = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\') {
        ++i;
      } else if (line[i] == '|') {
        ++pipes;
      }
    }
    EXPECT_TRUE(pipes == 5 || pipes == 6) << line;  // 4 or 5 columns
  }
  // The path stays one code span with a longer fence than the backtick inside.
  EXPECT_TRUE(Contains(md, "``Packs/Foo/a\\|b`c d.py:4``")) << md;
}

TEST(MarkdownWriterTest, LongMessagesAreCut) {
  ScanResult result = SyntheticScan();
  result.findings[0].message = std::string(5000, 'x');
  const std::string md = RenderMarkdown(result, MarkdownOptions());
  EXPECT_FALSE(Contains(md, std::string(301, 'x')));
  EXPECT_TRUE(Contains(md, "..."));
}

// Many packs and findings: the synthetic scan's first finding and pack repeated.
ScanResult Large(int findings, int packs) {
  ScanResult result = SyntheticScan();
  const Finding base = result.findings[3];  // a warning
  result.findings.clear();
  for (int i = 0; i < findings; ++i) {
    Finding f = base;
    f.path = "Packs/P" + std::to_string(i) + "/pack_metadata.json";
    f.message = "Finding number " + std::to_string(i) + " " + std::string(250, 'm');
    result.findings.push_back(f);
  }
  const PackSummary pack = result.packs[0];
  result.packs.clear();
  for (int i = 0; i < packs; ++i) {
    PackSummary p = pack;
    p.name = "Pack" + std::to_string(i);
    result.packs.push_back(p);
  }
  return result;
}

TEST(MarkdownWriterTest, TopFindingsAreCapped) {
  const ScanResult result = Large(40, 1);
  const std::string md = RenderMarkdown(result, MarkdownOptions());
  EXPECT_EQ(Count(md, "| warning | DOC001 |"), 25u);
  EXPECT_TRUE(Contains(
      md, "\nShowing the 25 most severe of 40 active findings; 15 more are in the full reports.\n"))
      << md;
  MarkdownOptions five;
  five.max_findings = 5;
  const std::string m5 = RenderMarkdown(result, five);
  EXPECT_EQ(Count(m5, "| warning | DOC001 |"), 5u);
  EXPECT_TRUE(Contains(m5, "Showing the 5 most severe of 40 active findings; 35 more"));
  // Most severe first: an error at the end of ScanResult order comes first.
  ScanResult mixed = Large(30, 1);
  mixed.findings.back().severity = Severity::kError;
  mixed.findings.back().message = "the error";
  const std::string mm = RenderMarkdown(mixed, MarkdownOptions());
  EXPECT_LT(mm.find("| error | DOC001 |"), mm.find("| warning | DOC001 |"));
}

TEST(MarkdownWriterTest, SizeCapCutsWholeRows) {
  const ScanResult result = Large(100, 2000);
  const std::string md = RenderMarkdown(result, MarkdownOptions());
  EXPECT_LE(md.size(), 60000u);
  EXPECT_GT(md.size(), 55000u);  // filled, not emptied
  EXPECT_EQ(md.back(), '\n');
  // The top findings all stay; pack rows are cut and counted.
  EXPECT_EQ(Count(md, "| warning | DOC001 |"), 25u);
  const size_t shown = Count(md, "| Pack");
  ASSERT_GT(shown, 1u);
  EXPECT_TRUE(Contains(md, std::to_string(2000 - (shown - 1)) +
                               " more packs left out to keep this summary under 60000 bytes.\n"))
      << md.substr(md.size() - 3000);
  // Every row is whole: rows end with " |".
  size_t start = 0;
  while (start < md.size()) {
    const size_t end = md.find('\n', start);
    const std::string line = md.substr(start, end - start);
    if (line.starts_with("|")) {
      EXPECT_TRUE(line.ends_with(" |")) << line;
    }
    start = end + 1;
  }
  EXPECT_TRUE(md.ends_with("packaudit 0.1.0.\n"));

  // A tighter cap also cuts finding rows, with a count.
  MarkdownOptions tight;
  tight.max_bytes = 4000;
  const std::string t = RenderMarkdown(result, tight);
  EXPECT_LE(t.size(), 4000u);
  EXPECT_TRUE(Contains(t, "2000 more packs left out to keep this summary under 4000 bytes.\n"))
      << t;
  EXPECT_TRUE(
      Contains(t, "active findings (rows left out to keep this summary under 4000 bytes); "))
      << t;
  EXPECT_GT(Count(t, "| warning | DOC001 |"), 0u);
  EXPECT_LT(Count(t, "| warning | DOC001 |"), 25u);
}

TEST(MarkdownWriterTest, Deterministic) {
  ScanResult result = Dated(SyntheticScan());
  const std::string first = RenderMarkdown(result, FailedGate());
  result.duration_ms = 12345;
  EXPECT_EQ(RenderMarkdown(result, FailedGate()), first);
  EXPECT_FALSE(Contains(first, "12345"));
}

}  // namespace
}  // namespace packaudit
