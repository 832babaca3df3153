// SEC017: download-and-execute, per code unit.
//   - The result of an HTTP fetch (Python requests/urllib/httpx/_http_request, a requests
//     Session; JavaScript http()/fetch()/axios; PowerShell Invoke-WebRequest/Invoke-RestMethod,
//     WebClient.DownloadString) flows, directly or through variables of the same function, into
//     code execution: Python exec/eval/compile/__import__/importlib/runpy/marshal.loads or the
//     command of subprocess/os.system; JavaScript eval/Function/timers/require/vm; PowerShell
//     Invoke-Expression (argument or later in the same pipeline) or [ScriptBlock]::Create.
//   - A file is downloaded and then marked executable (Python chmod with an x bit in the same
//     function as a fetch) or started (PowerShell -OutFile / DownloadFile path then Start-Process
//     or `&` on the same path).
//   - A package is installed at run time: `pip install` run as a process or pip.main(["install"]).
//   - A string literal holding `curl ... | sh` (or wget, or piping into bash/python).
// Parsing a download (json.loads, response.json()) or writing it to a file result is not
// execution and is not reported.
#include <re2/re2.h>

#include <cstdlib>
#include <set>
#include <string>

#include "engines/builtin/security/checks_code.h"
#include "engines/builtin/security/code_flow.h"
#include "engines/builtin/security/code_support.h"

namespace packaudit {
namespace {

using namespace sec_code;  // NOLINT(build/namespaces): the family's helper namespace

void Report(const RuleSpec& rule, const FileUnit& unit, TSNode node, const std::string& detail,
            const std::string& key, Emitter& emitter) {
  tree_checks::EmitAt(rule, unit, node, MessageArgs{{"detail", detail}}, key, emitter);
}

// "curl ... | sh" in a string body.
bool IsPipeToShell(std::string_view body) {
  static const RE2 kPattern(
      R"((?i)\b(curl|wget)\b[^|\n]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b|\b(curl|wget)\b[^|\n]*\|\s*(sudo\s+)?python[0-9.]*\b)");
  return RE2::PartialMatch(body, kPattern);
}

// Splits string bodies into words and tells whether "pip" (pip3, .../pip) precedes "install".
bool WordsInstallWithPip(const std::vector<std::string>& words, bool pip_known) {
  bool pip = pip_known;
  for (const std::string& word : words) {
    const std::string lower = Lower(word);
    std::string base =
        lower.substr(lower.rfind('/') == std::string::npos ? 0 : lower.rfind('/') + 1);
    if (base == "pip" || base == "pip3" || base == "pip.exe" || base == "pip3.exe" ||
        (base.rfind("pip3.", 0) == 0 && base.size() <= 7)) {
      pip = true;
    }
    if (pip && lower == "install") return true;
  }
  return false;
}

void SplitWords(std::string_view text, std::vector<std::string>& words) {
  std::string current;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|') {
      if (!current.empty()) words.push_back(current);
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) words.push_back(current);
}

// Every string literal body inside `node`, split into words.
std::vector<std::string> StringWords(const FileUnit& unit, TSNode node) {
  std::vector<std::string> words;
  Walk(node, [&](TSNode current) {
    if (IsStringNode(unit, current)) {
      SplitWords(StringBody(unit, current), words);
      return false;
    }
    return true;
  });
  return words;
}

void CheckPipeToShellStrings(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  const std::set<uint32_t> bare = BareStringStarts(unit);
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!IsStringNode(unit, node)) return true;
    if (bare.count(ts_node_start_byte(node)) > 0) return false;
    const std::string_view body = StringBody(unit, node);
    if (IsPipeToShell(body)) {
      Report(rule, unit, node, "a command line pipes a download straight into a shell",
             "pipe:" + std::string(body), emitter);
    }
    return false;
  });
}

// ---- Python ------------------------------------------------------------------------------------

bool HasExecBit(const FileUnit& unit, TSNode mode) {
  if (ts_node_is_null(mode)) return false;
  if (TypeIs(mode, "integer")) {
    std::string digits(Text(unit, mode));
    int base = 10;
    size_t start = 0;
    if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'o' || digits[1] == 'O')) {
      base = 8;
      start = 2;
    } else if (digits.size() > 1 && digits[0] == '0' && digits[1] != 'x' && digits[1] != 'X') {
      base = 8;
      start = 1;
    }
    const long value = std::strtol(digits.c_str() + start, nullptr, base);
    return (value & 0111) != 0;
  }
  const std::string_view text = Text(unit, mode);
  return text.find("S_IX") != std::string_view::npos ||
         text.find("S_IEXEC") != std::string_view::npos ||
         text.find("S_IRWXU") != std::string_view::npos;
}

