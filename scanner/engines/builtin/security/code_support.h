// Helpers shared by the security code checks (code_*.cc): Python import resolution (so that
// `import xml.etree.ElementTree as ET` makes `ET.fromstring` known by its full name), call
// shapes (callee, positional and keyword arguments), constant-value tests, string literal bodies
// and enclosing scopes, for Python, JavaScript and PowerShell trees.
// Stateless free functions and small value types; everything borrows from the FileUnit, which
// must outlive the results. Thread-safe (no shared state).
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_CODE_SUPPORT_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_CODE_SUPPORT_H_

#include <tree_sitter/api.h>

#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text.h"
#include "engines/builtin/code/tree_walk.h"
#include "engines/file_unit.h"

namespace packaudit::sec_code {

using tree_checks::NamedChildren;
using tree_checks::Text;
using tree_checks::TypeIs;
using tree_checks::Walk;

// The child of `node` in field `name`, or a null node.
TSNode Field(TSNode node, const char* name);

// ASCII lower case.
using ::packaudit::Lower;

// ---- Python ----------------------------------------------------------------------------------

// The names a Python unit binds by import: local name -> dotted origin ("ET" ->
// "xml.etree.ElementTree", "FTP" -> "ftplib.FTP", "os" -> "os"), and the modules imported with
// `from m import *`.
struct PyImports {
  std::map<std::string, std::string, std::less<>> names;
  std::vector<std::string> star_modules;
};
PyImports CollectPyImports(const FileUnit& unit);

// "a.b.c" for an identifier or an attribute chain of identifiers, else "".
std::string DottedName(const FileUnit& unit, TSNode expression);

// The dotted name of `expression` with its first part replaced by the import it stands for
// ("ET.fromstring" -> "xml.etree.ElementTree.fromstring"), or "" when it is not a dotted name.
std::string QualifiedName(const FileUnit& unit, const PyImports& imports, TSNode expression);

// Whether the callee of Python `call` is one of `names` (full dotted names); a bare name also
// matches `m.<name>` when `from m import *` is in the unit.
bool PyCalleeIn(const FileUnit& unit, const PyImports& imports, TSNode call,
                std::initializer_list<std::string_view> names);
// The full callee name of Python `call` ("" when it is not a dotted name).
std::string PyCallee(const FileUnit& unit, const PyImports& imports, TSNode call);

// Positional arguments of a Python call (no keyword arguments, no splats).
std::vector<TSNode> PyPositionalArgs(TSNode call);
// The value of keyword argument `name` of a Python call, or a null node.
TSNode PyKeywordArg(const FileUnit& unit, TSNode call, std::string_view name);
// Whether the call has a *args or **kwargs splat (which may carry anything).
bool PyHasSplat(TSNode call);

// Whether a Python expression is a constant: a string without interpolation, a number, a
// boolean, None, or a list/tuple/set of constants (parentheses allowed).
bool PyIsConstant(TSNode node);

// Start bytes of the Python strings that are statements on their own (docstrings, bare
// strings), including the parts of an implicit concatenation. One walk over the unit.
std::set<uint32_t> BareStringStarts(const FileUnit& unit);

// ---- JavaScript ------------------------------------------------------------------------------

// Whether a JavaScript expression is a constant: a string or template without substitution, a
// number, a boolean, null, or an array of constants.
bool JsIsConstant(TSNode node);

// Arguments of a JavaScript call or new expression.
std::vector<TSNode> JsArgs(TSNode call);

// ---- PowerShell ------------------------------------------------------------------------------

// Descends through single-child wrapper nodes (array_literal_expression, unary_expression, the
// chain of *_expression levels) to the node that carries the value.
TSNode PsUnwrap(TSNode node);

// Whether a PowerShell value holds no variable, sub-expression, member access, call or command
// (a plain literal or bare word).
bool PsIsConstant(TSNode node);

// Lower-cased command name of a PowerShell `command` node ("" for `& $x` forms).
std::string PsCommandName(const FileUnit& unit, TSNode command);

// Elements of a PowerShell command, without the argument separators.
std::vector<TSNode> PsCommandElements(TSNode command);

// ---- Shared ----------------------------------------------------------------------------------

// The body of a string literal (Python, JavaScript, PowerShell), without quotes and prefixes;
// escapes are kept as written. Empty for other nodes.
std::string_view StringBody(const FileUnit& unit, TSNode string_node);

// Whether `node` is a string literal node of the unit's language.
bool IsStringNode(const FileUnit& unit, TSNode node);

// The functions (def, lambda, JS functions and methods, PowerShell functions) of a unit by byte
// range, to find the innermost one around a node without walking up the tree (tree-sitter's
// parent lookup is linear in the number of siblings, so it is avoided in per-node paths).
class ScopeIndex {
 public:
  static constexpr uint32_t kModule = 0xffffffffu;
  explicit ScopeIndex(const FileUnit& unit);
  // Start byte of the innermost function around `node`, or kModule at module level.
  uint32_t ScopeOf(TSNode node) const;

 private:
  std::vector<std::pair<uint32_t, uint32_t>> ranges_;  // sorted by start byte
};

}  // namespace packaudit::sec_code

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_CODE_SUPPORT_H_
