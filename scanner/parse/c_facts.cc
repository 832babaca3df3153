#include "parse/c_facts.h"

#include <clang-c/Index.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "parse/c_token_scan.h"

namespace packaudit {
namespace {

// The in-memory file's name; its folder does not exist, and no include is ever looked up.
constexpr char kCFileName[] = "/packaudit-input/input.c";
constexpr char kCppFileName[] = "/packaudit-input/input.cpp";

// Limits that keep clang's recursive-descent parser (8 MB stack, and a stack overflow cannot be
// recovered from) far from its stack: deeper or longer code is read from its tokens only.
constexpr size_t kMaxAstBracketDepth = 128;  // nesting of ( [ {
constexpr size_t kMaxAstRun = 1000;          // tokens between two of ; { }
constexpr size_t kMaxAstElseChain = 1000;    // else if ... else if ...

// clang_createIndex initialises LLVM's target registry, which is not safe to do concurrently.
std::mutex& IndexMutex() {
  static std::mutex mutex;
  return mutex;
}

// Owns one index and translation unit for the duration of a parse.
class Unit {
 public:
  Unit() {
    std::lock_guard<std::mutex> lock(IndexMutex());
    index_ = clang_createIndex(/*excludeDeclarationsFromPCH=*/0, /*displayDiagnostics=*/0);
  }
  ~Unit() {
    if (tu_ != nullptr) clang_disposeTranslationUnit(tu_);
    if (index_ != nullptr) clang_disposeIndex(index_);
  }
  Unit(const Unit&) = delete;
  Unit& operator=(const Unit&) = delete;

  bool Parse(bool cpp, const std::string& text) {
    if (index_ == nullptr) return false;
    static const char* const kCArgs[] = {"-xc", "-std=gnu11"};
    static const char* const kCppArgs[] = {"-xc++", "-std=gnu++17", "-nostdinc++",
                                           "-fno-delayed-template-parsing"};
    // No include path of the machine (and no directive reaches clang anyway); no error limit, no
    // typo correction, bounded constant evaluation and templates.
    static const char* const kCommon[] = {"-nostdlibinc",
                                          "-ferror-limit=0",
                                          "-Wno-everything",
                                          "-fno-spell-checking",
                                          "-ftemplate-depth=64",
                                          "-fconstexpr-depth=64",
                                          "-fconstexpr-steps=100000",
                                          "-fbracket-depth=256"};
    std::vector<const char*> args;
    if (cpp) {
      args.assign(std::begin(kCppArgs), std::end(kCppArgs));
    } else {
      args.assign(std::begin(kCArgs), std::end(kCArgs));
    }
    args.insert(args.end(), std::begin(kCommon), std::end(kCommon));
    name_ = cpp ? kCppFileName : kCFileName;
    CXUnsavedFile file{name_, text.data(), static_cast<unsigned long>(text.size())};
    const CXErrorCode code =
        clang_parseTranslationUnit2(index_, name_, args.data(), static_cast<int>(args.size()),
                                    &file, 1, CXTranslationUnit_KeepGoing, &tu_);
    if (code != CXError_Success) tu_ = nullptr;
    return tu_ != nullptr;
  }

  CXTranslationUnit tu() const { return tu_; }

  // The tokens of bytes [begin, end) of the main file, with offsets shifted by -`shift`.
  std::vector<CToken> Tokens(size_t begin, size_t end, size_t shift) const {
    std::vector<CToken> out;
    CXFile file = clang_getFile(tu_, name_);
    if (file == nullptr || end <= begin) return out;
    const CXSourceRange range =
        clang_getRange(clang_getLocationForOffset(tu_, file, static_cast<unsigned>(begin)),
                       clang_getLocationForOffset(tu_, file, static_cast<unsigned>(end)));
    CXToken* tokens = nullptr;
    unsigned count = 0;
    clang_tokenize(tu_, range, &tokens, &count);
    out.reserve(count);
    for (unsigned i = 0; i < count; ++i) {
      const CXSourceRange extent = clang_getTokenExtent(tu_, tokens[i]);
      unsigned b = 0;
      unsigned e = 0;
      clang_getFileLocation(clang_getRangeStart(extent), nullptr, nullptr, nullptr, &b);
      clang_getFileLocation(clang_getRangeEnd(extent), nullptr, nullptr, nullptr, &e);
      if (b < begin || e > end || e < b) continue;
      CToken token;
      switch (clang_getTokenKind(tokens[i])) {
        case CXToken_Punctuation:
          token.kind = CToken::Kind::kPunctuation;
          break;
        case CXToken_Keyword:
          token.kind = CToken::Kind::kKeyword;
          break;
        case CXToken_Identifier:
          token.kind = CToken::Kind::kIdentifier;
          break;
        case CXToken_Literal:
          token.kind = CToken::Kind::kLiteral;
          break;
        case CXToken_Comment:
          token.kind = CToken::Kind::kComment;
          break;
      }
      token.begin = b - shift;
      token.end = e - shift;
      out.push_back(token);
    }
    if (tokens != nullptr) clang_disposeTokens(tu_, tokens, count);
    return out;
  }

