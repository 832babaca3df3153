// CODE018: the PowerShell entry-point convention, per PowerShell code unit (module files
// *.psm1 and vendored runtime files aside):
//   - a separate .ps1 file that does not dot-source CommonServerPowerShell.ps1 (the unifier
//     removes that line, so code embedded in YAML is not checked for it), at the first statement;
//   - no `if (...$MyInvocation... -notlike "*.Tests.ps1"...)` guard around the Main call, at
//     the unguarded top-level Main call, else at `function Main`, else at the first statement.
#include <algorithm>
#include <cstring>
#include <string>

#include "core/text.h"
#include "engines/builtin/code/checks_tree.h"
#include "engines/builtin/code/tree_walk.h"

namespace packaudit {
namespace {

using tree_checks::NamedChildren;
using tree_checks::Text;
using tree_checks::TypeIs;

bool IsDotSourceOfCommonServer(const FileUnit& unit, TSNode command) {
  if (!TypeIs(command, "command") || ts_node_child_count(command) == 0) return false;
  const TSNode op = ts_node_child(command, 0);
  if (!TypeIs(op, "command_invokation_operator") || Text(unit, op) != ".") return false;
  return Lower(Text(unit, command)).find("commonserverpowershell.ps1") != std::string::npos;
}

bool IsTestsGuard(const FileUnit& unit, TSNode if_statement) {
  if (!TypeIs(if_statement, "if_statement")) return false;
  const TSNode condition = ts_node_child_by_field_name(if_statement, "condition", 9);
  if (ts_node_is_null(condition)) return false;
  const std::string text = Lower(Text(unit, condition));
  return text.find("$myinvocation") != std::string::npos &&
         text.find(".tests.ps1") != std::string::npos;
}

// The top-level statements (below program and its statement_list).
std::vector<TSNode> TopLevelStatements(TSNode root) {
  std::vector<TSNode> statements;
  for (TSNode child : NamedChildren(root)) {
    if (TypeIs(child, "statement_list")) {
      for (TSNode statement : NamedChildren(child)) statements.push_back(statement);
    } else {
      statements.push_back(child);
    }
  }
  return statements;
}

// Where a missing guard is reported: an unguarded top-level `Main`, else `function Main`.
TSNode MainAnchor(const FileUnit& unit, const std::vector<TSNode>& statements) {
  for (TSNode statement : statements) {
    if (TypeIs(statement, "pipeline") && Lower(Text(unit, statement)) == "main") {
      return statement;
    }
  }
  for (TSNode statement : statements) {
    if (!TypeIs(statement, "function_statement")) continue;
    for (TSNode part : NamedChildren(statement)) {
      if (TypeIs(part, "function_name") && Lower(Text(unit, part)) == "main") return part;
    }
  }
  return TSNode{};
}

}  // namespace

void CheckPowerShellEntryPoint(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || tree_checks::IsVendoredRuntimeFile(unit)) return;
  const std::string path = Lower(unit.file->path());
  if (unit.embedded == nullptr && path.size() >= 5 && path.substr(path.size() - 5) == ".psm1") {
    return;
  }
  const TSNode first = tree_checks::FirstStatement(unit.tree->root());
  if (ts_node_is_null(first)) return;
  bool dot_source = false;
  bool guard = false;
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    if (IsDotSourceOfCommonServer(unit, node)) dot_source = true;
    if (IsTestsGuard(unit, node)) guard = true;
    return !(dot_source && guard);
  });
  if (!dot_source && unit.embedded == nullptr) {
    tree_checks::EmitAt(
        rule, unit, first,
        MessageArgs{{"problem",
                     "the file does not dot-source CommonServerPowerShell.ps1; start it with "
                     "`. $PSScriptRoot\\CommonServerPowerShell.ps1`"}},
        "no CommonServerPowerShell dot-source", emitter);
  }
  if (!guard) {
    const TSNode anchor = MainAnchor(unit, TopLevelStatements(unit.tree->root()));
    tree_checks::EmitAt(
        rule, unit, ts_node_is_null(anchor) ? first : anchor,
        MessageArgs{{"problem",
                     "Main is not called through the guard "
                     "`if ($MyInvocation.ScriptName -notlike \"*.Tests.ps1\") { Main }`, so "
                     "Pester tests that dot-source the file run it"}},
        "no Main guard", emitter);
  }
}

}  // namespace packaudit
