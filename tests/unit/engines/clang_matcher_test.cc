// The [[clang]] matcher run by the query engine: calls by name and argument conditions, string
// literals with exclusions, member calls, message arguments, regions and one finding per place.
#include "engines/clang_matcher.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "engines/query_engine.h"
#include "rules/loader.h"

namespace packaudit {
namespace {

constexpr char kHead[] = R"(id = "X201"
name = "c-matcher"
summary = "A C matcher."
area = "custom"
severity = "warning"
certification = "security"
file_kinds = ["c_source", "cpp_source"]
message = "{fn}|{a1}|{url}"
rationale = "Because."
remediation = "Fix it."
example_bad = "x"
example_good = "y"
)";

RuleSpec Rule(const std::string& body) {
  auto spec = ParseRuleFile(std::string(kHead) + body, "rules/custom/X201.toml");
  EXPECT_TRUE(spec.ok()) << spec.status().message();
  return spec.ok() ? std::move(spec).value() : RuleSpec{};
}

// "line:column message" of each finding of `rule` on `code`.
std::vector<std::string> Scan(const RuleSpec& rule, const std::string& code,
                              FileKind kind = FileKind::kCSource) {
  auto engine = QueryEngine::Build({&rule});
  EXPECT_TRUE(engine.ok());
  const ParsedFile parsed = ParseFile(std::make_unique<SourceFile>("x.c", code), kind);
  Emitter emitter;
  for (const FileUnit& unit : UnitsOf(parsed)) engine.value()->Scan(unit, emitter);
  std::vector<std::string> out;
  for (const Finding& f : emitter.findings()) {
    out.push_back(std::to_string(f.region.start_line) + ":" +
                  std::to_string(f.region.start_column) + " " + f.message);
  }
  return out;
}

constexpr char kShell[] =
    "#include <stdlib.h>\n"          // 1
    "int system(const char *);\n"    // 2
    "void run(const char *cmd) {\n"  // 3
    "  system(\"ls -l\");\n"         // 4
    "  system(NULL);\n"              // 5
    "  system(cmd);\n"               // 6
    "  popen(build(cmd), \"r\");\n"  // 7
    "  shell.system(cmd);\n"         // 8
    "}\n";                           // 9

TEST(ClangMatcherTest, CallWithNonLiteralArgument) {
  const RuleSpec rule = Rule(R"(
[[clang]]
call = ["system", "popen"]
args = [{ index = 0, is = "non_literal" }]
message_args = { fn = "callee", a1 = "arg0" }
)");
  EXPECT_EQ(Scan(rule, kShell),
            (std::vector<std::string>{"6:3 system|cmd|{url}", "7:3 popen|build|{url}"}));
}

TEST(ClangMatcherTest, MemberCallsOnlyWhenAsked) {
  const RuleSpec rule = Rule(R"(
[[clang]]
call_match = "^sys"
member = true
args = [{ index = 0, names = ["cmd"] }]
)");
  EXPECT_EQ(Scan(rule, kShell),
            (std::vector<std::string>{"6:3 {fn}|{a1}|{url}", "8:9 {fn}|{a1}|{url}"}));
}

TEST(ClangMatcherTest, ArgumentValuesAndBounds) {
  const RuleSpec rule = Rule(R"(
[[clang]]
call = "curl_easy_setopt"
args = [{ index = 1, names = ["CURLOPT_SSL_VERIFYPEER", "CURLOPT_SSL_VERIFYHOST"] },
        { index = 2, is = "zero" }]
message_args = { fn = "arg1" }

[[clang]]
call = "RSA_generate_key"
args = [{ index = 0, max = 2047 }]
message_args = { fn = "callee", a1 = "arg0", url = { literal = "-" } }
)");
  const std::string code =
      "void f(CURL *h) {\n"
      "  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);\n"
      "  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);\n"
      "  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, (long)0);\n"
      "  curl_easy_setopt(h, CURLOPT_URL, 0);\n"
      "  RSA_generate_key(1024, RSA_F4, NULL, NULL);\n"
      "  RSA_generate_key(2048, RSA_F4, NULL, NULL);\n"
      "  RSA_generate_key(bits, RSA_F4, NULL, NULL);\n"
      "}\n";
  EXPECT_EQ(Scan(rule, code), (std::vector<std::string>{"2:3 CURLOPT_SSL_VERIFYPEER|{a1}|{url}",
                                                        "4:3 CURLOPT_SSL_VERIFYHOST|{a1}|{url}",
                                                        "6:3 RSA_generate_key|1024|-"}));
}

TEST(ClangMatcherTest, StringLiteralsWithExclusions) {
  const RuleSpec rule = Rule(R"toml(
[[clang]]
string = "^http://"
exclude = ["^http://(localhost|127\\.0\\.0\\.1)([:/]|$)", "^http://www\\.w3\\.org/"]
message_args = { url = "value" }
)toml");
  const std::string code =
      "#include \"http://not-a-string.h\"\n"
      "static const char *a = \"http://example.com/api\";\n"
      "static const char *b = \"http://localhost:8080/\";\n"
      "static const char *c = \"https://example.com\";\n"
      "// \"http://in.a.comment\"\n"
      "#define NS \"http://www.w3.org/2001/XMLSchema\"\n"
      "#define URL \"http://plain.example\"\n";
  EXPECT_EQ(Scan(rule, code, FileKind::kCppSource),
            (std::vector<std::string>{"2:24 {fn}|{a1}|http://example.com/api",
                                      "7:13 {fn}|{a1}|http://plain.example"}));
}

TEST(ClangMatcherTest, OnePlacePerRuleAndQualifiedRegion) {
  const RuleSpec rule = Rule(R"(
[[clang]]
call = "strcpy"

[[clang]]
call = "strcpy"
args = [{ index = 1, is = "name" }]
)");
  const std::string code = "void f(char *d, char *s) {\n  std::strcpy(d, s);\n}\n";
  EXPECT_EQ(Scan(rule, code, FileKind::kCppSource),
            (std::vector<std::string>{"2:3 {fn}|{a1}|{url}"}));
}

TEST(ClangMatcherTest, OtherKindsAreNotScanned) {
  const RuleSpec rule = Rule("[[clang]]\ncall = \"strcpy\"\n");
  EXPECT_TRUE(Scan(rule, "strcpy(a, b)\n", FileKind::kPython).empty());
  EXPECT_TRUE(Scan(rule, "strcpy(a, b);\n", FileKind::kText).empty());
}

}  // namespace
}  // namespace packaudit
