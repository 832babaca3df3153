// CodeTree: a tree-sitter parse tree of Python, JavaScript or PowerShell source.
//
// Owns the TSTree; move-only; the text it was parsed from must outlive it (the tree points into
// it). Parsing uses one TSParser per thread, so Parse() is safe to call concurrently. A tree with
// syntax errors is still returned (tree-sitter recovers); has_error() tells.
#ifndef PACKAUDIT_PARSE_CODE_TREE_H_
#define PACKAUDIT_PARSE_CODE_TREE_H_

#include <tree_sitter/api.h>

#include <memory>
#include <optional>
#include <string_view>

#include "core/file_kind.h"

namespace packaudit {

// The tree-sitter grammar of a tree-sitter language (Python, JavaScript, PowerShell), else null.
const TSLanguage* TreeSitterLanguage(Language language);

class CodeTree {
 public:
  // nullptr when the language has no tree-sitter grammar or the parser gave up (timeout).
  static std::unique_ptr<CodeTree> Parse(Language language, std::string_view text);
  ~CodeTree();
  CodeTree(const CodeTree&) = delete;
  CodeTree& operator=(const CodeTree&) = delete;

  Language language() const { return language_; }
  std::string_view text() const { return text_; }
  TSNode root() const;
  bool has_error() const;
  // Byte offset of the first ERROR or MISSING node, when has_error().
  std::optional<size_t> FirstErrorOffset() const;
  // Source text of a node.
  std::string_view NodeText(TSNode node) const;

 private:
  CodeTree(Language language, std::string_view text, TSTree* tree)
      : language_(language), text_(text), tree_(tree) {}
  Language language_;
  std::string_view text_;
  TSTree* tree_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_CODE_TREE_H_
