// Internal to parse/: runs tree-sitter on one buffer with this thread's parser for a grammar,
// under a time budget, so a pathological input cannot stall a scan. Thread-safe: each thread
// keeps its own TSParser per grammar (created on first use, freed when the thread exits).
#ifndef PACKAUDIT_PARSE_TREE_SITTER_PARSE_H_
#define PACKAUDIT_PARSE_TREE_SITTER_PARSE_H_

#include <tree_sitter/api.h>

#include <string_view>

namespace packaudit {

// Longest a single parse may run, and the largest buffer that is parsed at all.
inline constexpr int kTreeSitterBudgetMillis = 5000;
inline constexpr size_t kTreeSitterMaxBytes = 64 * 1024 * 1024;

// The caller owns the returned tree (ts_tree_delete). nullptr when `text` is too large, the
// grammar is not accepted by the runtime, or the budget ran out.
TSTree* ParseWithBudget(const TSLanguage* language, std::string_view text);

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_TREE_SITTER_PARSE_H_
