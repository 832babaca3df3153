// Internal to parse/: builds C/C++ facts (call sites, string literals) from a token stream and
// hints from a syntax tree. Pure function of its inputs (no libclang here); thread-safe.
//
// Directives: #include-like and #pragma lines, conditions (#if, #ifdef, ...) and #undef hold no
// facts; a #define's body is scanned as code (its calls are marked in_macro), its name is not a
// call. Code under `#if 0` (up to the matching #else, #elif or #endif) is skipped.
//
// A call site is `name (` (optionally qualified, `a::b(`, or a member, `x.f(` / `p->f(`) that is
// not a declaration. The syntax tree decides where it has the name: a declared name (function
// prototype or definition, variable, parameter) is never a call, a name the tree calls always is.
// Elsewhere the tokens decide: a name after a type keyword or another name (`int f(`,
// `std::string s(`) declares, `Type *f(` declares at file scope or at the start of a statement,
// and at file or class scope outside initializers (`= ...`) nothing is a call.
#ifndef PACKAUDIT_PARSE_C_TOKEN_SCAN_H_
#define PACKAUDIT_PARSE_C_TOKEN_SCAN_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "parse/c_facts.h"

namespace packaudit {

struct CToken {
  enum class Kind { kPunctuation, kKeyword, kIdentifier, kLiteral, kComment };
  Kind kind = Kind::kPunctuation;
  size_t begin = 0;  // byte range in the text
  size_t end = 0;
};

// Offsets of names, from the syntax tree; each sorted ascending.
struct CAstHints {
  std::vector<size_t> declarations;  // where a declared name is spelled
  std::vector<size_t> calls;         // where the callee name of a call is spelled
};

// Appends the calls and string literals of `tokens` (in source order, over `text`) to `facts`.
void CollectCFacts(std::string_view text, const std::vector<CToken>& tokens, const CAstHints& hints,
                   CFacts& facts);

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_C_TOKEN_SCAN_H_
