// QueryEngine: runs the tree-sitter queries of query rules over code trees and evaluates the
// text predicates the C runtime leaves to its client (#eq?, #match?, #any-of?, #literal?, and
// their negations); runs the [[clang]] tables of the same rules over the facts of C and C++
// files (engines/clang_matcher.h). Built once per scan; Scan() is const and thread-safe (a cursor
// per call).
#ifndef PACKAUDIT_ENGINES_QUERY_ENGINE_H_
#define PACKAUDIT_ENGINES_QUERY_ENGINE_H_

#include <memory>
#include <vector>

#include "core/status.h"
#include "engines/clang_matcher.h"
#include "engines/emitter.h"
#include "engines/file_unit.h"
#include "rules/compiled_query.h"

namespace packaudit {

class QueryEngine {
 public:
  // `rules` must outlive the engine; non-query rules are ignored.
  static StatusOr<std::unique_ptr<QueryEngine>> Build(const std::vector<const RuleSpec*>& rules);

  void Scan(const FileUnit& unit, Emitter& emitter) const;

 private:
  struct Entry {
    const RuleSpec* rule = nullptr;
    CompiledQuery query;
  };
  std::vector<Entry> entries_;
  // The [[clang]] tables, grouped by rule (a place is reported once per rule).
  std::vector<std::vector<ClangMatcher>> clang_rules_;

  void ScanClang(const FileUnit& unit, Emitter& emitter) const;
};

// Whether `node` is a constant literal of `language` (a string without interpolation, a number,
// a boolean or null), as #literal? decides.
bool IsLiteralNode(TSNode node, Language language);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_QUERY_ENGINE_H_
