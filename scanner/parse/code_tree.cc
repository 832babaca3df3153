#include "parse/code_tree.h"

#include <algorithm>

#include "parse/tree_sitter_parse.h"

extern "C" const TSLanguage* tree_sitter_python(void);
extern "C" const TSLanguage* tree_sitter_javascript(void);
extern "C" const TSLanguage* tree_sitter_powershell(void);

namespace packaudit {

const TSLanguage* TreeSitterLanguage(Language language) {
  switch (language) {
    case Language::kPython:
      return tree_sitter_python();
    case Language::kJavaScript:
      return tree_sitter_javascript();
    case Language::kPowerShell:
      return tree_sitter_powershell();
    case Language::kC:
    case Language::kCpp:
      return nullptr;
  }
  return nullptr;
}

std::unique_ptr<CodeTree> CodeTree::Parse(Language language, std::string_view text) {
  TSTree* tree = ParseWithBudget(TreeSitterLanguage(language), text);
  if (tree == nullptr) return nullptr;
  return std::unique_ptr<CodeTree>(new CodeTree(language, text, tree));
}

CodeTree::~CodeTree() { ts_tree_delete(tree_); }

TSNode CodeTree::root() const { return ts_tree_root_node(tree_); }

bool CodeTree::has_error() const { return ts_node_has_error(root()); }

std::optional<size_t> CodeTree::FirstErrorOffset() const {
  if (!has_error()) return std::nullopt;
  // Pre-order walk that only enters subtrees holding an error.
  TSTreeCursor cursor = ts_tree_cursor_new(root());
  std::optional<size_t> found;
  while (!found) {
    const TSNode node = ts_tree_cursor_current_node(&cursor);
    if (ts_node_is_error(node) || ts_node_is_missing(node)) {
      found = ts_node_start_byte(node);
      break;
    }
    if (ts_node_has_error(node) && ts_tree_cursor_goto_first_child(&cursor)) continue;
    // Next sibling, else climb until one has a next sibling.
    bool moved = false;
    while (!moved) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        moved = true;
      } else if (!ts_tree_cursor_goto_parent(&cursor)) {
        break;
      }
    }
    if (!moved) break;
  }
  ts_tree_cursor_delete(&cursor);
  // has_error() without a located node should not happen; report the start then.
  return found.value_or(0);
}

std::string_view CodeTree::NodeText(TSNode node) const {
  const size_t start = std::min<size_t>(ts_node_start_byte(node), text_.size());
  const size_t end = std::clamp<size_t>(ts_node_end_byte(node), start, text_.size());
  return text_.substr(start, end - start);
}

}  // namespace packaudit
