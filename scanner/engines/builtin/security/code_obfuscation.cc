// SEC018: obfuscated code, per code unit.
//   - A blob of 200+ characters (base64 or hex text, or a string written as \xNN escapes) is
//     decoded (base64/binascii/bytes.fromhex/codecs/zlib/gzip/bz2/lzma in Python, atob or
//     Buffer.from(..., 'base64'|'hex') in JavaScript, [Convert]::FromBase64String in
//     PowerShell) and the result, directly or through variables, is executed or imported
//     (exec, eval, compile, __import__, importlib, marshal/pickle loads, a process; eval,
//     Function, timers; Invoke-Expression, [ScriptBlock]::Create). PowerShell's
//     -EncodedCommand is that by definition. A decoded blob that is only stored or returned (an
//     image for a file result) is not reported.
//   - codecs.decode / encode with rot13.
//   - A string assembled from character codes: "".join(chr(c) for c in [104, 105, ...]),
//     map(chr, [...]), chr(104) + chr(105) + chr(106); String.fromCharCode(104, 105, 106);
//     [char]104 + [char]105 + [char]106 or [char[]](104, 105, 106). At least three codes, all
//     integer literals: chr(ord("a") + i) over a range is ordinary code.
//   - JavaScript with a line of more than 1,000 characters of code (strings and comments do
//     not count), reported once per unit at the first such line.
// Only code units are scanned, so test_data and the YAML image field are never examined.
#include <algorithm>
#include <string>

#include "engines/builtin/security/checks_code.h"
#include "engines/builtin/security/code_flow.h"
#include "engines/builtin/security/code_support.h"

namespace packaudit {
namespace {

using namespace sec_code;  // NOLINT(build/namespaces): the family's helper namespace

constexpr size_t kMinBlob = 200;
constexpr size_t kMaxLine = 1000;
constexpr int kMinCharCodes = 3;

void Report(const RuleSpec& rule, const FileUnit& unit, TSNode node, const std::string& detail,
            const std::string& key, Emitter& emitter) {
  tree_checks::EmitAt(rule, unit, node, MessageArgs{{"detail", detail}}, key, emitter);
}

bool IsBase64Char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
         c == '/' || c == '=' || c == '-' || c == '_';
}

// Body of a string, or of a Python implicit concatenation of strings.
std::string LiteralBody(const FileUnit& unit, TSNode node) {
  if (TypeIs(node, "concatenated_string")) {
    std::string body;
    for (TSNode part : NamedChildren(node)) body += std::string(StringBody(unit, part));
    return body;
  }
  return std::string(StringBody(unit, node));
}

// A literal of 200+ characters that is all base64/hex text (line breaks and \n escapes aside).
bool IsEncodedBlob(const FileUnit& unit, TSNode node) {
  if (!IsStringNode(unit, node) && !TypeIs(node, "concatenated_string")) return false;
  const std::string body = LiteralBody(unit, node);
  size_t count = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '\n' || c == '\r' || c == ' ') continue;
    if (c == '\\' && i + 1 < body.size() && body[i + 1] == 'n') {
      ++i;
      continue;
    }
    if (!IsBase64Char(c)) return false;
    ++count;
  }
  return count >= kMinBlob;
}

// A literal written as 200+ characters of \xNN escapes: Python decodes it itself.
bool IsEscapeBlob(const FileUnit& unit, TSNode node) {
  if (!IsStringNode(unit, node) && !TypeIs(node, "concatenated_string")) return false;
  const std::string body = LiteralBody(unit, node);
  if (body.size() < kMinBlob) return false;
  size_t escapes = 0;
  for (size_t i = 0; i + 3 < body.size(); ++i) {
    if (body[i] == '\\' && body[i + 1] == 'x') ++escapes;
  }
  return escapes * 4 * 10 >= body.size() * 9;  // at least 90% escapes
}

// ---- character codes ---------------------------------------------------------------------------

int CountIntegers(TSNode node, const char* integer_type) {
  int count = 0;
  for (TSNode child : NamedChildren(node)) {
    if (TypeIs(child, integer_type)) ++count;
  }
  return count;
}

// Python chr(<integer>).
bool IsChrOfInteger(const FileUnit& unit, const PyImports& imports, TSNode node) {
  if (!TypeIs(node, "call") || PyCallee(unit, imports, node) != "chr") return false;
  const std::vector<TSNode> args = PyPositionalArgs(node);
  return args.size() == 1 && TypeIs(args[0], "integer");
}

