// [[clang]] tables in rule files: every key loads; a rule may combine them with [[query]]; each
// mistake is reported with the TOML line.
#include <gtest/gtest.h>

#include <string>

#include "rules/loader.h"

namespace packaudit {
namespace {

constexpr char kHead[] = R"(id = "X101"
name = "c-matcher"
summary = "A C matcher."
area = "custom"
severity = "warning"
certification = "security"
file_kinds = ["c_source", "cpp_source", "python"]
message = "Call of {fn}."
rationale = "Because."
remediation = "Fix it."
example_bad = "strcpy(a, b);"
example_good = "snprintf(a, n, \"%s\", b);"
)";  // 12 lines

std::string Error(const std::string& body) {
  auto spec = ParseRuleFile(std::string(kHead) + body, "rules/custom/X101.toml");
  return spec.ok() ? std::string("(loaded)") : spec.status().message();
}

TEST(ClangSpecTest, LoadsEveryKey) {
  const std::string body = R"(
[[clang]]
call = ["system", "popen"]
args = [{ index = 0, is = "non_literal" },
        { index = 1, is = ["int", "zero"], names = ["A"], match = "^x", min = 1, max = 2047 }]
message_args = { fn = "callee", first = "arg0", all = "text", why = { literal = "because" } }

[[clang]]
call_match = "^EVP_des_"
member = true

[[clang]]
string = "^http://"
exclude = "^http://localhost"
message_args = { url = "value" }
)";
  auto spec = ParseRuleFile(std::string(kHead) + body, "rules/custom/X101.toml");
  ASSERT_TRUE(spec.ok()) << spec.status().message();
  EXPECT_EQ(spec->engine, EngineKind::kQuery);
  ASSERT_EQ(spec->clang.size(), 3u);
  const ClangSpec& call = spec->clang[0];
  EXPECT_EQ(call.line, 14);
  EXPECT_EQ(call.call, (std::vector<std::string>{"system", "popen"}));
  ASSERT_EQ(call.args.size(), 2u);
  EXPECT_EQ(call.args[0].is, (std::vector<ClangArgSpec::Is>{ClangArgSpec::Is::kNonLiteral}));
  EXPECT_EQ(call.args[1].index, 1);
  EXPECT_EQ(call.args[1].is,
            (std::vector<ClangArgSpec::Is>{ClangArgSpec::Is::kInt, ClangArgSpec::Is::kZero}));
  EXPECT_EQ(call.args[1].names, (std::vector<std::string>{"A"}));
  EXPECT_EQ(call.args[1].match, "^x");
  EXPECT_EQ(call.args[1].min, 1);
  EXPECT_EQ(call.args[1].max, 2047);
  EXPECT_EQ(call.message_args.at("fn"), "callee");
  EXPECT_EQ(call.message_args.at("first"), "arg0");
  EXPECT_EQ(call.message_literals.at("why"), "because");
  EXPECT_EQ(spec->clang[1].call_match, "^EVP_des_");
  EXPECT_TRUE(spec->clang[1].member);
  EXPECT_EQ(spec->clang[2].string, "^http://");
  EXPECT_EQ(spec->clang[2].exclude, (std::vector<std::string>{"^http://localhost"}));
}

TEST(ClangSpecTest, CombinesWithQueries) {
  const std::string body = R"(
[[query]]
language = "python"
capture = "call"
query = '(call function: (identifier) @fn (#eq? @fn "system")) @call'

[[clang]]
call = "system"
)";
  auto spec = ParseRuleFile(std::string(kHead) + body, "rules/custom/X101.toml");
  ASSERT_TRUE(spec.ok()) << spec.status().message();
  EXPECT_EQ(spec->engine, EngineKind::kQuery);
  EXPECT_EQ(spec->queries.size(), 1u);
  EXPECT_EQ(spec->clang.size(), 1u);
  EXPECT_EQ(Error(body + "[builtin]\nname = \"x\"\n"),
            "rules/custom/X101.toml:1: engine: has more than one engine table");
}

