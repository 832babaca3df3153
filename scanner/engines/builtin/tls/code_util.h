// Helpers shared by the TLS and cryptography code checks (tls/code_*.cc, security/crypto_*.cc):
// node shapes across the Python, JavaScript and PowerShell grammars (wrapper nodes, call names,
// keyword arguments, literal values), the words of identifiers, the "sink" a value flows into
// (the name it is assigned to, the keyword it is passed as, the function returning it) and
// whether a node sits under a condition that names a TLS setting.
//
// Stateless free functions plus one per-unit index (StringLiterals); everything borrows from the
// FileUnit, which must outlive the results. Thread-safe (no shared state).
#ifndef PACKAUDIT_ENGINES_BUILTIN_TLS_CODE_UTIL_H_
#define PACKAUDIT_ENGINES_BUILTIN_TLS_CODE_UTIL_H_

#include <tree_sitter/api.h>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "engines/builtin/code/tree_walk.h"
#include "engines/file_unit.h"
#include "parse/code_strings.h"

namespace packaudit::code_facts {

using tree_checks::NamedChildren;
using tree_checks::Text;
using tree_checks::TypeIs;

// The language of the unit's tree.
Language LanguageOf(const FileUnit& unit);

// ASCII lower case.
using ::packaudit::Lower;
// Whether `value` equals one of `list` (case-sensitive).
bool OneOf(std::string_view value, std::initializer_list<std::string_view> list);
// Whether `value` equals one of `list`, ignoring ASCII case.
bool OneOfIgnoreCase(std::string_view value, std::initializer_list<std::string_view> list);

// The lower-case words of an identifier or expression text: split at non-alphanumerics, at
// lower-to-upper case changes and before an upper-case letter followed by lower case
// ("getAPIKey_v2" -> get, api, key, v2).
std::vector<std::string> Words(std::string_view text);
// Whether `words` holds one of `list`.
bool HasWord(const std::vector<std::string>& words, std::initializer_list<std::string_view> list);
// Whether `words` holds `first` directly followed by `second`.
bool HasWordPair(const std::vector<std::string>& words, std::string_view first,
                 std::string_view second);

// Descends through nodes that only wrap one expression (parentheses, PowerShell's pipeline /
// logical / additive / unary chains, JavaScript's parenthesized_expression).
TSNode Unwrap(TSNode node);
// The parent of `node`, skipping the wrapper nodes Unwrap() descends through.
TSNode Parent(TSNode node);

// The callee of a call node (Python call, JavaScript call_expression / new_expression), else
// a null node.
TSNode CallFunction(TSNode call);
// The argument list node of a call (Python argument_list, JavaScript arguments), else null.
TSNode CallArguments(TSNode call);
// Positional arguments of a call (no keyword arguments, no splats).
std::vector<TSNode> PositionalArguments(TSNode call);
// The value of keyword argument `name` of a Python call, else a null node.
TSNode KeywordArgument(const FileUnit& unit, TSNode call, std::string_view name);
// The last dotted part of a callee text ("requests.Session().get" -> "get").
std::string_view LastPart(std::string_view dotted);

// The Python False / JavaScript false / PowerShell $false literal (and Python/JS 0).
bool IsFalseLiteral(const FileUnit& unit, TSNode node);
// The Python True / JavaScript true / PowerShell $true literal.
bool IsTrueLiteral(const FileUnit& unit, TSNode node);
// An integer literal's value (decimal), else nullopt.
std::optional<long> IntegerValue(const FileUnit& unit, TSNode node);

// The string literals of a unit, by node. Values come from parse/code_strings.h.
class StringLiterals {
 public:
  explicit StringLiterals(const FileUnit& unit);
  // The literal `node` (after Unwrap) is, or nullptr: a Python string (not a concatenation),
  // a JavaScript string or template string, a PowerShell string literal.
  const CodeString* Of(TSNode node) const;
  // Every literal, in source order (the parse layer's, see FileUnit::strings).
  const std::vector<CodeString>& all() const { return strings_; }
  // The smallest node covering literal `literal`.
  TSNode NodeOf(const CodeString& literal) const;

 private:
  TSNode root_;
  const std::vector<CodeString>& strings_;
  std::map<size_t, size_t> by_begin_;  // begin offset -> index in strings_
};

// Whether a Python string node is documentation: a string (or implicit concatenation) that is a
// whole expression statement (module, class and function docstrings, bare string statements).
bool IsDocString(TSNode string_node);

// Where a value ends up: walks up from `node` through calls it is an argument of, operators,
// method chains, generators and collection literals, and returns the text naming the sink:
// the assignment target, keyword or property name, or the name of the function that returns
// it. "" when none is found before a statement boundary.
std::string SinkName(const FileUnit& unit, TSNode node);
// The name of the function or method that contains `node`, or "".
std::string EnclosingFunctionName(const FileUnit& unit, TSNode node);

// Whether `node` runs only under a condition (if / elif / ternary / conditional expression)
// whose condition text names a TLS setting (insecure, unsecure, verify, trust, ssl, cert,
// validate, skip): the value is then chosen by that setting, not hard-coded.
bool UnderTlsSettingCondition(const FileUnit& unit, TSNode node);

// The names of PowerShell type literals and type arguments ("[System.Net.X]" -> "X";
// "New-Object System.X.Y" -> "Y").
std::string_view LastTypePart(std::string_view type_text);

}  // namespace packaudit::code_facts

#endif  // PACKAUDIT_ENGINES_BUILTIN_TLS_CODE_UTIL_H_
