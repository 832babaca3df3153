// SEC016: insecure temporary files in Python code units: tempfile.mktemp (a name that another
// process can claim first), string literals naming a fixed path under /tmp, /var/tmp or
// /dev/shm (docstrings, comparisons and startswith/endswith checks excepted; an f-string with a
// literal /tmp/ prefix counts), and chmod with a world-writable literal mode (o+w, e.g. 0o777).
#include <cstdlib>
#include <set>
#include <string>

#include "engines/builtin/security/checks_code.h"
#include "engines/builtin/security/code_support.h"

namespace packaudit {
namespace {

using namespace sec_code;  // NOLINT(build/namespaces): the family's helper namespace

constexpr std::string_view kTempDirs[] = {"/tmp", "/var/tmp", "/dev/shm"};

// Whether a string body names a file below a shared temp folder ("/tmp/x", "/tmp/{name}").
bool IsFixedTempPath(std::string_view body) {
  for (std::string_view dir : kTempDirs) {
    if (body.size() > dir.size() + 1 && body.substr(0, dir.size()) == dir &&
        body[dir.size()] == '/') {
      return true;
    }
  }
  return false;
}

// Whether `node` is a bare temp folder ("/tmp/") that starts a concatenation: "/tmp/" + name
// names a predictable file as much as "/tmp/report.csv" does.
bool StartsTempConcatenation(std::string_view body, TSNode node) {
  bool bare_dir = false;
  for (std::string_view dir : kTempDirs) {
    if (body.size() == dir.size() + 1 && body.substr(0, dir.size()) == dir && body.back() == '/') {
      bare_dir = true;
    }
  }
  if (!bare_dir) return false;
  const TSNode parent = ts_node_parent(node);
  if (ts_node_is_null(parent) || !TypeIs(parent, "binary_operator")) return false;
  const TSNode left = ts_node_child_by_field_name(parent, "left", 4);
  return !ts_node_is_null(left) && ts_node_eq(left, node);
}

// Whether the string is only inspected (compared, startswith) rather than used as a path.
bool IsOnlyCompared(const FileUnit& unit, TSNode string_node) {
  TSNode parent = ts_node_parent(string_node);
  if (ts_node_is_null(parent)) return false;
  if (TypeIs(parent, "comparison_operator")) return true;
  if (TypeIs(parent, "tuple")) parent = ts_node_parent(parent);
  if (ts_node_is_null(parent) || !TypeIs(parent, "argument_list")) return false;
  const TSNode call = ts_node_parent(parent);
  const TSNode function = Field(call, "function");
  if (ts_node_is_null(function) || !TypeIs(function, "attribute")) return false;
  const std::string_view method = Text(unit, Field(function, "attribute"));
  return method == "startswith" || method == "endswith";
}

// Value of a Python integer literal (0o777, 0777, 511, 0x1ff), or -1.
long IntegerValue(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c != '_') digits.push_back(c);
  }
  int base = 10;
  size_t start = 0;
  if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'o' || digits[1] == 'O')) {
    base = 8;
    start = 2;
  } else if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
    base = 16;
    start = 2;
  } else if (digits.size() > 1 && digits[0] == '0') {
    base = 8;
    start = 1;
  }
  char* end = nullptr;
  const long value = std::strtol(digits.c_str() + start, &end, base);
  return end != nullptr && *end == '\0' ? value : -1;
}

bool IsWorldWritableMode(const FileUnit& unit, TSNode mode) {
  if (ts_node_is_null(mode)) return false;
  if (TypeIs(mode, "integer")) {
    const long value = IntegerValue(Text(unit, mode));
    return value >= 0 && (value & 02) != 0;
  }
  const std::string_view text = Text(unit, mode);
  return text.find("S_IWOTH") != std::string_view::npos ||
         text.find("S_IRWXO") != std::string_view::npos;
}

}  // namespace

void CheckInsecureTempFiles(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || unit.tree->language() != Language::kPython ||
      tree_checks::IsVendoredRuntimeFile(unit)) {
    return;
  }
  const PyImports imports = CollectPyImports(unit);
  const std::set<uint32_t> bare = BareStringStarts(unit);
  Walk(unit.tree->root(), [&](TSNode node) {
    if (TypeIs(node, "string")) {
      const std::string_view body = StringBody(unit, node);
      if ((IsFixedTempPath(body) || StartsTempConcatenation(body, node)) &&
          bare.count(ts_node_start_byte(node)) == 0 &&
          !IsOnlyCompared(unit, node)) {
        tree_checks::EmitAt(
            rule, unit, node,
            MessageArgs{
                {"what", "a fixed path in a shared temp folder"},
                {"detail", "another local process can predict it, pre-create it or link it"}},
            "tmp:" + std::string(body), emitter);
      }
      return false;
    }
    if (!TypeIs(node, "call")) return true;
    const std::string callee = PyCallee(unit, imports, node);
    if (PyCalleeIn(unit, imports, node, {"tempfile.mktemp"})) {
      tree_checks::EmitAt(
          rule, unit, node,
          MessageArgs{{"what", "tempfile.mktemp"},
                      {"detail", "the name is free when returned and can be claimed before use"}},
          "mktemp", emitter);
      return true;
    }
    TSNode mode = PyKeywordArg(unit, node, "mode");
    bool chmod = false;
    if (PyCalleeIn(unit, imports, node, {"os.chmod", "os.fchmod", "os.lchmod"})) {
      chmod = true;
      const std::vector<TSNode> positional = PyPositionalArgs(node);
      if (ts_node_is_null(mode) && positional.size() > 1) mode = positional[1];
    } else {
      const TSNode function = Field(node, "function");
      if (!ts_node_is_null(function) && TypeIs(function, "attribute") &&
          Text(unit, Field(function, "attribute")) == "chmod" && callee.rfind("os.", 0) != 0) {
        chmod = true;
        const std::vector<TSNode> positional = PyPositionalArgs(node);
        if (ts_node_is_null(mode) && !positional.empty()) mode = positional[0];
      }
    }
    if (chmod && IsWorldWritableMode(unit, mode)) {
      tree_checks::EmitAt(
          rule, unit, node,
          MessageArgs{{"what", "a world-writable chmod (" + std::string(Text(unit, mode)) + ")"},
                      {"detail", "any local user can replace the file's content"}},
          "chmod:" + std::string(Text(unit, mode)), emitter);
    }
    return true;
  });
}

}  // namespace packaudit
