// CODE010: work done outside main(). Reports, per Python code unit:
//   - each demisto.params() / demisto.args() call with no enclosing `def main` (as xsoar-lint
//     W9016/W9017 decide: any enclosing function named main counts);
//   - when the unit has no module-level main(): the first module-level statement that executes
//     code. Not executable: imports, function and class definitions, docstrings and other bare
//     strings, pass, assignments and annotations whose value calls nothing (constants; a call
//     inside a lambda does not run), a bare `main()` call, and if/try blocks made only of those
//     (which covers the `if __name__ in (...)` guard and optional-import blocks).
#include <cstring>
#include <string>

#include "engines/builtin/code/checks_tree.h"
#include "engines/builtin/code/tree_walk.h"

namespace packaudit {
namespace {

using tree_checks::NamedChildren;
using tree_checks::TypeIs;

// Whether evaluating `node` runs code: a call, await or yield outside any lambda.
bool RunsCode(TSNode node) {
  bool runs = false;
  tree_checks::Walk(node, [&](TSNode n) {
    if (runs || TypeIs(n, "lambda")) return false;
    if (TypeIs(n, "call") || TypeIs(n, "await") || TypeIs(n, "yield")) {
      runs = true;
      return false;
    }
    return true;
  });
  return runs;
}

constexpr int kMaxDepth = 32;  // nested blocks deeper than this count as executable

bool IsInert(const FileUnit& unit, TSNode statement, int depth);

bool BlockIsInert(const FileUnit& unit, TSNode block, int depth) {
  if (ts_node_is_null(block)) return true;
  for (TSNode statement : NamedChildren(block)) {
    if (!IsInert(unit, statement, depth + 1)) return false;
  }
  return true;
}

bool ExpressionIsInert(const FileUnit& unit, TSNode expression) {
  const char* type = ts_node_type(expression);
  if (std::strcmp(type, "string") == 0 || std::strcmp(type, "concatenated_string") == 0) {
    return true;
  }
  if (tree_checks::IsNameCall(unit, expression, "main")) {
    const TSNode arguments = ts_node_child_by_field_name(expression, "arguments", 9);
    return ts_node_is_null(arguments) || ts_node_named_child_count(arguments) == 0;
  }
  if (std::strcmp(type, "assignment") == 0) {
    const TSNode right = ts_node_child_by_field_name(expression, "right", 5);
    return ts_node_is_null(right) || !RunsCode(right);
  }
  return false;
}

bool IsInert(const FileUnit& unit, TSNode statement, int depth) {
  if (depth > kMaxDepth) return false;
  const char* type = ts_node_type(statement);
  for (const char* inert : {"import_statement", "import_from_statement", "future_import_statement",
                            "function_definition", "class_definition", "decorated_definition",
                            "pass_statement", "type_alias_statement", "global_statement"}) {
    if (std::strcmp(type, inert) == 0) return true;
  }
  if (std::strcmp(type, "expression_statement") == 0) {
    for (TSNode expression : NamedChildren(statement)) {
      if (!ExpressionIsInert(unit, expression)) return false;
    }
    return true;
  }
  if (std::strcmp(type, "if_statement") == 0 || std::strcmp(type, "elif_clause") == 0) {
    const TSNode condition = ts_node_child_by_field_name(statement, "condition", 9);
    if (!ts_node_is_null(condition) && RunsCode(condition)) return false;
    for (TSNode part : NamedChildren(statement)) {
      if (TypeIs(part, "block") && !BlockIsInert(unit, part, depth)) return false;
      if ((TypeIs(part, "elif_clause")) && !IsInert(unit, part, depth + 1)) return false;
      if (TypeIs(part, "else_clause") &&
          !BlockIsInert(unit, ts_node_child_by_field_name(part, "body", 4), depth)) {
        return false;
      }
    }
    return true;
  }
  if (std::strcmp(type, "try_statement") == 0) {
    for (TSNode part : NamedChildren(statement)) {
      if (TypeIs(part, "block")) {
        if (!BlockIsInert(unit, part, depth)) return false;
        continue;
      }
      for (TSNode inner : NamedChildren(part)) {
        if (TypeIs(inner, "block") && !BlockIsInert(unit, inner, depth)) return false;
      }
    }
    return true;
  }
  return false;
}

}  // namespace

void CheckCodeOutsideMain(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || tree_checks::IsVendoredRuntimeFile(unit)) return;
  // demisto.params() / demisto.args() with no enclosing main.
  struct Frame {
    TSNode node;
    bool in_main;
  };
  std::vector<Frame> stack = {{unit.tree->root(), false}};
  while (!stack.empty()) {
    const Frame frame = stack.back();
    stack.pop_back();
    bool in_main = frame.in_main;
    if (TypeIs(frame.node, "function_definition") &&
        tree_checks::FunctionName(unit, frame.node) == "main") {
      in_main = true;
    }
    if (!in_main) {
      for (const char* method : {"params", "args"}) {
        if (!tree_checks::IsMethodCall(unit, frame.node, "demisto", method)) continue;
        const std::string call = std::string("demisto.") + method + "()";
        tree_checks::EmitAt(
            rule, unit, frame.node,
            MessageArgs{{"problem", call + " is called outside main(); read it once in main() "
                                           "and pass the values to the functions that need them"}},
            call, emitter);
      }
    }
    for (uint32_t i = ts_node_named_child_count(frame.node); i > 0; --i) {
      stack.push_back({ts_node_named_child(frame.node, i - 1), in_main});
    }
  }
  // Module-level executable code in a unit without main().
  if (!ts_node_is_null(tree_checks::TopLevelFunction(unit, "main")) ||
      tree_checks::IsApiModule(unit)) {
    return;
  }
  for (TSNode statement : NamedChildren(unit.tree->root())) {
    if (IsInert(unit, statement, 0)) continue;
    tree_checks::EmitAt(rule, unit, statement,
                        MessageArgs{{"problem",
                                     "code runs at module level and there is no main(); move it "
                                     "into main() and call main() from the entry-point guard"}},
                        "module-level code", emitter);
    return;
  }
}

}  // namespace packaudit
