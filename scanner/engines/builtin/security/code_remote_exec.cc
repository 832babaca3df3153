// SEC021: remote command execution exposed by a script or command, per code unit (a review aid).
//   Python: demisto.executeCommand / execute_command of "ssh" or "RemoteExec" with a "cmd" or
//     "command" argument that is not a constant (in a dict literal, or a dict assigned to the
//     variable passed); paramiko-style <client>.exec_command(<non-constant>); a process started
//     as ["ssh", ..., <non-constant>] or from an "ssh ..." f-string.
//   JavaScript: executeCommand("ssh" | "RemoteExec", {cmd: <non-constant>}) (or a variable
//     assigned such objects, as RemoteExec.js does).
//   PowerShell: Invoke-Command whose script block is not a literal block ([ScriptBlock]::Create,
//     a variable), whose literal block runs Invoke-Expression, `&` on a variable or a shell
//     (cmd /c, sh, powershell) with a variable argument, or whose
//     -FilePath is not a constant. A literal script block that only passes $using: values as
//     parameters is not reported.
#include <string>

#include "engines/builtin/security/checks_code.h"
#include "engines/builtin/security/code_support.h"

namespace packaudit {
namespace {

using namespace sec_code;  // NOLINT(build/namespaces): the family's helper namespace

bool IsRemoteCommandName(std::string_view name) {
  return name == "ssh" || name == "RemoteExec" || name == "remote-exec";
}

bool IsCmdKey(std::string_view key) { return key == "cmd" || key == "command"; }

void Report(const RuleSpec& rule, const FileUnit& unit, TSNode node, const std::string& via,
            Emitter& emitter) {
  tree_checks::EmitAt(rule, unit, node, MessageArgs{{"via", via}},
                      via + ":" + std::string(Text(unit, node)), emitter);
}

// Whether `node` (a dict/object literal, or anything containing them) holds a cmd key with a
// value that is not a constant.
bool HoldsDynamicCmd(const FileUnit& unit, TSNode node) {
  const bool python = unit.tree->language() == Language::kPython;
  bool found = false;
  Walk(node, [&](TSNode current) {
    if (found) return false;
    if (!TypeIs(current, "pair")) return true;
    const TSNode key = Field(current, "key");
    const TSNode value = Field(current, "value");
    if (ts_node_is_null(key) || ts_node_is_null(value)) return false;
    std::string_view key_text = Text(unit, key);
    if (IsStringNode(unit, key)) key_text = StringBody(unit, key);
    if (IsCmdKey(key_text) && !(python ? PyIsConstant(value) : JsIsConstant(value))) {
      found = true;
    }
    return false;
  });
  return found;
}

// The values assigned anywhere in the unit to the plain name `name`.
std::vector<TSNode> AssignedValues(const FileUnit& unit, std::string_view name) {
  std::vector<TSNode> values;
  Walk(unit.tree->root(), [&](TSNode node) {
    TSNode target{};
    TSNode value{};
    if (TypeIs(node, "assignment") || TypeIs(node, "assignment_expression")) {
      target = Field(node, "left");
      value = Field(node, "right");
    } else if (TypeIs(node, "variable_declarator")) {
      target = Field(node, "name");
      value = Field(node, "value");
    }
    if (!ts_node_is_null(target) && !ts_node_is_null(value) && Text(unit, target) == name) {
      values.push_back(value);
    }
    return true;
  });
  return values;
}

// executeCommand("ssh", <args>) in either language: whether <args> carries a dynamic cmd.
bool ExecutesRemoteCommand(const FileUnit& unit, const std::vector<TSNode>& args) {
  if (args.size() < 2 || !IsStringNode(unit, args[0]) ||
      !IsRemoteCommandName(StringBody(unit, args[0]))) {
    return false;
  }
  if (HoldsDynamicCmd(unit, args[1])) return true;
  if (TypeIs(args[1], "identifier")) {
    for (TSNode value : AssignedValues(unit, Text(unit, args[1]))) {
      if (HoldsDynamicCmd(unit, value)) return true;
    }
  }
  return false;
}

void CheckPython(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  const PyImports imports = CollectPyImports(unit);
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "call")) return true;
    const std::string callee = PyCallee(unit, imports, node);
    const std::vector<TSNode> positional = PyPositionalArgs(node);
    if ((callee == "demisto.executeCommand" || callee == "demistomock.executeCommand" ||
         callee == "execute_command" || callee == "demisto.execute_command") &&
        ExecutesRemoteCommand(unit, positional)) {
      Report(rule, unit, node, std::string(StringBody(unit, positional[0])), emitter);
      return true;
    }
    const TSNode function = Field(node, "function");
    if (TypeIs(function, "attribute") &&
        Text(unit, Field(function, "attribute")) == "exec_command" && !positional.empty() &&
        !PyIsConstant(positional[0])) {
      Report(rule, unit, node, "SSH exec_command", emitter);
      return true;
    }
    const bool process =
        callee.rfind("subprocess.", 0) == 0 || callee == "os.system" || callee == "os.popen";
    if (!process || positional.empty()) return true;
    const TSNode command = positional[0];
    bool remote = false;
    if ((TypeIs(command, "list") || TypeIs(command, "tuple")) && !PyIsConstant(command)) {
      const std::vector<TSNode> items = NamedChildren(command);
      if (!items.empty() && TypeIs(items[0], "string")) {
        const std::string_view program = StringBody(unit, items[0]);
        remote = program == "ssh" || program == "plink" || program == "/usr/bin/ssh";
      }
    } else if (TypeIs(command, "string") && !PyIsConstant(command)) {
      remote = StringBody(unit, command).rfind("ssh ", 0) == 0;
    }
    if (remote) Report(rule, unit, node, "ssh", emitter);
    return true;
  });
}