 private:
  CXIndex index_ = nullptr;
  CXTranslationUnit tu_ = nullptr;
  const char* name_ = kCFileName;
};

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

struct HintVisit {
  std::string_view text;
  CAstHints* hints;
};

// Records where the tree spells a declared name or a called name. A cursor whose name is not
// spelled at its location (a declaration made by a macro expansion) tells nothing.
CXChildVisitResult VisitCursor(CXCursor cursor, CXCursor /*parent*/, CXClientData data) {
  const CXSourceLocation location = clang_getCursorLocation(cursor);
  if (!clang_Location_isFromMainFile(location)) return CXChildVisit_Continue;
  const CXCursorKind kind = clang_getCursorKind(cursor);
  const bool declaration = clang_isDeclaration(kind) != 0;
  if (!declaration && kind != CXCursor_CallExpr) return CXChildVisit_Recurse;
  auto* visit = static_cast<HintVisit*>(data);
  unsigned offset = 0;
  clang_getFileLocation(location, nullptr, nullptr, nullptr, &offset);
  CXString spelling = clang_getCursorSpelling(cursor);
  const char* name = clang_getCString(spelling);
  const size_t length = name != nullptr ? std::strlen(name) : 0;
  const std::string_view text = visit->text;
  if (length > 0 && offset + length <= text.size() && text.compare(offset, length, name) == 0 &&
      (offset + length == text.size() || !IsNameChar(text[offset + length]))) {
    (declaration ? visit->hints->declarations : visit->hints->calls).push_back(offset);
  }
  clang_disposeString(spelling);
  return CXChildVisit_Recurse;
}

void SortUnique(std::vector<size_t>& offsets) {
  std::sort(offsets.begin(), offsets.end());
  offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
}

// The text clang parses into a tree: every preprocessor directive blanked out (line breaks
// kept, so every offset stays). Nothing is included, no macro of the file is expanded and no
// #if expression is evaluated; both branches of a conditional are parsed.
std::string BlankDirectives(std::string_view text) {
  std::string out(text);
  size_t line = 0;
  while (line < out.size()) {
    size_t i = line;
    while (i < out.size() && (out[i] == ' ' || out[i] == '\t')) ++i;
    // The end of the logical line (backslash-newline continues it).
    size_t end = i;
    while (end < out.size()) {
      if (out[end] == '\n' || out[end] == '\r') {
        if (end > 0 && out[end - 1] == '\\') {
          end += (out[end] == '\r' && end + 1 < out.size() && out[end + 1] == '\n') ? 2 : 1;
          continue;
        }
        break;
      }
      ++end;
    }
    if (i < out.size() && out[i] == '#') {
      for (size_t k = i; k < end; ++k) {
        if (out[k] != '\n' && out[k] != '\r') out[k] = ' ';
      }
    }
    line = end < out.size() ? end + 1 : end;
  }
  return out;
}

// The text as the body of one raw string literal, for clang_tokenize (which lexes any range of
// the file again on its own): the preprocessor and the parser see a single string, so nothing in
// the text is included, expanded or parsed. `*prefix` receives the offset of the text.
std::string InRawString(std::string_view text, size_t* prefix) {
  std::string delimiter = "pa";
  for (int n = 0; text.find(")" + delimiter + "\"") != std::string_view::npos; ++n) {
    delimiter = "pa" + std::to_string(n);
  }
  std::string head = "const char *packaudit_text = R\"" + delimiter + "(";
  *prefix = head.size();
  return head + std::string(text) + ")" + delimiter + "\";\n";
}

// C has none of C++'s own keywords: `new`, `class` or `this` are names in C (`bool`, `true`,
// `static_assert`, ... are macros of its headers).
void MarkCppKeywordsAsNames(std::string_view text, std::vector<CToken>& tokens) {
  static const std::set<std::string_view> kCppOnly = {
      "alignas",   "alignof",       "and",         "and_eq",    "bitand",   "bitor",
      "bool",      "catch",         "char16_t",    "char32_t",  "char8_t",  "class",
      "co_await",  "co_return",     "co_yield",    "compl",     "concept",  "const_cast",
      "consteval", "constexpr",     "constinit",   "decltype",  "delete",   "dynamic_cast",
      "explicit",  "export",        "false",       "friend",    "mutable",  "namespace",
      "new",       "noexcept",      "not",         "not_eq",    "nullptr",  "operator",
      "or",        "or_eq",         "private",     "protected", "public",   "reinterpret_cast",
      "requires",  "static_assert", "static_cast", "template",  "this",     "thread_local",
      "throw",     "true",          "try",         "typeid",    "typename", "using",
      "virtual",   "wchar_t",       "xor",         "xor_eq"};
  for (CToken& t : tokens) {
    if (t.kind != CToken::Kind::kKeyword && t.kind != CToken::Kind::kPunctuation) continue;
    if (kCppOnly.count(text.substr(t.begin, t.end - t.begin)) > 0) {
      t.kind = CToken::Kind::kIdentifier;
    }
  }
}

// Whether clang may parse code with these tokens into a tree without risking its stack.
bool ShallowEnoughForTree(std::string_view text, const std::vector<CToken>& tokens) {
  size_t depth = 0;
  size_t run = 0;
  size_t else_chain = 0;
  bool after_end = false;  // the previous token ended a statement or block
  for (const CToken& t : tokens) {
    if (t.kind == CToken::Kind::kComment) continue;
    const std::string_view s = text.substr(t.begin, t.end - t.begin);
    const bool punct = t.kind == CToken::Kind::kPunctuation;
    if (punct && (s == "(" || s == "[" || s == "{")) {
      if (++depth > kMaxAstBracketDepth) return false;
    } else if (punct && (s == ")" || s == "]" || s == "}")) {
      if (depth > 0) --depth;
    }
    const bool end = punct && (s == ";" || s == "{" || s == "}");
    run = end ? 0 : run + 1;
    if (run > kMaxAstRun) return false;
    if (t.kind == CToken::Kind::kKeyword && s == "else") {
      if (++else_chain > kMaxAstElseChain) return false;
    } else if (after_end) {
      else_chain = 0;
    }
    after_end = end;
  }
  return true;
}

}  // namespace

std::unique_ptr<CFacts> ParseCFacts(Language language, std::string_view text,
                                    const CParseOptions& options) {
  auto facts = std::make_unique<CFacts>();
  if (language != Language::kC && language != Language::kCpp) return facts;
  facts->strings.extracted = true;
  if (text.empty()) return facts;
  const bool cpp = language == Language::kCpp;
  // The tokens, from the text held in a raw string (clang never interprets it).
  std::vector<CToken> tokens;
  {
    size_t prefix = 0;
    const std::string wrapped = InRawString(text, &prefix);
    Unit unit;  // C++: raw string literals are C++ only
    if (unit.Parse(/*cpp=*/true, wrapped)) {
      tokens = unit.Tokens(prefix, prefix + text.size(), prefix);
    }
    if (!cpp) MarkCppKeywordsAsNames(text, tokens);
  }
  // The tree, where it is safe to build: it tells declarations from calls.
  CAstHints hints;
  if (!options.tokens_only && text.size() <= kMaxCAstBytes && ShallowEnoughForTree(text, tokens)) {
    const std::string blanked = BlankDirectives(text);
    Unit unit;
    if (unit.Parse(cpp, blanked)) {
      facts->ast = true;
      HintVisit visit{blanked, &hints};
      clang_visitChildren(clang_getTranslationUnitCursor(unit.tu()), VisitCursor, &visit);
      SortUnique(hints.declarations);
      SortUnique(hints.calls);
    }
  }
  CollectCFacts(text, tokens, hints, *facts);
  return facts;
}

}  // namespace packaudit
