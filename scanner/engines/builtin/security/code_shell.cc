// SEC010: shell execution with run-time data, per code unit.
//   Python: os.system / os.popen / commands.getoutput / subprocess.getoutput /
//     asyncio.create_subprocess_shell on a non-constant
//     command; any call with shell=True whose command is not a constant; subprocess.* running
//     ["sh", "-c", <non-constant>] (or cmd /c, powershell -Command) explicitly.
//   JavaScript: child_process exec / execSync on a non-constant command (the module bound by
//     require or destructured from it), and spawn / execFile with {shell: true}. execFile and
//     spawn without a shell, and RegExp#exec, are not reported.
//   PowerShell: Start-Process cmd(.exe) with /c and a non-constant argument, a direct cmd /c with
//     one, and the call operator `&` on a command name built from variables (an interpolated
//     string, a concatenation, or a variable assigned one), except automatic paths such as
//     $PSScriptRoot.
// Every shell start is reported: an error when the command line is built at run time, a warning
// when it is a constant (a string literal or a list of literals: no injection path today).
// Commands inside an Invoke-Command script block run remotely and are left to SEC021.
#include <map>
#include <set>
#include <string>

#include "engines/builtin/security/checks_code.h"
#include "engines/builtin/security/code_flow.h"
#include "engines/builtin/security/code_support.h"

namespace packaudit {
namespace {

using namespace sec_code;  // NOLINT(build/namespaces): the family's helper namespace

bool IsShellName(std::string_view value) {
  static const std::set<std::string_view> kShells = {
      "sh",  "bash",    "zsh",        "dash",           "ksh",  "/bin/sh",      "/bin/bash",
      "cmd", "cmd.exe", "powershell", "powershell.exe", "pwsh", "/usr/bin/bash"};
  return kShells.count(value) > 0;
}

bool IsShellSwitch(std::string_view value) {
  const std::string lower = Lower(value);
  return lower == "-c" || lower == "/c" || lower == "/k" || lower == "-command";
}

bool IsTruthyConstant(const FileUnit& unit, TSNode value) {
  if (ts_node_is_null(value)) return false;
  if (TypeIs(value, "true")) return true;
  return TypeIs(value, "integer") && Text(unit, value) != "0";
}

// How much of a shell command line is known when the code is written.
enum class Command { kNone, kConstant, kDynamic };

constexpr std::string_view kDynamicDetail =
    "runs a command line built at run time through a shell, so run-time data can become shell "
    "syntax";
constexpr std::string_view kConstantDetail =
    "runs a constant command line through a shell: nothing reaches it at run time today, but the "
    "shell is not needed";

// Emits one finding; a constant command line is reported as a warning (no injection path).
void Emit(const RuleSpec& rule, const FileUnit& unit, TSNode node, const std::string& fn,
          Command command, const std::string& key, Emitter& emitter,
          std::string_view custom_detail = {}) {
  std::string detail(command == Command::kDynamic ? kDynamicDetail : kConstantDetail);
  if (!custom_detail.empty()) detail = std::string(custom_detail);
  const uint32_t begin = ts_node_start_byte(node);
  const uint32_t end = ts_node_end_byte(node);
  Finding& finding =
      emitter.AtBytes(rule, *unit.file, unit.MapOffset(begin),
                      end > begin ? unit.MapOffset(end - 1) + 1 : unit.MapOffset(begin),
                      MessageArgs{{"fn", fn}, {"detail", detail}}, key);
  if (command == Command::kConstant) finding.severity = Severity::kWarning;
}

// The command argument of a Python process call: the first positional or args=.
TSNode PyCommandArg(const FileUnit& unit, TSNode call) {
  const std::vector<TSNode> positional = PyPositionalArgs(call);
  if (!positional.empty()) return positional.front();
  TSNode keyword = PyKeywordArg(unit, call, "args");
  if (ts_node_is_null(keyword)) keyword = PyKeywordArg(unit, call, "cmd");
  if (ts_node_is_null(keyword)) keyword = PyKeywordArg(unit, call, "command");
  return keyword;
}

// ["sh", "-c", cmd]: a shell and its command switch.
Command ExplicitShellList(const FileUnit& unit, TSNode list) {
  if (!TypeIs(list, "list") && !TypeIs(list, "tuple")) return Command::kNone;
  const std::vector<TSNode> items = NamedChildren(list);
  if (items.size() < 3 || !TypeIs(items[0], "string") || !PyIsConstant(items[0])) {
    return Command::kNone;
  }
  if (!IsShellName(Lower(StringBody(unit, items[0])))) return Command::kNone;
  bool has_switch = false;
  bool dynamic = false;
  for (size_t i = 1; i < items.size(); ++i) {
    if (TypeIs(items[i], "string") && PyIsConstant(items[i]) &&
        IsShellSwitch(StringBody(unit, items[i]))) {
      has_switch = true;
    } else if (!PyIsConstant(items[i])) {
      dynamic = true;
    }
  }
  if (!has_switch) return Command::kNone;
  return dynamic ? Command::kDynamic : Command::kConstant;
}

void CheckPython(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  const PyImports imports = CollectPyImports(unit);
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "call")) return true;
    const std::string callee = PyCallee(unit, imports, node);
    const TSNode command = PyCommandArg(unit, node);
    if (ts_node_is_null(command)) return true;
    Command kind = PyIsConstant(command) ? Command::kConstant : Command::kDynamic;
    if (PyCalleeIn(
            unit, imports, node,
            {"os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4", "commands.getoutput",
             "commands.getstatusoutput", "subprocess.getoutput", "subprocess.getstatusoutput",
             "popen2.popen2", "popen2.popen3", "popen2.popen4",
             "asyncio.create_subprocess_shell"})) {
      // os.system and friends (and asyncio's shell variant) always use a shell.
    } else if (IsTruthyConstant(unit, PyKeywordArg(unit, node, "shell"))) {
      // shell=True
    } else if (callee.rfind("subprocess.", 0) == 0) {
      kind = ExplicitShellList(unit, command);
    } else {
      kind = Command::kNone;
    }
    if (kind != Command::kNone) {
      std::string name = callee.empty() ? std::string("call") : callee;
      if (IsTruthyConstant(unit, PyKeywordArg(unit, node, "shell"))) name += " with shell=True";
      Emit(rule, unit, node, name, kind, name + ":" + std::string(Text(unit, command)), emitter);
    }
    return true;
  });
}