void CheckJavaScript(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "call_expression")) return true;
    const std::string_view name = Text(unit, Field(node, "function"));
    if (name != "executeCommand") return true;
    const std::vector<TSNode> args = JsArgs(node);
    if (ExecutesRemoteCommand(unit, args)) {
      Report(rule, unit, node, std::string(StringBody(unit, args[0])), emitter);
    }
    return true;
  });
}

// A literal script block that itself evaluates strings or invokes a variable.
bool BlockRunsDynamicCode(const FileUnit& unit, TSNode block) {
  bool dynamic = false;
  Walk(block, [&](TSNode node) {
    if (dynamic) return false;
    if (!TypeIs(node, "command")) return true;
    const std::string name = PsCommandName(unit, node);
    if (name == "invoke-expression" || name == "iex") dynamic = true;
    if (name == "cmd" || name == "cmd.exe" || name == "sh" || name == "bash" ||
        name == "powershell" || name == "powershell.exe" || name == "pwsh") {
      for (TSNode element : PsCommandElements(node)) {
        if (!TypeIs(element, "command_parameter") && !PsIsConstant(element)) dynamic = true;
      }
    }
    if (name.empty()) {
      const TSNode target = Field(node, "command_name");
      if (!ts_node_is_null(target) && !PsIsConstant(target)) dynamic = true;
    }
    return !dynamic;
  });
  return dynamic;
}

void CheckPowerShell(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "command")) return true;
    const std::string name = PsCommandName(unit, node);
    if (name != "invoke-command" && name != "icm") return true;
    const std::vector<TSNode> elements = PsCommandElements(node);
    bool remote = false;
    for (size_t i = 0; i < elements.size(); ++i) {
      const TSNode element = elements[i];
      if (TypeIs(element, "command_parameter")) {
        const std::string parameter = Lower(Text(unit, element));
        if (i + 1 < elements.size() && (parameter == "-scriptblock" || parameter == "-filepath")) {
          const TSNode value = PsUnwrap(elements[i + 1]);
          if (TypeIs(value, "script_block_expression")) {
            remote = remote || BlockRunsDynamicCode(unit, value);
          } else if (!PsIsConstant(value)) {
            remote = true;
          }
          ++i;
        } else if (i + 1 < elements.size() && !TypeIs(elements[i + 1], "command_parameter") &&
                   (parameter == "-computername" || parameter == "-session" ||
                    parameter == "-argumentlist" || parameter == "-credential" ||
                    parameter == "-cn" || parameter == "-args")) {
          ++i;  // its value is not the script
        }
        continue;
      }
      const TSNode value = PsUnwrap(element);
      if (TypeIs(value, "script_block_expression"))
        remote = remote || BlockRunsDynamicCode(unit, value);
    }
    if (remote) Report(rule, unit, node, "Invoke-Command", emitter);
    return true;
  });
}

}  // namespace

void CheckRemoteCommandExecution(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || tree_checks::IsVendoredRuntimeFile(unit)) return;
  switch (unit.tree->language()) {
    case Language::kPython:
      CheckPython(rule, unit, emitter);
      break;
    case Language::kJavaScript:
      CheckJavaScript(rule, unit, emitter);
      break;
    case Language::kPowerShell:
      CheckPowerShell(rule, unit, emitter);
      break;
    default:
      break;
  }
}

}  // namespace packaudit
