// HTML report tests: escaping helpers, the CSP hashes, snippets, the page structure the browser
// tests rely on, and that hostile pack text lands escaped in every place a scan's text can reach
// (element text, attributes, snippets, file names, messages, host inventory, waivers, metadata).
#include "reports/html_writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "reports/html_assets.h"
#include "reports/html_csp.h"
#include "reports/html_escape.h"
#include "reports/html_snippet.h"
#include "unit/reports/synthetic_scan.h"

namespace packaudit {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

TEST(HtmlEscapeTest, EscapesEveryMarkupCharacter) {
  EXPECT_EQ(EscapeHtml("<a href=\"x\" title='y'>&amp;</a>"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  EXPECT_EQ(EscapeHtml("plain text, äöü €"), "plain text, äöü €");
  EXPECT_EQ(EscapeHtml("</style></script>"), "&lt;/style&gt;&lt;/script&gt;");
}

TEST(HtmlEscapeTest, InvalidUtf8AndControlsBecomeReplacementCharacters) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(SanitizeUtf8("caf\xE9!"), "caf" + fffd + "!");
  EXPECT_EQ(SanitizeUtf8("\xC0\xAF"), fffd + fffd);                        // overlong '/'
  EXPECT_EQ(SanitizeUtf8("\xED\xA0\x80"), fffd + fffd + fffd);             // surrogate
  EXPECT_EQ(SanitizeUtf8("\xE2\x82"), fffd + fffd);                        // truncated
  EXPECT_EQ(SanitizeUtf8("\xF4\x90\x80\x80"), fffd + fffd + fffd + fffd);  // > U+10FFFF
  EXPECT_EQ(SanitizeUtf8(std::string("a\0b", 3)), "a" + fffd + "b");
  EXPECT_EQ(SanitizeUtf8("a\x1b[31mb"), "a" + fffd + "[31mb");
  EXPECT_EQ(SanitizeUtf8("\xC2\x85"), fffd);  // C1 control NEL
  EXPECT_EQ(SanitizeUtf8("line\r\nnext\ttab"), "line\nnext\ttab");
  EXPECT_EQ(SanitizeUtf8("\xF0\x9F\x98\x80 ok"), "\xF0\x9F\x98\x80 ok");
  EXPECT_EQ(EscapeHtml("<\xFF>"), "&lt;" + fffd + "&gt;");
}

TEST(HtmlEscapeTest, Utf16ColumnsMapToBytes) {
  EXPECT_EQ(ByteOffsetOfUtf16Column("abc", 1), 0u);
  EXPECT_EQ(ByteOffsetOfUtf16Column("abc", 3), 2u);
  EXPECT_EQ(ByteOffsetOfUtf16Column("abc", 99), 3u);
  EXPECT_EQ(ByteOffsetOfUtf16Column("\xC3\xA4x", 2), 2u);          // ä is one unit, two bytes
  EXPECT_EQ(ByteOffsetOfUtf16Column("\xF0\x9F\x98\x80x", 3), 4u);  // emoji is two units
}

TEST(HtmlCspTest, HashSourceIsTheBase64OfTheDigest) {
  EXPECT_EQ(Base64("M"), "TQ==");
  EXPECT_EQ(Base64("Ma"), "TWE=");
  EXPECT_EQ(Base64("Man"), "TWFu");
  // SHA-256("abc") in hex and as a CSP source.
  EXPECT_EQ(CspHashSource("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
}

TEST(HtmlCspTest, AssetDigestsAreHex) {
  for (const char* name : {"report.css", "report.js"}) {
    const std::string_view digest = HtmlAssetSha256(name);
    ASSERT_EQ(digest.size(), 64u) << name;
    EXPECT_EQ(digest.find_first_not_of("0123456789abcdef"), std::string_view::npos) << name;
  }
}

TEST(HtmlSnippetTest, MarksTheRegionWithLineNumbers) {
  Finding f;
  f.region = {6, 12, 6, 22};
  f.snippet = "eval(data)";
  f.context = "def main():\n    x = 1\n    return eval(data)\n";
  f.context_start_line = 4;
  const std::string html = RenderSnippetHtml(f);
  EXPECT_THAT(html, HasSubstr("<tr class=\"line\"><th class=\"ln\" scope=\"row\">4</th>"));
  EXPECT_THAT(html, HasSubstr("<tr class=\"line hit\"><th class=\"ln\" scope=\"row\">6</th><td "
                              "class=\"src\">    return <mark class=\"region\">eval(data)</mark>"
                              "</td></tr>"));
}

TEST(HtmlSnippetTest, RedactionBeforeTheRegionMovesTheMark) {
  Finding f;
  f.region = {1, 30, 1, 34};
  f.snippet = "evil";
  f.context = "k = \"[REDACTED]\"; evil";  // the secret was longer than the token
  f.context_start_line = 1;
  EXPECT_THAT(RenderSnippetHtml(f), HasSubstr("; <mark class=\"region\">evil</mark>"));
}

TEST(HtmlSnippetTest, EscapesCode) {
  Finding f;
  f.region = {1, 1, 1, 9};
  f.snippet = "<script>";
  f.context = "<script>alert(1)</script>";
  f.context_start_line = 1;
  const std::string html = RenderSnippetHtml(f);
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html,
              HasSubstr("<mark class=\"region\">&lt;script&gt;</mark>alert(1)&lt;/script&gt;"));
}

TEST(HtmlWriterTest, PageStructureAndDomContract) {
  HtmlOptions options;
  options.gate_count = 2;
  options.exit_code = 1;
  const std::string html = RenderHtml(testing::SyntheticScan(), options);
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" data-theme=\"auto\">"));
  for (const char* needle :
       {"<section id=\"gate\" class=\"gate gate-failed\" data-gate=\"failed\" "
        "data-exit-code=\"1\">",
        "<section id=\"verdicts\">",
        "class=\"verdict-card verdict-blocked\" id=\"pack-1\" "
        "data-pack=\"Foo\" data-verdict=\"blocked\"",
        "<table id=\"pack-table\" class=\"sortable\">",
        "data-sort-key=\"error\"",
        "<dd data-severity-count=\"error\">2</dd>",
        "<svg class=\"bar-chart\"",
        "<div id=\"filters\" class=\"controls\" hidden>",
        "<button type=\"button\" class=\"chip\" data-filter=\"severity\" data-value=\"error\" "
        "aria-pressed=\"false\">",
        "data-filter=\"area\"",
        "data-filter=\"rule\"",
        "data-filter=\"pack\"",
        "data-filter=\"status\"",
        "<input type=\"search\" id=\"keyword\"",
        "id=\"clear-filters\"",
        "<span id=\"shown-number\">4</span> of <span "
        "id=\"total-number\">4</span>",
        "<div id=\"finding-list\">",
        "<section class=\"pack-group\" data-pack=\"Foo\">",
        "<section class=\"rule-group\" data-rule=\"SEC003\">",
        "<article class=\"finding sev-error\" id=\"f-1\" data-severity=\"error\" "
        "data-area=\"security\" data-rule=\"SEC003\" data-pack=\"Foo\" data-status=\"open\" "
        "data-path=\"Packs/Foo/Integrations/Foo/Foo.py\">",
        "<details class=\"rule-help\">",
        "<section id=\"suppressed\">",
        "<section id=\"problems\">",
        "<td><code>Packs/Foo/big.bin</code></td><td>ENG003</td>",
        "<section id=\"hosts\">",
        "<section id=\"metadata\">",
        "<span id=\"duration-ms\">not measured</span>",
        "id=\"theme-toggle\"",
        "<code id=\"ruleset-hash\">4f2a9c0e11d3b7a8</code>"}) {
    EXPECT_THAT(html, HasSubstr(needle));
  }
  EXPECT_EQ(Count(html, "<script"), 1u);
  EXPECT_EQ(Count(html, "<style"), 1u);
  // The secret never appears; its redacted line does.
  EXPECT_THAT(html, Not(HasSubstr(testing::kSecret)));
  EXPECT_THAT(html, HasSubstr("<mark class=\"region\">[REDACTED]</mark>"));
}

TEST(HtmlWriterTest, CspAdmitsExactlyTheInlineBlocks) {
  const std::string html = RenderHtml(testing::SyntheticScan(), HtmlOptions{});
  const std::string_view css = HtmlAsset("report.css");
  const std::string_view js = HtmlAsset("report.js");
  ASSERT_FALSE(css.empty());
  ASSERT_FALSE(js.empty());
  EXPECT_THAT(html, HasSubstr("<style>" + std::string(css) + "</style>"));
  EXPECT_THAT(html, HasSubstr("<script>" + std::string(js) + "</script>"));
  EXPECT_THAT(html, HasSubstr("content=\"default-src 'none'; style-src " +
                              CspHashSource(HtmlAssetSha256("report.css")) + "; script-src " +
                              CspHashSource(HtmlAssetSha256("report.js")) + "; img-src data:;"));
  // No reference to anything outside the page: no src, no external href, no url().
  EXPECT_THAT(html, Not(HasSubstr(" src=")));
  EXPECT_THAT(html, Not(HasSubstr("url(")));
  EXPECT_THAT(html, Not(HasSubstr("@import")));
  for (size_t at = html.find("href=\""); at != std::string::npos;
       at = html.find("href=\"", at + 1)) {
    EXPECT_EQ(html[at + 6], '#') << html.substr(at, 60);
  }
}

TEST(HtmlWriterTest, DeterministicExceptTheDuration) {
  ScanResult a = testing::SyntheticScan();
  ScanResult b = testing::SyntheticScan();
  a.duration_ms = 5;
  b.duration_ms = 123456;
  std::string ha = RenderHtml(a, HtmlOptions{});
  std::string hb = RenderHtml(b, HtmlOptions{});
  EXPECT_THAT(ha, HasSubstr("<span id=\"duration-ms\">5</span> ms"));
  ha.replace(ha.find(">5</span> ms"), 2, ">0");
  hb.replace(hb.find(">123456</span> ms"), 7, ">0");
  EXPECT_EQ(ha, hb);
  EXPECT_EQ(RenderHtml(a, HtmlOptions{}), RenderHtml(a, HtmlOptions{}));
}

TEST(HtmlWriterTest, SuppressedAndBaselineFindings) {
  ScanResult result = testing::SyntheticScan();
  result.baseline_path = ".packaudit-baseline.json";
  result.baseline_absent = 3;
  result.findings[1].baseline_state = BaselineState::kUnchanged;
  result.findings[3].baseline_state = BaselineState::kNew;
  result.findings[0].suppressions = {{"inSource", "test key <b>only</b>", "Packs/Foo/a.py:4"}};
  const std::string html = RenderHtml(result, HtmlOptions{});
  EXPECT_THAT(html, HasSubstr("data-status=\"baselined\""));
  EXPECT_THAT(html, HasSubstr("data-status=\"new\""));
  EXPECT_THAT(html, HasSubstr("<span class=\"status-badge status-baselined\">baselined</span>"));
  EXPECT_THAT(html, HasSubstr("<article class=\"suppressed-finding sev-error\" id=\"f-1\""));
  EXPECT_THAT(html, HasSubstr("<td>inSource</td><td>test key &lt;b&gt;only&lt;/b&gt;</td>"
                              "<td><code>Packs/Foo/a.py:4</code></td>"));
  EXPECT_THAT(html, HasSubstr("<span id=\"shown-number\">3</span>"));
  EXPECT_THAT(html, HasSubstr("3 entries no longer found"));
  EXPECT_THAT(html, Not(HasSubstr("data-status=\"open\"")));
}

// Every field a pack or its files can fill, set to markup that would run if it were not escaped.
constexpr char kPayload[] =
    "<script>window.__pwned=1</script>\"><img src=x onerror=\"window.__pwned=1\">'"
    "[x](javascript:window.__pwned=1)</style>&\xFF";
constexpr char kEscapedPayload[] =
    "&lt;script&gt;window.__pwned=1&lt;/script&gt;&quot;&gt;&lt;img src=x "
    "onerror=&quot;window.__pwned=1&quot;&gt;&#39;[x](javascript:window.__pwned=1)&lt;/"
    "style&gt;&amp;\xEF\xBF\xBD";

ScanResult HostileScan() {
  const std::string p = kPayload;
  ScanResult result = testing::SyntheticScan();
  result.tool_version = "0.1.0" + p;
  result.ruleset_hash = "abc" + p;
  result.scope = {"Packs/" + p};
  result.scope_notes = {"note " + p};
  result.scan_date = "2026-01-15" + p;
  result.baseline_path = "base" + p;
  for (RuleSpec& rule : result.rules) {
    rule.summary += p;
    rule.rationale += p;
    rule.remediation += "`" + p + "`";
    rule.example_bad += p;
    rule.example_good += p;
    rule.references.push_back("javascript:window.__pwned=1" + p);
    rule.area += p;
    rule.certification += p;
  }
  for (Finding& f : result.findings) {
    f.path += p;
    f.message += p;
    f.pack += p;
    f.snippet = p;
    f.context = p + "\n" + p + "\n" + p;
    f.context_start_line = f.region.start_line;
  }
  result.findings[2].suppressions = {{"external" + p, "why" + p, "src" + p}};
  result.skipped.push_back({"Packs/" + p, "ENG007", "unreadable " + p});
  for (PackSummary& pack : result.packs) {
    pack.name += p;
    pack.path += p;
    pack.support += p;
    pack.version += p;
    OutboundHost host;
    host.host = "evil.example.net" + p;
    host.sources = {HostSource::kCodeLiteral};
    host.items = {"Item" + p};
    host.locations = {{"Packs/" + p + ".py", 3, HostSource::kCodeLiteral, 0, 0}};
    host.occurrences = 1;
    pack.outbound_hosts = {host};
  }
  return result;
}

TEST(HtmlWriterTest, HostileTextIsEscapedEverywhere) {
  HtmlOptions options;
  options.fail_on = std::string("error") + kPayload;
  const std::string html = RenderHtml(HostileScan(), options);
  // Our own blocks only: one <script>, one <style>, each closed once.
  EXPECT_EQ(Count(html, "<script"), 1u);
  EXPECT_EQ(Count(html, "</script"), 1u);
  EXPECT_EQ(Count(html, "<style"), 1u);
  EXPECT_EQ(Count(html, "</style"), 1u);
  EXPECT_EQ(Count(html, "<img"), 0u);
  EXPECT_THAT(html, Not(HasSubstr("onerror=\"")));
  EXPECT_THAT(html, Not(HasSubstr("href=\"javascript")));
  EXPECT_THAT(html, Not(HasSubstr("'[x]")));
  // The payload shows up only in its escaped form, in text and in attribute values.
  EXPECT_GT(Count(html, kEscapedPayload), 40u);
  EXPECT_THAT(html, HasSubstr("data-pack=\"Foo" + std::string(kEscapedPayload) + "\""));
  EXPECT_THAT(html, HasSubstr("data-path=\"Packs/Foo/Integrations/Foo/Foo.py" +
                              std::string(kEscapedPayload) + "\""));
  EXPECT_THAT(html, HasSubstr("data-sort-version=\"1.2.0" + std::string(kEscapedPayload) + "\""));
  EXPECT_THAT(html, HasSubstr("data-value=\"Foo" + std::string(kEscapedPayload) + "\""));
  EXPECT_THAT(html, HasSubstr("<code class=\"host\">evil.example.net" +
                              std::string(kEscapedPayload) + "</code>"));
  EXPECT_THAT(html, HasSubstr("<td>Item" + std::string(kEscapedPayload) + "</td>"));
  EXPECT_THAT(html, HasSubstr("<code>Packs/" + std::string(kEscapedPayload) + ".py:3</code>"));
  EXPECT_THAT(html, HasSubstr("<td class=\"src\"><mark class=\"region\">"));
  EXPECT_THAT(html, HasSubstr("<td>why" + std::string(kEscapedPayload) + "</td>"));
  // The whole page is valid UTF-8 without control characters.
  EXPECT_EQ(SanitizeUtf8(html), html);
}

TEST(HtmlWriterTest, EmptyScan) {
  ScanResult result;
  result.tool_version = "0.1.0";
  const std::string html = RenderHtml(result, HtmlOptions{});
  EXPECT_THAT(html, HasSubstr("<p id=\"no-match\" class=\"empty\">No findings.</p>"));
  EXPECT_THAT(html, HasSubstr("gate-passed"));
  EXPECT_THAT(html, HasSubstr("No pack was scanned"));
}

}  // namespace
}  // namespace packaudit