// Python: the assembled-from-codes shapes, at `node`.
bool IsPyCharCodeString(const FileUnit& unit, const PyImports& imports, TSNode node) {
  if (TypeIs(node, "binary_operator")) {
    // The walker reports the outermost chain and does not descend below a report.
    int codes = 0;
    Walk(node, [&](TSNode current) {
      if (IsChrOfInteger(unit, imports, current)) {
        ++codes;
        return false;
      }
      return TypeIs(current, "binary_operator") || TypeIs(current, "parenthesized_expression");
    });
    return codes >= kMinCharCodes;
  }
  if (!TypeIs(node, "call")) return false;
  const TSNode function = Field(node, "function");
  if (!TypeIs(function, "attribute") || Text(unit, Field(function, "attribute")) != "join") {
    return false;
  }
  const TSNode arguments = Field(node, "arguments");
  if (ts_node_is_null(arguments)) return false;
  TSNode source = arguments;  // join(x for x in ...) passes a generator_expression as arguments
  if (!TypeIs(arguments, "generator_expression")) {
    const std::vector<TSNode> positional = PyPositionalArgs(node);
    if (positional.size() != 1) return false;
    source = positional[0];
  }
  if (TypeIs(source, "list") || TypeIs(source, "tuple")) {
    int codes = 0;
    for (TSNode item : NamedChildren(source)) {
      if (IsChrOfInteger(unit, imports, item)) ++codes;
    }
    return codes >= kMinCharCodes;
  }
  if (TypeIs(source, "generator_expression") || TypeIs(source, "list_comprehension")) {
    const TSNode body = Field(source, "body");
    if (!TypeIs(body, "call") || PyCallee(unit, imports, body) != "chr") return false;
    for (TSNode clause : NamedChildren(source)) {
      if (!TypeIs(clause, "for_in_clause")) continue;
      const TSNode right = Field(clause, "right");
      if ((TypeIs(right, "list") || TypeIs(right, "tuple")) &&
          CountIntegers(right, "integer") >= kMinCharCodes) {
        return true;
      }
    }
    return false;
  }
  if (TypeIs(source, "call") && PyCallee(unit, imports, source) == "map") {
    const std::vector<TSNode> args = PyPositionalArgs(source);
    return args.size() == 2 && Text(unit, args[0]) == "chr" &&
           (TypeIs(args[1], "list") || TypeIs(args[1], "tuple")) &&
           CountIntegers(args[1], "integer") >= kMinCharCodes;
  }
  return false;
}

bool IsJsCharCodeString(const FileUnit& unit, TSNode node) {
  if (!TypeIs(node, "call_expression")) return false;
  const std::string_view name = Text(unit, Field(node, "function"));
  const std::vector<TSNode> args = JsArgs(node);
  if (name == "String.fromCharCode") {
    int codes = 0;
    for (TSNode arg : args) {
      if (TypeIs(arg, "number")) ++codes;
      if (TypeIs(arg, "spread_element") && ts_node_named_child_count(arg) == 1 &&
          TypeIs(ts_node_named_child(arg, 0), "array")) {
        codes += CountIntegers(ts_node_named_child(arg, 0), "number");
      }
    }
    return codes >= kMinCharCodes;
  }
  if (name == "String.fromCharCode.apply" && args.size() == 2 && TypeIs(args[1], "array")) {
    return CountIntegers(args[1], "number") >= kMinCharCodes;
  }
  return false;
}

bool IsPsCharCast(const FileUnit& unit, TSNode cast, std::string_view type) {
  if (!TypeIs(cast, "cast_expression")) return false;
  const TSNode type_node = ts_node_named_child(cast, 0);
  return !ts_node_is_null(type_node) && Lower(Text(unit, type_node)) == type;
}

bool IsPsCharCodeString(const FileUnit& unit, TSNode node) {
  if (IsPsCharCast(unit, node, "[char[]]")) {
    int codes = 0;
    Walk(node, [&](TSNode current) {
      if (TypeIs(current, "integer_literal")) ++codes;
      return true;
    });
    return codes >= kMinCharCodes;
  }
  if (!TypeIs(node, "additive_expression")) return false;
  int codes = 0;
  Walk(node, [&](TSNode current) {
    if (IsPsCharCast(unit, current, "[char]")) {
      bool integer = false;
      Walk(current, [&](TSNode inner) {
        integer = integer || TypeIs(inner, "integer_literal");
        return !integer;
      });
      if (integer) ++codes;
      return false;
    }
    return true;
  });
  return codes >= kMinCharCodes;
}

// ---- decoders and sinks ----------------------------------------------------------------------

