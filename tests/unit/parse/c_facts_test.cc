// C/C++ facts: call sites with exact positions and classified arguments, string literals; found
// without the included headers, after broken code, from tokens alone, and safely in parallel.
#include "parse/c_facts.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "parse/parsed_file.h"

namespace packaudit {
namespace {

using Kind = CArgument::Kind;

// "line:column callee" of each call, in order.
std::vector<std::string> Sites(const CFacts& facts) {
  std::vector<std::string> out;
  for (const CCall& call : facts.calls) {
    out.push_back(std::to_string(call.line) + ":" + std::to_string(call.column) + " " +
                  call.qualifier + call.callee);
  }
  return out;
}

const CCall* Find(const CFacts& facts, const std::string& callee, int nth = 0) {
  for (const CCall& call : facts.calls) {
    if (call.callee == callee && nth-- == 0) return &call;
  }
  return nullptr;
}

// Calls in C whose headers are missing, inside and after code that does not compile.
constexpr char kMissingHeaders[] =
    "#include <stdio.h>\n"                                  // 1
    "#include <curl/curl.h>\n"                              // 2
    "#include <openssl/ssl.h>\n"                            // 3
    "\n"                                                    // 4
    "int system(const char *command);\n"                    // 5
    "FILE *popen(const char *, const char *);\n"            // 6
    "\n"                                                    // 7
    "static int run(const char *arg) {\n"                   // 8
    "  CURL *h = curl_easy_init();\n"                       // 9
    "  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);\n"  // 10
    "  this is not valid C ((( ;\n"                         // 11
    "\tSSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);\n"   // 12
    "  broken = = ;\n"                                      // 13
    "  return system(arg);\n"                               // 14
    "}\n";                                                  // 15

TEST(CFactsTest, CallsAreFoundWithoutHeadersAndAfterBrokenCode) {
  const auto facts = ParseCFacts(Language::kC, kMissingHeaders);
  EXPECT_TRUE(facts->ast);
  EXPECT_EQ(Sites(*facts), (std::vector<std::string>{"9:13 curl_easy_init", "10:3 curl_easy_setopt",
                                                     "12:2 SSL_CTX_set_verify", "14:10 system"}));
  const CCall* setopt = Find(*facts, "curl_easy_setopt");
  ASSERT_NE(setopt, nullptr);
  ASSERT_EQ(setopt->args.size(), 3u);
  EXPECT_EQ(setopt->args[0].kind, Kind::kName);
  EXPECT_EQ(setopt->args[1].kind, Kind::kName);
  EXPECT_EQ(setopt->args[1].text, "CURLOPT_SSL_VERIFYPEER");
  EXPECT_EQ(setopt->args[2].kind, Kind::kInt);
  EXPECT_EQ(setopt->args[2].value, 0);
  const std::string text = kMissingHeaders;
  EXPECT_EQ(text.substr(setopt->begin, setopt->end - setopt->begin),
            "curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L)");
  EXPECT_EQ(text.substr(setopt->args[1].begin, setopt->args[1].end - setopt->args[1].begin),
            "CURLOPT_SSL_VERIFYPEER");
  const CCall* verify = Find(*facts, "SSL_CTX_set_verify");
  ASSERT_NE(verify, nullptr);
  EXPECT_EQ(verify->args[2].kind, Kind::kNull);
  EXPECT_TRUE(verify->closed);
}

TEST(CFactsTest, TokensAloneGiveTheSameCalls) {
  CParseOptions options;
  options.tokens_only = true;
  const auto tokens = ParseCFacts(Language::kC, kMissingHeaders, options);
  const auto full = ParseCFacts(Language::kC, kMissingHeaders);
  EXPECT_FALSE(tokens->ast);
  EXPECT_EQ(Sites(*tokens), Sites(*full));
  for (const CCall& call : tokens->calls) EXPECT_FALSE(call.from_ast);
}

TEST(CFactsTest, TheTreeConfirmsCallsItParsed) {
  const auto facts =
      ParseCFacts(Language::kC, "void f(char *d, const char *s) { strcpy(d, s); }\n");
  ASSERT_EQ(facts->calls.size(), 1u);
  EXPECT_TRUE(facts->calls[0].from_ast);
}

TEST(CFactsTest, DeclarationsDefinitionsDirectivesAndDeadCodeAreNotCalls) {
  const std::string code =
      "#include \"local.h\"\n"
      "#pragma comment(lib, \"ssl\")\n"
      "char *strcpy(char *, const char *);\n"
      "static char *dup(const char *s);\n"
      "unsigned long hash(const char *s) { return strlen(s); }\n"
      "#if defined(FOO) && __has_include(<x.h>)\n"
      "#endif\n"
      "#if 0\n"
      "  gets(buffer);\n"
      "#if 1\n"
      "  gets(buffer);\n"
      "#endif\n"
      "#else\n"
      "int live(void) { return puts(\"x\"); }\n"
      "#endif\n"
      "#define COPY(d, s) strcpy(d, \\\n"
      "                          s)\n"
      "/* strcat(a, b) in a comment */\n"
      "const char *text = \"sprintf(a, b) in a string\";\n";
  const auto facts = ParseCFacts(Language::kC, code);
  EXPECT_EQ(Sites(*facts), (std::vector<std::string>{"5:44 strlen", "14:25 puts", "16:20 strcpy"}));
  const CCall* copy = Find(*facts, "strcpy");
  ASSERT_NE(copy, nullptr);
  EXPECT_TRUE(copy->in_macro);
  ASSERT_EQ(copy->args.size(), 2u);
  EXPECT_EQ(copy->args[1].text, "s");
  std::vector<std::string> values;
  for (const CodeString& s : facts->strings.strings) values.push_back(s.value);
  EXPECT_EQ(values, (std::vector<std::string>{"x", "sprintf(a, b) in a string"}));
}

TEST(CFactsTest, CppMembersQualifiersScopesAndConstructors) {
  const std::string code =
      "#include <string>\n"                                                          // 1
      "namespace util {\n"                                                           // 2
      "class Buf {\n"                                                                // 3
      " public:\n"                                                                   // 4
      "  void strcpy(const char *s);\n"                                              // 5
      "  int run(const char *c) { return system(c); }\n"                             // 6
      "};\n"                                                                         // 7
      "}  // namespace util\n"                                                       // 8
      "extern \"C\" {\n"                                                             // 9
      "int copy(char *d, const char *s) { return std::strcpy(d, s) != nullptr; }\n"  // 10
      "}\n"                                                                          // 11
      "void g(util::Buf &obj, const char *s) {\n"                                    // 12
      "  obj.strcpy(s);\n"                                                           // 13
      "  std::string name(s);\n"                                                     // 14
      "  std::vector<int> sizes(3);\n"                                               // 15
      "  auto f = [&]() { ::strcat(d, s); };\n"                                      // 16
      "  if (a > run(b)) p->Go();\n"                                                 // 17
      "}\n";                                                                         // 18
  const auto facts = ParseCFacts(Language::kCpp, code);
  EXPECT_EQ(Sites(*facts),
            (std::vector<std::string>{"6:35 system", "10:48 std::strcpy", "13:7 strcpy",
                                      "16:22 ::strcat", "17:11 run", "17:22 Go"}));
  EXPECT_FALSE(Find(*facts, "strcpy")->member);
  EXPECT_TRUE(Find(*facts, "strcpy", 1)->member);
  EXPECT_FALSE(Find(*facts, "run")->member);
  EXPECT_TRUE(Find(*facts, "Go")->member);
  EXPECT_TRUE(facts->strings.strings.empty());  // extern "C" is not a string of the code
}

TEST(CFactsTest, ArgumentsAreClassified) {
  const std::string code =
      "void f(void) {\n"
      "  call(\"a\" \"b\\n\", 0x10, -1, (long)0, '\\0', 2.5, NULL, nullptr_t, EVP_md5(),\n"
      "       ns::NAME, (x), &len, a + b, (SSL_METHOD *)TLS_method(), );\n"
      "}\n";
  const auto facts = ParseCFacts(Language::kC, code);
  const CCall* call = Find(*facts, "call");
  ASSERT_NE(call, nullptr);
  ASSERT_EQ(call->args.size(), 15u);
  const auto& a = call->args;
  EXPECT_EQ(a[0].kind, Kind::kString);
  EXPECT_EQ(a[0].text, "ab\n");
  EXPECT_EQ(a[1].kind, Kind::kInt);
  EXPECT_EQ(a[1].value, 16);
  EXPECT_EQ(a[2].kind, Kind::kInt);
  EXPECT_EQ(a[2].value, -1);
  EXPECT_EQ(a[3].kind, Kind::kInt);
  EXPECT_EQ(a[3].value, 0);
  EXPECT_EQ(a[4].kind, Kind::kInt);
  EXPECT_EQ(a[4].value, 0);
  EXPECT_EQ(a[5].kind, Kind::kFloat);
  EXPECT_EQ(a[6].kind, Kind::kNull);
  EXPECT_EQ(a[7].kind, Kind::kName);
  EXPECT_EQ(a[8].kind, Kind::kCall);
  EXPECT_EQ(a[8].text, "EVP_md5");
  EXPECT_EQ(a[9].kind, Kind::kName);
  EXPECT_EQ(a[9].text, "NAME");
  EXPECT_EQ(a[10].kind, Kind::kName);
  EXPECT_EQ(a[10].text, "x");
  EXPECT_EQ(a[11].kind, Kind::kOther);
  EXPECT_EQ(a[11].text, "&len");
  EXPECT_EQ(a[12].kind, Kind::kOther);
  EXPECT_EQ(a[12].text, "a + b");
  EXPECT_EQ(a[13].kind, Kind::kCall);
  EXPECT_EQ(a[13].text, "TLS_method");
  EXPECT_EQ(a[14].kind, Kind::kOther);
  EXPECT_EQ(a[14].text, "");
}

TEST(CFactsTest, StringValuesAndPositions) {
  const std::string code =
      "const char *a = \"tab\\there \\x41\\101 \\u00e9\";\r\n"
      "const char *b = u8\"utf\" R\"x(raw \\n)x\";\r\n"
      "const wchar_t *c = L\"wide\";\r\n"
      "int d = f(\"http://example.com\");\r\n";
  const auto facts = ParseCFacts(Language::kCpp, code);
  std::vector<std::string> values;
  for (const CodeString& s : facts->strings.strings) values.push_back(s.value);
  EXPECT_EQ(values, (std::vector<std::string>{"tab\there AA \xc3\xa9", "utf", "raw \\n", "wide",
                                              "http://example.com"}));
  const CodeString& url = facts->strings.strings.back();
  EXPECT_EQ(code.substr(url.begin, url.end - url.begin), "\"http://example.com\"");
  ASSERT_EQ(facts->calls.size(), 1u);
  EXPECT_EQ(facts->calls[0].line, 4);  // CRLF line breaks
  EXPECT_EQ(facts->calls[0].column, 9);
}

TEST(CFactsTest, UnclosedCallsAndGarbageDoNotStopTheScan) {
  const std::string code =
      "void f(void) {\n"
      "  strcpy(a, b;\n"
      "  }}}} ))) @@@ \"unterminated\n"
      "  gets(line);\n"
      "}\n"
      "int g(void) { return sprintf(";
  const auto facts = ParseCFacts(Language::kC, code);
  EXPECT_EQ(Sites(*facts), (std::vector<std::string>{"2:3 strcpy", "4:3 gets", "6:22 sprintf"}));
  EXPECT_FALSE(Find(*facts, "strcpy")->closed);
  EXPECT_EQ(Find(*facts, "strcpy")->args.size(), 2u);
  EXPECT_TRUE(Find(*facts, "gets")->closed);
  EXPECT_FALSE(Find(*facts, "sprintf")->closed);
}

TEST(CFactsTest, OnlyTheFirstBranchOfAConditionalShapesBlocks) {
  const std::string code =
      "void f(int a) {\n"                      // 1
      "#ifdef _WIN32\n"                        // 2
      "  if (a) {\n"                           // 3
      "#else\n"                                // 4
      "  if (!a) {\n"                          // 5
      "#endif\n"                               // 6
      "    strcpy(x, y);\n"                    // 7
      "  }\n"                                  // 8
      "#if USE_A\n"                            // 9
      "  }\n"                                  // 10
      "#elif USE_B\n"                          // 11
      "  }\n"                                  // 12
      "#else\n"                                // 13
      "  }\n"                                  // 14
      "#endif\n"                               // 15
      "char *strcat(char *, const char *);\n"  // 16
      "void g(void) { gets(b); }\n";           // 17
  const auto facts = ParseCFacts(Language::kC, code);
  EXPECT_EQ(Sites(*facts), (std::vector<std::string>{"7:5 strcpy", "17:16 gets"}));
}

TEST(CFactsTest, EmptyAndOtherLanguages) {
  EXPECT_TRUE(ParseCFacts(Language::kC, "")->calls.empty());
  EXPECT_TRUE(ParseCFacts(Language::kPython, "strcpy(a, b)\n")->calls.empty());
}

TEST(CFactsTest, IncludesAreNeverRead) {
  // A hostile include would hang or read machine files; includes are blanked before parsing.
  const auto facts = ParseCFacts(Language::kC,
                                 "#include \"/dev/zero\"\n#include_next </dev/stdin>\n"
                                 "void f(void) { gets(b); }\n");
  EXPECT_EQ(Sites(*facts), (std::vector<std::string>{"3:16 gets"}));
}

TEST(CFactsTest, CodeTooDeepForTheParserIsReadFromTokens) {
  // Each of these would overflow the stack of clang's recursive-descent parser.
  std::string chain = "void f(int a) {\n";
  for (int i = 0; i < 5000; ++i) chain += "if (a == 1) g(1); else ";
  chain += "g(0);\n  strcpy(d, s);\n}\n";
  const std::string unary =
      "int x = " + std::string(100000, '-') + "1;\nvoid h(void) { gets(b); }\n";
  const std::string braces = std::string(50000, '{') + "\nvoid h(void) { gets(b); }\n";
  for (const std::string* code : std::vector<const std::string*>{&chain, &unary, &braces}) {
    const auto facts = ParseCFacts(Language::kC, *code);
    EXPECT_FALSE(facts->ast);
    ASSERT_FALSE(facts->calls.empty());
    EXPECT_TRUE(facts->calls.back().callee == "strcpy" || facts->calls.back().callee == "gets");
  }
}

TEST(CFactsTest, CallsAreCappedPerFile) {
  std::string code = "void f(void) {\n";
  for (size_t i = 0; i <= kMaxCCalls; ++i) code += "g();";
  code += "\n}\n";
  CParseOptions options;
  options.tokens_only = true;
  const auto facts = ParseCFacts(Language::kC, code, options);
  EXPECT_EQ(facts->calls.size(), kMaxCCalls);
  EXPECT_TRUE(facts->truncated);
}

TEST(CFactsTest, ParsesConcurrently) {
  const std::vector<std::string> expected[2] = {
      Sites(*ParseCFacts(Language::kC, kMissingHeaders)),
      Sites(*ParseCFacts(Language::kCpp, kMissingHeaders))};
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, i] {
      for (int k = 0; k < 3; ++k) {
        results[i] =
            Sites(*ParseCFacts(i % 2 == 0 ? Language::kC : Language::kCpp, kMissingHeaders));
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (size_t i = 0; i < results.size(); ++i) EXPECT_EQ(results[i], expected[i % 2]);
}

TEST(CFactsTest, ParseFileFillsFactsAndCodeStrings) {
  auto source = std::make_unique<SourceFile>(
      "tool.c", std::string(kMissingHeaders) + "const char *u = \"http://x\";\n");
  const ParsedFile parsed = ParseFile(std::move(source), FileKind::kCSource);
  ASSERT_NE(parsed.c_facts, nullptr);
  EXPECT_EQ(parsed.c_facts->calls.size(), 4u);
  EXPECT_TRUE(parsed.code_strings.extracted);
  ASSERT_EQ(parsed.code_strings.strings.size(), 1u);
  EXPECT_EQ(parsed.code_strings.strings[0].value, "http://x");
  EXPECT_TRUE(parsed.diagnostics.empty());  // missing headers are not a problem to report
}

}  // namespace
}  // namespace packaudit
