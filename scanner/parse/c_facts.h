// C and C++ facts: the call sites and string literals of one C or C++ source file, as plain values
// that rules match without a syntax tree (see engines/clang_matcher.h).
//
// ParseCFacts() reads the file's bytes with libclang from memory, never compiling or running
// anything and never reading another file: the headers a pack's code includes (OpenSSL, curl, the
// C library) are normally missing, and that is the expected case. Call sites come from
// libclang's token stream (the text is lexed, not preprocessed); a syntax tree, parsed from the
// text with its preprocessor directives blanked out, only decides what the tokens cannot, such as
// whether `name(` declares a function or calls one. A call to an undeclared function with
// undeclared macro arguments is still a call; a call after broken code is still found. Code too
// large or too deeply nested for clang's parser to be safe (its stack cannot recover) is read
// from its tokens alone, as is a file clang cannot parse. No diagnostic is produced: parse
// problems never hide facts.
//
// Positions: byte offsets into the given text; lines and columns are 1-based, columns in bytes
// (findings convert offsets to their own columns through SourceFile).
//
// Thread-safe: each call uses its own libclang index and translation unit, disposed before it
// returns; the result owns all its data.
#ifndef PACKAUDIT_PARSE_C_FACTS_H_
#define PACKAUDIT_PARSE_C_FACTS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/file_kind.h"
#include "parse/code_strings.h"

namespace packaudit {

// One argument of a call, classified from its tokens (outer parentheses and leading casts such as
// `(long)` are looked through).
struct CArgument {
  enum class Kind {
    kString,  // one or more adjacent string literals: `text` is the joined value
    kInt,     // integer or character literal, `true`/`false`, optionally negated: `value`
    kFloat,   // floating literal: `text` is its spelling
    kNull,    // NULL or nullptr
    kName,    // an identifier or macro name (possibly qualified): `text` is its last component
    kCall,    // a call such as EVP_md5(): `text` is the callee (last component)
    kOther,   // any other expression: `text` is its source, shortened
  };
  Kind kind = Kind::kOther;
  std::string text;
  int64_t value = 0;  // kInt only (saturated at the int64 limits)
  size_t begin = 0;   // byte range of the argument's tokens
  size_t end = 0;
};

// One call site `callee(args)`.
struct CCall {
  std::string callee;     // the called name: "strcpy" (for std::strcpy or obj.f: the last name)
  std::string qualifier;  // "std::" for std::strcpy, "" otherwise
  bool member = false;    // obj.f(...) or p->f(...)
  bool from_ast = false;  // clang's syntax tree has this call (otherwise recovered from tokens)
  bool in_macro = false;  // inside the body of a #define
  bool closed = true;     // the closing parenthesis was found
  size_t begin = 0;       // first byte of the callee (qualifier excluded)
  size_t end = 0;         // one past the closing parenthesis (or the last argument token)
  int line = 1;           // of `begin`
  int column = 1;
  std::vector<CArgument> args;  // at most kMaxCCallArgs
};

struct CFacts {
  std::vector<CCall> calls;  // in source order
  // The string literals: each literal token on its own, without quotes and prefix, escapes
  // resolved (same caps as code strings). Not the ones of #include, #pragma or extern "C".
  CodeStrings strings;
  bool ast = false;        // clang built a translation unit (false: tokens only)
  bool truncated = false;  // more than kMaxCCalls calls: the rest were dropped
};

// Per-file caps.
inline constexpr size_t kMaxCCalls = 20000;
inline constexpr size_t kMaxCCallArgs = 32;
inline constexpr size_t kMaxCArgumentText = 200;
// Larger files are not given to clang's parser (their tokens still are).
inline constexpr size_t kMaxCAstBytes = 2 * 1024 * 1024;

struct CParseOptions {
  bool tokens_only = false;  // skip the syntax tree (as for a file clang cannot parse)
};

// The facts of `text` as `language` (Language::kC or Language::kCpp; other languages give empty
// facts). Never throws.
std::unique_ptr<CFacts> ParseCFacts(Language language, std::string_view text,
                                    const CParseOptions& options = {});

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_C_FACTS_H_