bool IsPyDecoder(const std::string& callee) {
  static const char* const kDecoders[] = {
      "base64.b64decode",    "base64.standard_b64decode", "base64.urlsafe_b64decode",
      "base64.b32decode",    "base64.b16decode",          "base64.b85decode",
      "base64.a85decode",    "base64.decodebytes",        "base64.decodestring",
      "binascii.a2b_base64", "binascii.unhexlify",        "binascii.a2b_hex",
      "bytes.fromhex",       "bytearray.fromhex",         "codecs.decode",
      "zlib.decompress",     "gzip.decompress",           "bz2.decompress",
      "lzma.decompress"};
  for (const char* decoder : kDecoders) {
    if (callee == decoder) return true;
  }
  return false;
}

bool IsPySink(const std::string& callee) {
  return callee == "exec" || callee == "eval" || callee == "compile" || callee == "__import__" ||
         callee.rfind("importlib.", 0) == 0 || callee == "marshal.loads" ||
         callee == "pickle.loads" || callee.rfind("subprocess.", 0) == 0 || callee == "os.system" ||
         callee == "os.popen" || callee == "types.FunctionType";
}

void CheckPython(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  const PyImports imports = CollectPyImports(unit);
  const ValueFlow blobs(unit, [&](TSNode node) { return IsEncodedBlob(unit, node); });
  const ValueFlow decoded(unit, [&](TSNode node) {
    if (IsEscapeBlob(unit, node)) return true;
    return TypeIs(node, "call") && IsPyDecoder(PyCallee(unit, imports, node)) &&
           blobs.Marked(Field(node, "arguments"));
  });
  Walk(unit.tree->root(), [&](TSNode node) {
    if (IsPyCharCodeString(unit, imports, node)) {
      Report(rule, unit, node, "a string is assembled from character codes",
             "chr:" + std::string(Text(unit, node)), emitter);
      return false;
    }
    if (!TypeIs(node, "call")) return true;
    const std::string callee = PyCallee(unit, imports, node);
    const std::vector<TSNode> positional = PyPositionalArgs(node);
    if (callee == "codecs.decode" || callee == "codecs.encode") {
      TSNode encoding = PyKeywordArg(unit, node, "encoding");
      if (ts_node_is_null(encoding) && positional.size() > 1) encoding = positional[1];
      if (!ts_node_is_null(encoding) && TypeIs(encoding, "string")) {
        const std::string name = Lower(StringBody(unit, encoding));
        if (name == "rot13" || name == "rot_13" || name == "rot-13") {
          Report(rule, unit, node, "text is hidden with rot13", "rot13:" + callee, emitter);
          return true;
        }
      }
    }
    if (IsPySink(callee) && !positional.empty() && decoded.Marked(positional.front())) {
      Report(rule, unit, node,
             "an encoded blob is decoded and passed to " + callee + " to run or import",
             "blob:" + callee, emitter);
      return false;
    }
    return true;
  });
}

void CheckJavaScript(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  const ValueFlow blobs(unit, [&](TSNode node) { return IsEncodedBlob(unit, node); });
  const ValueFlow decoded(unit, [&](TSNode node) {
    if (!TypeIs(node, "call_expression")) return false;
    const std::string_view name = Text(unit, Field(node, "function"));
    const std::vector<TSNode> args = JsArgs(node);
    if (args.empty() || !blobs.Marked(args[0])) return false;
    if (name == "atob" || name == "unescape" || name == "decodeURIComponent") return true;
    if (name == "Buffer.from" && args.size() == 2 && TypeIs(args[1], "string")) {
      const std::string_view encoding = StringBody(unit, args[1]);
      return encoding == "base64" || encoding == "hex" || encoding == "base64url";
    }
    return false;
  });
  Walk(unit.tree->root(), [&](TSNode node) {
    if (IsJsCharCodeString(unit, node)) {
      Report(rule, unit, node, "a string is assembled from character codes",
             "chr:" + std::string(Text(unit, node)), emitter);
      return false;
    }
    const bool call = TypeIs(node, "call_expression");
    if (!call && !TypeIs(node, "new_expression")) return true;
    const std::string_view name = Text(unit, Field(node, call ? "function" : "constructor"));
    const std::vector<TSNode> args = JsArgs(node);
    const bool sink = name == "eval" || name == "Function" || name == "setTimeout" ||
                      name == "setInterval" || name.rfind("vm.", 0) == 0;
    bool marked = false;
    for (TSNode arg : args) marked = marked || decoded.Marked(arg);
    if (sink && marked) {
      Report(rule, unit, node,
             "an encoded blob is decoded and passed to " + std::string(name) + " to run",
             "blob:" + std::string(name), emitter);
    }
    return true;
  });
}

