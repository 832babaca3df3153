#include "engines/builtin/code/tree_walk.h"

#include <array>
#include <cstring>

#include "walk/path_util.h"

namespace packaudit::tree_checks {
namespace {

bool IsComment(TSNode node) { return std::strcmp(ts_node_type(node), "comment") == 0; }

}  // namespace

std::string_view Text(const FileUnit& unit, TSNode node) { return unit.tree->NodeText(node); }

std::vector<TSNode> NamedChildren(TSNode node) {
  std::vector<TSNode> children;
  const uint32_t count = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < count; ++i) {
    const TSNode child = ts_node_named_child(node, i);
    if (!IsComment(child)) children.push_back(child);
  }
  return children;
}

TSNode FirstStatement(TSNode root) {
  TSNode node = root;
  for (int depth = 0; depth < 2; ++depth) {
    const std::vector<TSNode> children = NamedChildren(node);
    if (children.empty()) return TSNode{};
    node = children.front();
    if (!TypeIs(node, "statement_list")) return node;
  }
  return node;
}

bool IsMethodCall(const FileUnit& unit, TSNode call, std::string_view object,
                  std::string_view method) {
  if (!TypeIs(call, "call")) return false;
  const TSNode function = ts_node_child_by_field_name(call, "function", 8);
  if (ts_node_is_null(function) || !TypeIs(function, "attribute")) return false;
  const TSNode target = ts_node_child_by_field_name(function, "object", 6);
  const TSNode name = ts_node_child_by_field_name(function, "attribute", 9);
  return !ts_node_is_null(target) && TypeIs(target, "identifier") && !ts_node_is_null(name) &&
         Text(unit, target) == object && Text(unit, name) == method;
}

bool IsNameCall(const FileUnit& unit, TSNode call, std::string_view name) {
  if (!TypeIs(call, "call")) return false;
  const TSNode function = ts_node_child_by_field_name(call, "function", 8);
  return !ts_node_is_null(function) && TypeIs(function, "identifier") &&
         Text(unit, function) == name;
}

TSNode TopLevelFunction(const FileUnit& unit, std::string_view name) {
  for (TSNode statement : NamedChildren(unit.tree->root())) {
    if (TypeIs(statement, "decorated_definition")) {
      statement = ts_node_child_by_field_name(statement, "definition", 10);
    }
    if (ts_node_is_null(statement) || !TypeIs(statement, "function_definition")) continue;
    if (FunctionName(unit, statement) == name) return statement;
  }
  return TSNode{};
}

bool ImportsApiModule(const FileUnit& unit, TSNode import_from) {
  if (!TypeIs(import_from, "import_from_statement")) return false;
  const TSNode module = ts_node_child_by_field_name(import_from, "module_name", 11);
  if (ts_node_is_null(module)) return false;
  constexpr std::string_view kSuffix = "ApiModule";
  const std::string_view name = Text(unit, module);
  return name.size() >= kSuffix.size() && name.substr(name.size() - kSuffix.size()) == kSuffix;
}

std::string_view FunctionName(const FileUnit& unit, TSNode function) {
  const TSNode name = ts_node_child_by_field_name(function, "name", 4);
  return ts_node_is_null(name) ? std::string_view() : Text(unit, name);
}

std::string_view BaseName(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool IsVendoredRuntimeFile(const FileUnit& unit) {
  static constexpr std::array<std::string_view, 6> kNames = {
      "CommonServerPython.py",      "CommonServerUserPython.py",      "demistomock.py",
      "CommonServerPowerShell.ps1", "CommonServerUserPowerShell.ps1", "demistomock.ps1"};
  if (unit.embedded != nullptr) return false;
  const std::string_view name = BaseName(unit.file->path());
  for (std::string_view vendored : kNames) {
    if (name == vendored) return true;
  }
  return false;
}

bool IsApiModule(const FileUnit& unit) {
  constexpr std::string_view kSuffix = "ApiModule.py";
  const std::string_view name = BaseName(unit.file->path());
  return unit.embedded == nullptr && name.size() > kSuffix.size() &&
         name.substr(name.size() - kSuffix.size()) == kSuffix;
}

bool InScriptItem(const FileUnit& unit) {
  const std::vector<std::string> parts = SplitPath(unit.file->path());
  const size_t n = parts.size();
  return (n >= 2 && parts[n - 2] == "Scripts") || (n >= 3 && parts[n - 3] == "Scripts");
}

void EmitAt(const RuleSpec& rule, const FileUnit& unit, TSNode node, const MessageArgs& args,
            std::string match_text, Emitter& emitter) {
  const uint32_t begin = ts_node_start_byte(node);
  const uint32_t end = ts_node_end_byte(node);
  emitter.AtBytes(rule, *unit.file, unit.MapOffset(begin),
                  end > begin ? unit.MapOffset(end - 1) + 1 : unit.MapOffset(begin), args,
                  std::move(match_text));
}

}  // namespace packaudit::tree_checks
