// Helpers shared by the tree-walking code checks (tree_*.cc): iterative traversal of a code
// tree, node text, Python call shapes, file-name facts and emitting a finding at a node.
// Stateless free functions; everything borrows from the FileUnit, which must outlive the
// results. Thread-safe (no shared state).
#ifndef PACKAUDIT_ENGINES_BUILTIN_CODE_TREE_WALK_H_
#define PACKAUDIT_ENGINES_BUILTIN_CODE_TREE_WALK_H_

#include <tree_sitter/api.h>

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "engines/emitter.h"
#include "engines/file_unit.h"

namespace packaudit::tree_checks {

// Whether `node` has the grammar type `type` ("call", "function_definition", ...).
inline bool TypeIs(TSNode node, const char* type) {
  return std::strcmp(ts_node_type(node), type) == 0;
}

// Source text of `node` in the unit's code.
std::string_view Text(const FileUnit& unit, TSNode node);

// Named children of `node`, without comments.
std::vector<TSNode> NamedChildren(TSNode node);

// The first statement of the unit's code (the first named, non-comment node below the root,
// looking through PowerShell's top-level statement_list), or a null node for empty code.
TSNode FirstStatement(TSNode root);

// Visits `root` and its descendants in document order without recursion. `visit(node)`
// returns whether to descend into the node's children.
template <typename Visit>
void Walk(TSNode root, Visit visit) {
  std::vector<TSNode> stack = {root};
  while (!stack.empty()) {
    const TSNode node = stack.back();
    stack.pop_back();
    if (!visit(node)) continue;
    for (uint32_t i = ts_node_named_child_count(node); i > 0; --i) {
      stack.push_back(ts_node_named_child(node, i - 1));
    }
  }
}

// Python: whether `call` is a call of `object.method(...)` with `object` a plain name.
bool IsMethodCall(const FileUnit& unit, TSNode call, std::string_view object,
                  std::string_view method);
// Python: whether `call` is a call of the plain name `name(...)`.
bool IsNameCall(const FileUnit& unit, TSNode call, std::string_view name);
// Python: the top-level (module-level, possibly decorated) `def <name>`, or a null node.
TSNode TopLevelFunction(const FileUnit& unit, std::string_view name);
// Python: whether `import_from` imports from a shared API module (`from XApiModule import *`).
bool ImportsApiModule(const FileUnit& unit, TSNode import_from);
// Python: the name of a function_definition.
std::string_view FunctionName(const FileUnit& unit, TSNode function);

// The file name part of a display path.
std::string_view BaseName(std::string_view path);
// Whether the unit is a separate file named like one the platform provides at run time
// (CommonServerPython.py, demistomock.py, CommonServerPowerShell.ps1, ...). Code embedded in
// a YAML never is.
bool IsVendoredRuntimeFile(const FileUnit& unit);
// Whether the unit is a shared API module (<Name>ApiModule.py): a library without entry point.
bool IsApiModule(const FileUnit& unit);
// Whether the unit's file sits in a script item (Scripts/<Name>/ or directly in Scripts/), the
// same folder roles the classifier uses. Loose files and integrations are not scripts.
bool InScriptItem(const FileUnit& unit);

// Emits a finding of `rule` over `node`, mapped to the real file.
void EmitAt(const RuleSpec& rule, const FileUnit& unit, TSNode node, const MessageArgs& args,
            std::string match_text, Emitter& emitter);

}  // namespace packaudit::tree_checks

#endif  // PACKAUDIT_ENGINES_BUILTIN_CODE_TREE_WALK_H_