void CheckPython(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  const PyImports imports = CollectPyImports(unit);
  const ValueFlow sessions(unit, [&](TSNode node) {
    return TypeIs(node, "call") &&
           PyCalleeIn(unit, imports, node,
                      {"requests.Session", "requests.session", "httpx.Client",
                       "urllib3.PoolManager", "urllib.request.build_opener"});
  });
  auto is_fetch = [&](TSNode node) {
    if (!TypeIs(node, "call")) return false;
    if (PyCalleeIn(unit, imports, node,
                   {"requests.get", "requests.post", "requests.put", "requests.request",
                    "urllib.request.urlopen", "urllib.urlopen", "urllib2.urlopen",
                    "urllib.request.urlretrieve", "urllib.urlretrieve", "httpx.get", "httpx.post",
                    "httpx.request", "urllib3.request"})) {
      return true;
    }
    const TSNode function = Field(node, "function");
    if (TypeIs(function, "identifier")) {
      const std::string_view name = Text(unit, function);
      return name == "http_request" || name == "urlopen";
    }
    if (!TypeIs(function, "attribute")) return false;
    const std::string_view method = Text(unit, Field(function, "attribute"));
    if (method == "_http_request" || method == "http_request") return true;
    return (method == "get" || method == "post" || method == "request" || method == "open") &&
           sessions.Marked(Field(function, "object"));
  };
  const ScopeIndex scopes(unit);
  const ValueFlow direct(unit, is_fetch);
  // Functions and methods that return fetched content (Client.get_script() wrapping
  // _http_request): calls to them are fetches too (one level).
  std::set<std::string, std::less<>> fetching_functions;
  Walk(unit.tree->root(), [&](TSNode function) {
    if (!TypeIs(function, "function_definition")) return true;
    bool returns_fetch = false;
    Walk(Field(function, "body"), [&](TSNode node) {
      if (returns_fetch || TypeIs(node, "function_definition") || TypeIs(node, "lambda")) {
        return false;
      }
      if (!TypeIs(node, "return_statement")) return true;
      returns_fetch =
          ts_node_named_child_count(node) > 0 && direct.Marked(ts_node_named_child(node, 0));
      return false;
    });
    if (returns_fetch) {
      fetching_functions.insert(std::string(tree_checks::FunctionName(unit, function)));
    }
    return true;
  });
  auto is_fetch_or_wrapper = [&](TSNode node) {
    if (is_fetch(node)) return true;
    if (!TypeIs(node, "call") || fetching_functions.empty()) return false;
    TSNode function = Field(node, "function");
    if (TypeIs(function, "attribute")) function = Field(function, "attribute");
    return TypeIs(function, "identifier") && fetching_functions.count(Text(unit, function)) > 0;
  };
  const ValueFlow fetched(unit, is_fetch_or_wrapper);
  // Function scopes (start bytes) that fetch something.
  std::set<uint32_t> fetching_scopes;
  Walk(unit.tree->root(), [&](TSNode node) {
    if (is_fetch(node)) fetching_scopes.insert(scopes.ScopeOf(node));
    return true;
  });

  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "call")) return true;
    const std::string callee = PyCallee(unit, imports, node);
    const std::vector<TSNode> positional = PyPositionalArgs(node);
    TSNode code = positional.empty() ? TSNode{} : positional.front();
    const bool runs_code = callee == "exec" || callee == "eval" || callee == "compile" ||
                           callee == "__import__" || callee.rfind("importlib.", 0) == 0 ||
                           callee.rfind("runpy.", 0) == 0 || callee == "marshal.loads" ||
                           callee == "types.FunctionType";
    const bool runs_process = callee.rfind("subprocess.", 0) == 0 || callee == "os.system" ||
                              callee == "os.popen" || callee.rfind("os.exec", 0) == 0 ||
                              callee.rfind("os.spawn", 0) == 0;
    if (runs_process && ts_node_is_null(code)) code = PyKeywordArg(unit, node, "args");
    // A process is only "running the download" when the program or shell line comes from it,
    // not when a downloaded value is one argument of a fixed program (["ping", ip]).
    TSNode program = code;
    if (runs_process && !ts_node_is_null(code) && (TypeIs(code, "list") || TypeIs(code, "tuple"))) {
      program = ts_node_named_child_count(code) > 0 ? ts_node_named_child(code, 0) : TSNode{};
    }
    if ((runs_code || runs_process) && !ts_node_is_null(program) && fetched.Marked(program)) {
      Report(rule, unit, node,
             "downloaded content reaches " + callee +
                 (runs_code ? " and runs as code" : " and runs as a command"),
             "flow:" + callee + ":" + std::string(Text(unit, code)), emitter);
      return false;
    }
    // pip install at run time.
    const bool pip_api = callee == "pip.main" || callee == "pip._internal.main" ||
                         callee == "pip._internal.cli.main.main";
    if ((runs_process || pip_api) &&
        WordsInstallWithPip(StringWords(unit, Field(node, "arguments")), pip_api)) {
      Report(rule, unit, node, "a package is installed with pip at run time",
             "pip:" + std::string(Text(unit, node)), emitter);
      return true;
    }
    // A downloaded file marked executable.
    if (PyCalleeIn(unit, imports, node, {"os.chmod", "os.fchmod", "os.lchmod"})) {
      TSNode mode = PyKeywordArg(unit, node, "mode");
      if (ts_node_is_null(mode) && positional.size() > 1) mode = positional[1];
      if (HasExecBit(unit, mode) && fetching_scopes.count(scopes.ScopeOf(node)) > 0) {
        Report(rule, unit, node, "a file is downloaded and then marked executable",
               "chmod:" + std::string(Text(unit, node)), emitter);
      }
    }
    return true;
  });
}