// JavaScript: `require('child_process')`.
bool IsChildProcessRequire(const FileUnit& unit, TSNode node) {
  if (!TypeIs(node, "call_expression")) return false;
  const TSNode function = Field(node, "function");
  if (ts_node_is_null(function) || Text(unit, function) != "require") return false;
  const std::vector<TSNode> args = JsArgs(node);
  if (args.size() != 1 || !TypeIs(args[0], "string")) return false;
  const std::string_view module = StringBody(unit, args[0]);
  return module == "child_process" || module == "node:child_process";
}

// Whether a JS options object literal sets shell to a truthy constant.
bool JsOptionsUseShell(const FileUnit& unit, const std::vector<TSNode>& args) {
  for (TSNode arg : args) {
    if (!TypeIs(arg, "object")) continue;
    for (TSNode pair : NamedChildren(arg)) {
      if (!TypeIs(pair, "pair")) continue;
      const TSNode key = Field(pair, "key");
      const TSNode value = Field(pair, "value");
      if (ts_node_is_null(key) || ts_node_is_null(value)) continue;
      std::string_view key_text = Text(unit, key);
      if (TypeIs(key, "string")) key_text = StringBody(unit, key);
      if (key_text == "shell" && !TypeIs(value, "false") && !TypeIs(value, "null") &&
          !TypeIs(value, "undefined")) {
        return true;
      }
    }
  }
  return false;
}

