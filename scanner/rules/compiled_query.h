// CompiledQuery: a rule's tree-sitter query compiled against its grammar, with the text
// predicates parsed (the C runtime returns them unevaluated; the query engine evaluates them).
//
// Supported predicates: #eq? / #not-eq? (capture vs string or capture), #match? / #not-match?
// (RE2), #any-of? / #not-any-of? (strings), #literal? / #not-literal? (capture is / is not a
// constant literal of its language). Immutable after compilation; the TSQuery may be shared by
// any number of threads (each with its own TSQueryCursor).
#ifndef PACKAUDIT_RULES_COMPILED_QUERY_H_
#define PACKAUDIT_RULES_COMPILED_QUERY_H_

#include <re2/re2.h>
#include <tree_sitter/api.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/file_kind.h"
#include "core/status.h"
#include "rules/rule_spec.h"

namespace packaudit {

struct TextPredicate {
  enum class Op { kEq, kNotEq, kMatch, kNotMatch, kAnyOf, kNotAnyOf, kLiteral, kNotLiteral };
  Op op = Op::kEq;
  uint32_t capture = 0;
  int other_capture = -1;            // #eq? @a @b: the second capture; -1 when comparing to values
  std::vector<std::string> values;   // strings to compare with
  std::shared_ptr<const RE2> regex;  // #match? / #not-match?
};

struct CompiledQuery {
  Language language = Language::kPython;
  std::shared_ptr<TSQuery> query;
  std::vector<std::vector<TextPredicate>> predicates;  // per pattern index
  uint32_t region_capture = 0;                          // capture whose node marks the finding
  std::vector<std::string> capture_names;               // by capture index
};

// Compiles `spec`. Errors name the problem and the line within the query text (1-based), e.g.
// "query line 3: syntax error near 'foo'"; the loader prefixes file and field.
StatusOr<CompiledQuery> CompileQuery(const QuerySpec& spec);

}  // namespace packaudit

#endif  // PACKAUDIT_RULES_COMPILED_QUERY_H_