// ---- JavaScript --------------------------------------------------------------------------------

void CheckJavaScript(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  auto is_fetch = [&](TSNode node) {
    if (!TypeIs(node, "call_expression")) return false;
    const TSNode function = Field(node, "function");
    const std::string_view name = Text(unit, function);
    return name == "http" || name == "fetch" || name == "httpMultipart" ||
           name.rfind("axios", 0) == 0 || name == "https.get" || name == "http.get";
  };
  const ValueFlow fetched(unit, is_fetch);
  Walk(unit.tree->root(), [&](TSNode node) {
    const bool call = TypeIs(node, "call_expression");
    const bool construct = TypeIs(node, "new_expression");
    if (!call && !construct) return true;
    const std::string name(Text(unit, Field(node, construct ? "constructor" : "function")));
    const std::vector<TSNode> args = JsArgs(node);
    bool sink = false;
    if (construct) {
      if (name == "Function" || name == "vm.Script") {
        for (TSNode arg : args) sink = sink || fetched.Marked(arg);
      }
    } else if (!args.empty()) {
      sink = (name == "eval" || name == "Function" || name == "setTimeout" ||
              name == "setInterval" || name == "require" || name == "vm.runInThisContext" ||
              name == "vm.runInNewContext" || name == "vm.runInContext") &&
             fetched.Marked(args.front());
    }
    if (sink) {
      Report(rule, unit, node, "downloaded content reaches " + name + " and runs as code",
             "flow:" + name + ":" + std::string(Text(unit, node)), emitter);
    }
    return true;
  });
}

// ---- PowerShell --------------------------------------------------------------------------------

bool IsPsFetchCommand(const std::string& name) {
  return name == "invoke-webrequest" || name == "iwr" || name == "invoke-restmethod" ||
         name == "irm" || name == "curl" || name == "wget" || name == "start-bitstransfer";
}

bool IsPsInvocationOf(const FileUnit& unit, TSNode node, std::initializer_list<const char*> names) {
  if (!TypeIs(node, "invokation_expression") && !TypeIs(node, "member_access")) return false;
  for (TSNode child : NamedChildren(node)) {
    if (!TypeIs(child, "member_name")) continue;
    const std::string member = Lower(Text(unit, child));
    for (const char* name : names) {
      if (member == name) return true;
    }
  }
  return false;
}

bool IsPsShellSink(const std::string& name) {
  return name == "invoke-expression" || name == "iex" || name == "sh" || name == "bash" ||
         name == "python" || name == "python3";
}

// A path written by a download: -OutFile <x> or DownloadFile(url, <x>), as lower-case text.
std::string NormalizedPath(const FileUnit& unit, TSNode node) {
  std::string text = Lower(Text(unit, PsUnwrap(node)));
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'')) {
    text = text.substr(1, text.size() - 2);
  }
  return text;
}