TEST(ClangSpecTest, CombinesWithABuiltinButNotWithOtherEngines) {
  auto spec =
      ParseRuleFile(std::string(kHead) + "[builtin]\nname = \"x\"\n[[clang]]\ncall = \"a\"\n",
                    "rules/custom/X101.toml");
  ASSERT_TRUE(spec.ok()) << spec.status().message();
  EXPECT_EQ(spec->engine, EngineKind::kBuiltin);
  EXPECT_EQ(spec->clang.size(), 1u);
  EXPECT_EQ(Error("[regex]\npatterns = ['x']\n[[clang]]\ncall = \"a\"\n"),
            "rules/custom/X101.toml:15: clang: combines only with [[query]] or [builtin]");
}

TEST(ClangSpecTest, MistakesNameTheLine) {
  EXPECT_EQ(Error("[[clang]]\ncall = \"system\"\nkind = \"x\"\n"),
            "rules/custom/X101.toml:15: clang.kind: unknown field");
  EXPECT_EQ(Error("[[clang]]\nmember = true\n"),
            "rules/custom/X101.toml:13: clang: needs either `call`/`call_match` (a call) or "
            "`string` (a literal)");
  EXPECT_EQ(Error("[[clang]]\ncall = \"a\"\nstring = \"b\"\n"),
            "rules/custom/X101.toml:13: clang: needs either `call`/`call_match` (a call) or "
            "`string` (a literal)");
  EXPECT_EQ(Error("[[clang]]\ncall = \"std::strcpy\"\n"),
            "rules/custom/X101.toml:14: clang.call: 'std::strcpy' is not a C identifier");
  EXPECT_EQ(Error("[[clang]]\ncall = \"a\"\ncall_match = \"b\"\n"),
            "rules/custom/X101.toml:15: clang.call_match: give `call` or `call_match`, not both");
  EXPECT_EQ(Error("[[clang]]\nstring = \"(\"\n")
                .rfind("rules/custom/X101.toml:14: clang.string: invalid RE2 pattern:", 0),
            0u);
  EXPECT_EQ(Error("[[clang]]\ncall = \"a\"\nargs = [{ index = 0 }]\n"),
            "rules/custom/X101.toml:15: clang.args: needs a condition: is, names, match, min or "
            "max");
  EXPECT_EQ(Error("[[clang]]\ncall = \"a\"\nargs = [{ index = 40, is = \"int\" }]\n"),
            "rules/custom/X101.toml:15: clang.args.index: must be an integer 0..31");
  EXPECT_EQ(Error("[[clang]]\ncall = \"a\"\nargs = [{ index = 0, is = \"number\" }]\n"),
            "rules/custom/X101.toml:15: clang.args.is: unknown kind 'number' (string, int, zero, "
            "null, name, call, literal, non_literal)");
  EXPECT_EQ(Error("[[clang]]\ncall = \"a\"\nargs = [{ index = 0, colour = \"red\" }]\n"),
            "rules/custom/X101.toml:15: clang.args.colour: unknown field");
  EXPECT_EQ(Error("[[clang]]\ncall = \"a\"\nexclude = \"x\"\n"),
            "rules/custom/X101.toml:15: clang.exclude: applies to `string`, not to calls");
  EXPECT_EQ(Error("[[clang]]\nstring = \"a\"\nargs = []\n"),
            "rules/custom/X101.toml:15: clang: `args` and `member` apply to calls, not to "
            "`string`");
  EXPECT_EQ(Error("[[clang]]\ncall = \"a\"\nmessage_args = { fn = \"name\" }\n"),
            "rules/custom/X101.toml:15: clang.message_args.fn: must be \"callee\", \"arg<N>\", "
            "\"value\", \"text\" or { literal = \"...\" }");
  EXPECT_EQ(Error("[[clang]]\nstring = \"a\"\nmessage_args = { fn = \"callee\" }\n"),
            "rules/custom/X101.toml:15: clang.message_args.fn: 'callee' does not apply to this "
            "matcher");
}

TEST(ClangSpecTest, NeedsACKind) {
  std::string head = kHead;
  head.replace(head.find("\"c_source\", \"cpp_source\", "), 26, "");
  auto spec = ParseRuleFile(head + "[[clang]]\ncall = \"a\"\n", "rules/custom/X101.toml");
  ASSERT_FALSE(spec.ok());
  EXPECT_EQ(spec.status().message(),
            "rules/custom/X101.toml:7: file_kinds: [[clang]] needs c_source or cpp_source");
}

}  // namespace
}  // namespace packaudit
