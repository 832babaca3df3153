// CODE008: the Python entry-point convention. Reports, per code unit:
//   - no module-level `def main` (at the first statement; API modules and vendored runtime files
//     are libraries and are skipped);
//   - a main() whose body has no try statement with an except clause among its own statements
//     (at main's name), as xsoar-lint W9010 checks main's direct children;
//   - each return_error(...) call outside main() and each call in main() after the first (at the
//     call).
#include <cstring>
#include <string>

#include "engines/builtin/code/checks_tree.h"
#include "engines/builtin/code/tree_walk.h"

namespace packaudit {
namespace {

using tree_checks::EmitAt;
using tree_checks::NamedChildren;
using tree_checks::TypeIs;

// A try statement with at least one except (or except*) clause.
bool IsTryExcept(TSNode node) {
  if (!TypeIs(node, "try_statement")) return false;
  for (TSNode child : NamedChildren(node)) {
    if (TypeIs(child, "except_clause") || TypeIs(child, "except_group_clause")) return true;
  }
  return false;
}

bool BodyHasTryExcept(TSNode main) {
  const TSNode body = ts_node_child_by_field_name(main, "body", 4);
  if (ts_node_is_null(body)) return false;
  for (TSNode statement : NamedChildren(body)) {
    if (IsTryExcept(statement)) return true;
  }
  return false;
}

void Report(const RuleSpec& rule, const FileUnit& unit, TSNode node, const char* problem,
            std::string match_text, Emitter& emitter) {
  EmitAt(rule, unit, node, MessageArgs{{"problem", problem}}, std::move(match_text), emitter);
}

void CheckReturnErrorCalls(const RuleSpec& rule, const FileUnit& unit, TSNode main,
                           Emitter& emitter) {
  const uint32_t main_begin = ts_node_is_null(main) ? 0 : ts_node_start_byte(main);
  const uint32_t main_end = ts_node_is_null(main) ? 0 : ts_node_end_byte(main);
  int calls_in_main = 0;
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    if (!tree_checks::IsNameCall(unit, node, "return_error")) return true;
    const TSNode function = ts_node_child_by_field_name(node, "function", 8);
    const uint32_t at = ts_node_start_byte(node);
    const bool in_main = at >= main_begin && at < main_end;
    if (!in_main) {
      Report(rule, unit, function, "return_error is called outside main()",
             "return_error outside main", emitter);
    } else if (++calls_in_main > 1) {
      Report(rule, unit, function,
             "return_error is called more than once; report every error from one place in main()",
             "return_error again", emitter);
    }
    return true;
  });
}

}  // namespace

void CheckPythonEntryPoint(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || tree_checks::IsVendoredRuntimeFile(unit)) return;
  const TSNode first = tree_checks::FirstStatement(unit.tree->root());
  if (ts_node_is_null(first)) return;
  const TSNode main = tree_checks::TopLevelFunction(unit, "main");
  if (ts_node_is_null(main)) {
    if (!tree_checks::IsApiModule(unit)) {
      Report(rule, unit, first,
             "there is no main() function; put the command dispatch in main() and call it from "
             "the entry-point guard",
             "no main", emitter);
    }
  } else if (!BodyHasTryExcept(main)) {
    const TSNode name = ts_node_child_by_field_name(main, "name", 4);
    Report(rule, unit, name,
           "main() has no try/except; catch exceptions in main() and report them with "
           "return_error",
           "main without try", emitter);
  }
  CheckReturnErrorCalls(rule, unit, main, emitter);
}

}  // namespace packaudit