void CheckPowerShell(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  auto is_fetch = [&](TSNode node) {
    if (TypeIs(node, "command")) return IsPsFetchCommand(PsCommandName(unit, node));
    return IsPsInvocationOf(unit, node, {"downloadstring", "downloaddata", "getstringasync"});
  };
  const ValueFlow fetched(unit, is_fetch);
  std::set<std::string> downloaded_paths;
  Walk(unit.tree->root(), [&](TSNode node) {
    if (TypeIs(node, "pipeline_chain")) {
      // A fetch earlier in the same pipeline feeds Invoke-Expression or a shell.
      bool fetch_before = false;
      for (TSNode stage : NamedChildren(node)) {
        const std::string stage_name = TypeIs(stage, "command") ? PsCommandName(unit, stage) : "";
        if (fetch_before && IsPsShellSink(stage_name)) {
          Report(rule, unit, stage,
                 "a download is piped into " +
                     std::string(Text(unit, Field(stage, "command_name"))) + " and runs as code",
                 "pipe:" + stage_name + ":" + std::string(Text(unit, node)), emitter);
          break;
        }
        fetch_before = fetch_before || fetched.Marked(stage);
      }
      return true;
    }
    if (TypeIs(node, "command")) {
      const std::string name = PsCommandName(unit, node);
      const std::vector<TSNode> elements = PsCommandElements(node);
      if (IsPsFetchCommand(name)) {
        for (size_t i = 0; i + 1 < elements.size(); ++i) {
          if (TypeIs(elements[i], "command_parameter") &&
              Lower(Text(unit, elements[i])) == "-outfile") {
            downloaded_paths.insert(NormalizedPath(unit, elements[i + 1]));
          }
        }
      }
      if ((name == "invoke-expression" || name == "iex") && fetched.Marked(node)) {
        Report(rule, unit, node, "downloaded content reaches Invoke-Expression and runs as code",
               "flow:iex:" + std::string(Text(unit, node)), emitter);
        return false;
      }
      // Starting a file that a download wrote.
      if (name == "start-process" || name == "saps" || name.empty()) {
        TSNode program{};
        if (name.empty()) {
          program = Field(node, "command_name");
        } else {
          for (size_t i = 0; i < elements.size(); ++i) {
            if (TypeIs(elements[i], "command_parameter")) {
              if (Lower(Text(unit, elements[i])) == "-filepath" && i + 1 < elements.size()) {
                program = elements[i + 1];
                break;
              }
              continue;
            }
            program = elements[i];
            break;
          }
        }
        if (!ts_node_is_null(program) &&
            downloaded_paths.count(NormalizedPath(unit, program)) > 0) {
          Report(rule, unit, node, "a downloaded file is started",
                 "start:" + NormalizedPath(unit, program), emitter);
        }
      }
      // pip install as a command.
      if (name == "pip" || name == "pip3" || name == "pip.exe" ||
          ((name == "python" || name == "python3" || name == "py") && elements.size() > 2)) {
        std::vector<std::string> words = {name};
        for (TSNode element : elements) SplitWords(Text(unit, element), words);
        if (WordsInstallWithPip(words, false)) {
          Report(rule, unit, node, "a package is installed with pip at run time",
                 "pip:" + std::string(Text(unit, node)), emitter);
        }
      }
      return true;
    }
    if (IsPsInvocationOf(unit, node, {"downloadfile"})) {
      const TSNode list = ts_node_named_child(node, ts_node_named_child_count(node) - 1);
      if (TypeIs(list, "argument_list")) {
        std::vector<TSNode> args;
        Walk(list, [&](TSNode current) {
          if (TypeIs(current, "argument_expression")) {
            args.push_back(current);
            return false;
          }
          return true;
        });
        if (args.size() == 2) downloaded_paths.insert(NormalizedPath(unit, args[1]));
      }
      return true;
    }
    if (IsPsInvocationOf(unit, node, {"create"}) &&
        Lower(Text(unit, node)).find("scriptblock") != std::string::npos) {
      const TSNode list = ts_node_named_child(node, ts_node_named_child_count(node) - 1);
      if (TypeIs(list, "argument_list") && fetched.Marked(list)) {
        Report(rule, unit, node, "downloaded content becomes a script block and runs as code",
               "flow:scriptblock:" + std::string(Text(unit, node)), emitter);
        return false;
      }
    }
    return true;
  });
}

}  // namespace

void CheckDownloadAndExecute(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
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
      return;
  }
  CheckPipeToShellStrings(rule, unit, emitter);
}

}  // namespace packaudit