void CheckPowerShell(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  const ValueFlow blobs(unit, [&](TSNode node) { return IsEncodedBlob(unit, node); });
  const ValueFlow decoded(unit, [&](TSNode node) {
    if (!TypeIs(node, "invokation_expression")) return false;
    bool from_base64 = false;
    for (TSNode child : NamedChildren(node)) {
      if (TypeIs(child, "member_name") && Lower(Text(unit, child)) == "frombase64string") {
        from_base64 = true;
      }
    }
    return from_base64 && blobs.Marked(node);
  });
  Walk(unit.tree->root(), [&](TSNode node) {
    if (IsPsCharCodeString(unit, node)) {
      Report(rule, unit, node, "a string is assembled from character codes",
             "chr:" + std::string(Text(unit, node)), emitter);
      return false;
    }
    if (!TypeIs(node, "command")) {
      if (TypeIs(node, "invokation_expression") &&
          Lower(Text(unit, node)).find("scriptblock]::create") != std::string::npos &&
          decoded.Marked(node)) {
        Report(rule, unit, node, "an encoded blob is decoded and run as a script block",
               "blob:scriptblock", emitter);
        return false;
      }
      return true;
    }
    const std::string name = PsCommandName(unit, node);
    if (name == "powershell" || name == "powershell.exe" || name == "pwsh" || name == "pwsh.exe") {
      for (TSNode element : PsCommandElements(node)) {
        const std::string parameter = Lower(Text(unit, element));
        if (TypeIs(element, "command_parameter") &&
            (parameter == "-e" || parameter == "-ec" || parameter == "-enc" ||
             parameter == "-encodedcommand")) {
          Report(rule, unit, node, "an encoded command is decoded and run by " + name,
                 "encodedcommand:" + name, emitter);
          return false;
        }
      }
    }
    if ((name == "invoke-expression" || name == "iex") && decoded.Marked(node)) {
      Report(rule, unit, node, "an encoded blob is decoded and passed to Invoke-Expression",
             "blob:iex", emitter);
      return false;
    }
    return true;
  });
}

// JavaScript lines with more than kMaxLine characters outside strings, templates, regexes and
// comments.
void CheckMinifiedLines(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  const std::string_view text = unit.tree->text();
  // Byte ranges that do not count as code.
  std::vector<std::pair<uint32_t, uint32_t>> literals;
  Walk(unit.tree->root(), [&](TSNode node) {
    if (TypeIs(node, "string") || TypeIs(node, "template_string") || TypeIs(node, "comment") ||
        TypeIs(node, "regex")) {
      literals.emplace_back(ts_node_start_byte(node), ts_node_end_byte(node));
      return false;
    }
    return true;
  });
  size_t line_start = 0;
  size_t literal_index = 0;
  int long_lines = 0;
  size_t first_start = 0;
  size_t first_end = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    if (line_end - line_start > kMaxLine) {
      size_t literal_bytes = 0;
      while (literal_index < literals.size() && literals[literal_index].second <= line_start) {
        ++literal_index;
      }
      for (size_t i = literal_index; i < literals.size() && literals[i].first < line_end; ++i) {
        const size_t from = std::max<size_t>(literals[i].first, line_start);
        const size_t to = std::min<size_t>(literals[i].second, line_end);
        if (to > from) literal_bytes += to - from;
      }
      if (line_end - line_start - literal_bytes > kMaxLine) {
        if (long_lines == 0) {
          first_start = line_start;
          first_end = line_end;
        }
        ++long_lines;
      }
    }
    line_start = line_end + 1;
  }
  if (long_lines == 0) return;
  const std::string detail = "the JavaScript is minified (" + std::to_string(long_lines) +
                             (long_lines == 1 ? " line" : " lines") +
                             " of more than 1,000 characters of code)";
  const size_t begin = unit.MapOffset(first_start);
  const size_t end = unit.MapOffset(std::min(first_end, first_start + 80) - 1) + 1;
  emitter.AtBytes(rule, *unit.file, begin, end, MessageArgs{{"detail", detail}}, "minified");
}

}  // namespace

void CheckObfuscation(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || tree_checks::IsVendoredRuntimeFile(unit)) return;
  switch (unit.tree->language()) {
    case Language::kPython:
      CheckPython(rule, unit, emitter);
      break;
    case Language::kJavaScript:
      CheckJavaScript(rule, unit, emitter);
      CheckMinifiedLines(rule, unit, emitter);
      break;
    case Language::kPowerShell:
      CheckPowerShell(rule, unit, emitter);
      break;
    default:
      break;
  }
}

}  // namespace packaudit