void CheckJavaScript(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  // Names bound to the module, and functions destructured from it (local name -> export name).
  std::set<std::string> modules;
  std::map<std::string, std::string> functions;
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "variable_declarator")) return true;
    const TSNode name = Field(node, "name");
    const TSNode value = Field(node, "value");
    if (ts_node_is_null(value) || !IsChildProcessRequire(unit, value)) return true;
    if (TypeIs(name, "identifier")) modules.insert(std::string(Text(unit, name)));
    if (TypeIs(name, "object_pattern")) {
      for (TSNode part : NamedChildren(name)) {
        if (TypeIs(part, "shorthand_property_identifier_pattern")) {
          functions[std::string(Text(unit, part))] = std::string(Text(unit, part));
        } else if (TypeIs(part, "pair_pattern")) {
          functions[std::string(Text(unit, Field(part, "value")))] =
              std::string(Text(unit, Field(part, "key")));
        }
      }
    }
    return true;
  });
  if (modules.empty() && functions.empty()) {
    bool direct = false;
    Walk(unit.tree->root(), [&](TSNode node) {
      if (IsChildProcessRequire(unit, node)) direct = true;
      return !direct;
    });
    if (!direct) return;
  }
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "call_expression")) return true;
    const TSNode function = Field(node, "function");
    std::string exported;
    if (TypeIs(function, "member_expression")) {
      const TSNode object = Field(function, "object");
      const bool is_module =
          IsChildProcessRequire(unit, object) ||
          (TypeIs(object, "identifier") && modules.count(std::string(Text(unit, object))) > 0);
      if (is_module) exported = std::string(Text(unit, Field(function, "property")));
    } else if (TypeIs(function, "identifier")) {
      const auto found = functions.find(std::string(Text(unit, function)));
      if (found != functions.end()) exported = found->second;
    }
    if (exported.empty()) return true;
    const std::vector<TSNode> args = JsArgs(node);
    if (args.empty()) return true;
    std::string name = "child_process." + exported;
    if (exported == "spawn" || exported == "spawnSync" || exported == "execFile" ||
        exported == "execFileSync") {
      if (!JsOptionsUseShell(unit, args)) return true;
      name += " with shell: true";
    } else if (exported != "exec" && exported != "execSync") {
      return true;
    }
    Emit(rule, unit, node, name, JsIsConstant(args[0]) ? Command::kConstant : Command::kDynamic,
         name + ":" + std::string(Text(unit, args[0])), emitter);
    return true;
  });
}

// PowerShell: whether `name` (lower case) is an automatic location ($PSScriptRoot, $env:...,
// $HOME, $PSHOME, $PWD), which callers cannot set.
bool IsAutomaticVariable(const std::string& name) {
  return name == "$psscriptroot" || name == "$pshome" || name == "$home" ||
         name.rfind("$env:", 0) == 0 || name == "$pwd";
}

// A string with interpolated variables or a concatenation involving a variable (one walk: an
// interpolation, `+` or `-f` somewhere below, and a non-automatic variable, sub-expression or
// member access somewhere below).
bool PsIsBuiltString(const FileUnit& unit, TSNode node) {
  bool shape = false;
  bool dynamic = false;
  Walk(node, [&](TSNode current) {
    if (TypeIs(current, "expandable_string_literal") ||
        TypeIs(current, "expandable_here_string_literal") ||
        ((TypeIs(current, "additive_expression") || TypeIs(current, "format_expression")) &&
         ts_node_named_child_count(current) > 1)) {
      shape = true;
    }
    if (TypeIs(current, "variable") && !IsAutomaticVariable(Lower(Text(unit, current)))) {
      dynamic = true;
    }
    if (TypeIs(current, "sub_expression") || TypeIs(current, "member_access")) dynamic = true;
    return !(shape && dynamic);
  });
  return shape && dynamic;
}

// A string-building expression (the flow stops at the outermost one it meets).
bool IsBuildShape(TSNode node) {
  return TypeIs(node, "expandable_string_literal") || TypeIs(node, "additive_expression");
}

bool IsCmdName(std::string_view lower) { return lower == "cmd" || lower == "cmd.exe"; }

