// The shared walker of the privacy/logs checks (PRIV006, PRIV007, PRIV010, and the binding
// lookups of PRIV008/PRIV009): finds the sinks of a code unit (log calls, War Room outputs) and,
// for each value that reaches a sink, the parts of it that are named like a secret or personal
// data.
//
// A "part" is an identifier, attribute (`self._api_key`), subscript (`params['password']`),
// `.get('key')` lookup or whole-dict call (`demisto.params()`) that the value passes on whole:
// the walker descends through string interpolation (f-strings, template literals, PowerShell
// "$var"), concatenation and `%`, `.format(...)`, `-f`, `str()`/`json.dumps()`/`JSON.stringify`,
// conditional values and container literals, and stops at any other call (`len(x)`, `mask(x)`),
// at comparisons and boolean tests (`x is None`, `not x`) and at slices (`token[:4]`). A string
// literal is never a part: "token expired" names nothing.
//
// UnitFacts is built once per unit and borrows the unit (which must outlive it). Stateless
// across units; thread-safe as long as each thread builds its own UnitFacts.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_LOGS_WALK_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_LOGS_WALK_H_

#include <tree_sitter/api.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engines/builtin/privacy/logs_names.h"
#include "engines/file_unit.h"

namespace packaudit::privacy_logs {

enum class SinkKind {
  kLog,      // demisto.debug/info/error, LOG, print, logging.*, console.*, log*, Write-Host, ...
  kWarRoom,  // tableToMarkdown, CommandResults(outputs/readable_output/raw_response), results
};

struct Sink {
  TSNode node;  // the call, command, object pair or assignment
  SinkKind kind;
  std::string name;  // for messages: "demisto.debug(...)", "Write-Host", "CommandResults(outputs=)"
  std::vector<TSNode> values;  // the expressions whose values reach the sink
};

enum class PartKind {
  kSecret,       // named like a password, token, key, secret, authorization, credentials
  kHeaders,      // a header set that may hold Authorization (not provably auth-free)
  kWholeParams,  // the whole integration parameters (credentials included)
  kPii,          // named like an e-mail address, user name, user or IP address
  kRawPayload,   // a whole API response (`response.text`, `res.json()`, `raw_response`)
  kRecord,       // a whole incident, event or alert
  kWholeArgs,    // the whole command arguments
};

struct TaintedPart {
  TSNode node;
  PartKind kind;
  std::string name;     // what the message shows: the name, never a value
  bool masked = false;  // passed to add_sensitive_log_strs / add_replace_strs (Python)
  std::string via;      // the neutrally named variable that was followed to reach the part
};

// One `target = value` (or a for-loop target bound to the items of `value`).
struct Binding {
  std::string target;  // source text of the target (`headers`, `self._headers`, `$token`)
  TSNode value;
  TSNode scope;  // enclosing function, or a null node at module level
  bool loop = false;
  TSNode target_node{};  // the target as written
};

class UnitFacts {
 public:
  explicit UnitFacts(const FileUnit& unit);

  const FileUnit& unit() const { return unit_; }
  Language language() const { return language_; }
  const std::vector<Sink>& sinks() const { return sinks_; }
  const std::vector<Binding>& bindings() const { return bindings_; }

  // The tainted parts of the values that reach `sink`, in source order.
  std::vector<TaintedPart> PartsOf(const Sink& sink) const;
  // The tainted parts of one expression.
  std::vector<TaintedPart> PartsOfValue(TSNode value) const;

  // The bindings of `target` visible at `at`: those of the enclosing function when it has any,
  // else those of every scope. `parameter` tells whether the enclosing function declares
  // `target` as a parameter.
  std::vector<const Binding*> BindingsOf(std::string_view target, TSNode at,
                                         bool* parameter = nullptr) const;

  std::string_view Text(TSNode node) const;
  // `node` without parentheses and PowerShell's single-child expression wrappers.
  TSNode Unwrap(TSNode node) const;
  // The value of a string literal without prefix, quotes and interpolation, when `node` is one.
  std::optional<std::string> StringValue(TSNode node) const;
  // The enclosing function of `node` (null node at module level).
  TSNode ScopeOf(TSNode node) const;

 private:
  void Collect();
  void CollectPython(TSNode node);
  void CollectJavaScript(TSNode node);
  void CollectPowerShell(TSNode node);
  void Walk(TSNode node, std::vector<TaintedPart>& parts, int depth) const;
  void WalkPython(TSNode node, std::vector<TaintedPart>& parts, int depth) const;
  void WalkJavaScript(TSNode node, std::vector<TaintedPart>& parts, int depth) const;
  void WalkPowerShell(TSNode node, std::vector<TaintedPart>& parts, int depth) const;
  // Adds the part named `name` at `node` when the name classifies as sensitive.
  void AddNamed(TSNode node, std::string_view name, std::vector<TaintedPart>& parts) const;
  // Adds the part for an identifier / variable, resolving whole-params and whole-args bindings.
  void AddVariable(TSNode node, std::vector<TaintedPart>& parts, int depth) const;
  bool IsParamsCall(TSNode value) const;
  bool IsArgsCall(TSNode value) const;
  bool HeadersAreAuthFree(std::string_view target) const;
  // Whether `value` is a dict / object / hash literal with plain header names and no sensitive
  // values.
  bool DictIsAuthFree(TSNode value) const;
  bool IsMasked(TSNode node, std::string_view name) const;
  // Whether the function `scope` declares the parameter `name` with a default value.
  bool HasDefaultedParameter(std::string_view name, TSNode scope) const;
  // Whether every sensitive value assigned into the header set `target` is masked.
  bool HeadersAreMasked(std::string_view target) const;
  // Whether every binding is a literal (or a loop over a literal collection of literals).
  bool BoundToLiterals(const std::vector<const Binding*>& bindings) const;

  const FileUnit& unit_;
  Language language_;
  std::vector<Sink> sinks_;
  std::vector<Binding> bindings_;
  std::vector<std::pair<TSNode, std::string>> parameters_;  // (scope, name) of declared params
  std::vector<std::pair<TSNode, std::string>> defaulted_;   // ... of those with a default value
  std::vector<std::string> masked_texts_;                   // add_sensitive_log_strs arguments
  std::vector<std::string> masked_names_;
  std::vector<std::string> updated_targets_;  // receivers of `.update(...)`
  // Nesting of the header-set questions, which walk header values and may meet the same header
  // set again (`headers = {"X": headers}`); bounded to keep the walk finite.
  mutable int header_nesting_ = 0;
};

}  // namespace packaudit::privacy_logs

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_LOGS_WALK_H_
