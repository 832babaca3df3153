// CODE011: conventions about inputs, per Python code unit:
//   - a function (other than main and __init__) with plain parameters that have no type
//     annotation (self, cls, *args and **kwargs aside), at the function's name;
//   - a unit that dispatches commands (calls demisto.command()) outside a script item, imports
//     no API module (which may handle the remaining commands) and raises NotImplementedError
//     nowhere, at main's name (else at the first demisto.command());
//   - a read of args['x'] / params['x'] / demisto.args()['x'] / demisto.params()['x'] with a
//     string key (a missing argument raises KeyError; .get is expected), at the subscript.
//     Assignments to such an item and `del` are writes, not reads.
#include <cstring>
#include <string>

#include "engines/builtin/code/checks_tree.h"
#include "engines/builtin/code/tree_walk.h"
#include "engines/query_engine.h"

namespace packaudit {
namespace {

using tree_checks::EmitAt;
using tree_checks::NamedChildren;
using tree_checks::Text;
using tree_checks::TypeIs;

void Report(const RuleSpec& rule, const FileUnit& unit, TSNode node, std::string problem,
            std::string match_text, Emitter& emitter) {
  EmitAt(rule, unit, node, MessageArgs{{"problem", std::move(problem)}}, std::move(match_text),
         emitter);
}

// Parameters declared without annotation, comma-separated ("" when all are annotated).
std::string UnannotatedParameters(const FileUnit& unit, TSNode function) {
  const TSNode parameters = ts_node_child_by_field_name(function, "parameters", 10);
  if (ts_node_is_null(parameters)) return {};
  std::string names;
  for (TSNode parameter : NamedChildren(parameters)) {
    TSNode name;
    if (TypeIs(parameter, "identifier")) {
      name = parameter;
    } else if (TypeIs(parameter, "default_parameter")) {
      name = ts_node_child_by_field_name(parameter, "name", 4);
    } else {
      continue;  // annotated, *args, **kwargs, separators
    }
    if (ts_node_is_null(name)) continue;
    const std::string_view text = Text(unit, name);
    if (text == "self" || text == "cls") continue;
    if (!names.empty()) names += ", ";
    names += text;
  }
  return names;
}

void CheckAnnotations(const RuleSpec& rule, const FileUnit& unit, TSNode function,
                      Emitter& emitter) {
  const std::string_view name = tree_checks::FunctionName(unit, function);
  if (name.empty() || name == "main" || name == "__init__") return;
  const std::string missing = UnannotatedParameters(unit, function);
  if (missing.empty()) return;
  Report(rule, unit, ts_node_child_by_field_name(function, "name", 4),
         "parameters of " + std::string(name) + "() have no type annotation (" + missing + ")",
         std::string(name) + "(" + missing + ")", emitter);
}

bool IsArgsContainer(const FileUnit& unit, TSNode value) {
  if (TypeIs(value, "identifier")) {
    const std::string_view name = Text(unit, value);
    return name == "args" || name == "params";
  }
  return tree_checks::IsMethodCall(unit, value, "demisto", "args") ||
         tree_checks::IsMethodCall(unit, value, "demisto", "params");
}

// Whether `node` is written (assigned, augmented, deleted) rather than read.
bool IsWriteTarget(TSNode node) {
  TSNode child = node;
  TSNode parent = ts_node_parent(node);
  while (!ts_node_is_null(parent) &&
         (TypeIs(parent, "pattern_list") || TypeIs(parent, "tuple_pattern") ||
          TypeIs(parent, "list_pattern") || TypeIs(parent, "expression_list"))) {
    child = parent;
    parent = ts_node_parent(parent);
  }
  if (ts_node_is_null(parent)) return false;
  if (TypeIs(parent, "delete_statement")) return true;
  if (TypeIs(parent, "assignment") || TypeIs(parent, "augmented_assignment") ||
      TypeIs(parent, "for_statement")) {
    const TSNode left = ts_node_child_by_field_name(parent, "left", 4);
    return !ts_node_is_null(left) && ts_node_eq(left, child);
  }
  return false;
}

void CheckSubscript(const RuleSpec& rule, const FileUnit& unit, TSNode subscript,
                    Emitter& emitter) {
  const TSNode value = ts_node_child_by_field_name(subscript, "value", 5);
  const TSNode key = ts_node_child_by_field_name(subscript, "subscript", 9);
  if (ts_node_is_null(value) || ts_node_is_null(key) || !IsArgsContainer(unit, value)) return;
  if (!TypeIs(key, "string") || !IsLiteralNode(key, Language::kPython)) return;
  if (IsWriteTarget(subscript)) return;
  const std::string text(Text(unit, subscript));
  Report(rule, unit, subscript,
         text + " raises KeyError when the value is missing; use " +
             std::string(Text(unit, value)) + ".get(" + std::string(Text(unit, key)) + ")",
         text, emitter);
}

}  // namespace

void CheckArgumentConventions(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || tree_checks::IsVendoredRuntimeFile(unit)) return;
  TSNode first_command_call{};
  bool raises_not_implemented = false;
  bool uses_api_module = false;
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    if (TypeIs(node, "function_definition")) {
      CheckAnnotations(rule, unit, node, emitter);
    } else if (TypeIs(node, "subscript")) {
      CheckSubscript(rule, unit, node, emitter);
    } else if (tree_checks::ImportsApiModule(unit, node)) {
      uses_api_module = true;
    } else if (TypeIs(node, "raise_statement")) {
      std::vector<TSNode> raised = NamedChildren(node);
      if (!raised.empty()) {
        TSNode exception = raised.front();
        if (TypeIs(exception, "call")) {
          exception = ts_node_child_by_field_name(exception, "function", 8);
        }
        if (!ts_node_is_null(exception) && Text(unit, exception) == "NotImplementedError") {
          raises_not_implemented = true;
        }
      }
    } else if (ts_node_is_null(first_command_call) &&
               tree_checks::IsMethodCall(unit, node, "demisto", "command")) {
      first_command_call = node;
    }
    return true;
  });
  if (ts_node_is_null(first_command_call) || raises_not_implemented || uses_api_module ||
      tree_checks::InScriptItem(unit)) {
    return;
  }
  const TSNode main = tree_checks::TopLevelFunction(unit, "main");
  const TSNode at =
      ts_node_is_null(main) ? first_command_call : ts_node_child_by_field_name(main, "name", 4);
  Report(rule, unit, at,
         "unknown commands are not rejected: end the command dispatch with "
         "raise NotImplementedError(f\"Command {command} is not implemented\")",
         "no NotImplementedError", emitter);
}

}  // namespace packaudit
