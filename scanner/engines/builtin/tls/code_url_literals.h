// Cleartext URL literals in code (TLS001 for http://, TLS009 for ws://, ftp://, telnet://): the
// string literals of a code unit whose value starts with one of the given schemes and that name
// a connection target. Not reported: Python docstrings and bare string statements, comments
// (never literals), loopback and documentation hosts (core/url.h), XML-namespace and schema
// URIs (by host, or by a sink named like a namespace or schema), dictionary keys, proxy maps
// ({"http": ...}), values that are only compared or searched for (==, in, startswith, replace's
// first argument), "<placeholder>" hosts, and a bare "scheme://" that is not the left operand
// of a string concatenation.
//
// Pure function of the unit; thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_TLS_CODE_URL_LITERALS_H_
#define PACKAUDIT_ENGINES_BUILTIN_TLS_CODE_URL_LITERALS_H_

#include <tree_sitter/api.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "engines/file_unit.h"

namespace packaudit::code_facts {

struct UrlLiteral {
  TSNode node;         // the string literal
  std::string scheme;  // lower case: "http", "ws", ...
  std::string shown;   // "http://host" or "http://<run-time host>" (no user info, path or query)
  std::string match;   // stable text for the fingerprint: scheme, host and path
};

// The literals of `unit` that start with "<scheme>:" for one of `schemes` (lower case) and
// pass the exemptions above, in source order.
std::vector<UrlLiteral> FindCleartextUrlLiterals(const FileUnit& unit,
                                                 std::initializer_list<std::string_view> schemes);

}  // namespace packaudit::code_facts

#endif  // PACKAUDIT_ENGINES_BUILTIN_TLS_CODE_URL_LITERALS_H_