// Whether `elements` hold a /c switch, and whether a value is not a constant.
Command CmdCommandLine(const FileUnit& unit, const std::vector<TSNode>& elements, size_t from) {
  bool has_switch = false;
  bool dynamic = false;
  for (size_t i = from; i < elements.size(); ++i) {
    Walk(elements[i], [&](TSNode current) {
      if (TypeIs(current, "generic_token") || TypeIs(current, "string_literal")) {
        std::string_view text = Text(unit, current);
        if (TypeIs(current, "string_literal")) text = StringBody(unit, current);
        const std::string lower = Lower(text);
        if (lower == "/c" || lower == "/k" || lower.rfind("/c ", 0) == 0 ||
            lower.rfind("/k ", 0) == 0) {
          has_switch = true;
        }
      }
      return true;
    });
    if (!PsIsConstant(elements[i]) && !TypeIs(elements[i], "command_parameter")) dynamic = true;
  }
  if (!has_switch) return Command::kNone;
  return dynamic ? Command::kDynamic : Command::kConstant;
}

void CheckPowerShell(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  ValueFlow built(unit,
                  [&](TSNode node) { return IsBuildShape(node) && PsIsBuiltString(unit, node); });
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "command")) return true;
    const std::string name = PsCommandName(unit, node);
    // Script blocks of Invoke-Command run on another host: SEC021 reviews them.
    if (name == "invoke-command" || name == "icm") return false;
    const std::vector<TSNode> elements = PsCommandElements(node);
    std::string fn;
    Command kind = Command::kNone;
    if (name == "start-process" || name == "saps" || name == "start") {
      // The program: -FilePath value or the first positional value.
      std::string program;
      for (size_t i = 0; i < elements.size(); ++i) {
        const TSNode element = elements[i];
        if (TypeIs(element, "command_parameter")) {
          if (Lower(Text(unit, element)) == "-filepath" && i + 1 < elements.size()) {
            program = Lower(Text(unit, PsUnwrap(elements[i + 1])));
          }
          continue;
        }
        if (program.empty() && (i == 0 || !TypeIs(elements[i - 1], "command_parameter"))) {
          program = Lower(Text(unit, PsUnwrap(element)));
        }
      }
      if (!program.empty() && (program.front() == '"' || program.front() == '\'')) {
        program = program.substr(1, program.size() - 2);
      }
      if (IsCmdName(program)) {
        fn = "Start-Process cmd /c";
        kind = CmdCommandLine(unit, elements, 0);
      }
    } else if (IsCmdName(name)) {
      fn = "cmd /c";
      kind = CmdCommandLine(unit, elements, 0);
    } else if (name.empty()) {
      const TSNode target = Field(node, "command_name");
      const uint32_t count = ts_node_child_count(node);
      bool call_operator = false;
      for (uint32_t i = 0; i < count; ++i) {
        const TSNode child = ts_node_child(node, i);
        if (TypeIs(child, "command_invokation_operator") && Text(unit, child) == "&") {
          call_operator = true;
        }
      }
      if (call_operator && !ts_node_is_null(target)) {
        bool from_built = PsIsBuiltString(unit, target);
        if (!from_built) {
          const TSNode inner = PsUnwrap(ts_node_named_child(target, 0));
          if (!ts_node_is_null(inner) && TypeIs(inner, "path_command_name") &&
              ts_node_named_child_count(inner) == 1) {
            const TSNode variable = ts_node_named_child(inner, 0);
            from_built = TypeIs(variable, "variable") && built.Marked(variable);
          }
        }
        if (from_built) {
          fn = "&";
          kind = Command::kDynamic;
        }
      }
    }
    if (kind != Command::kNone) {
      Emit(rule, unit, node, fn, kind, fn + ":" + std::string(Text(unit, node)), emitter,
           fn == "&" ? "invokes a command whose name is built from run-time values, so run-time "
                       "data chooses what runs"
                     : "");
    }
    return true;
  });
}

}  // namespace

void CheckShellExecution(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
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
