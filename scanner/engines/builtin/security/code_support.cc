#include "engines/builtin/security/code_support.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/text.h"
#include "engines/query_engine.h"

namespace packaudit::sec_code {
namespace {

bool OneOfType(TSNode node, std::initializer_list<const char*> types) {
  for (const char* type : types) {
    if (TypeIs(node, type)) return true;
  }
  return false;
}

// Binds the names of one `import a.b as c` / `from m import x as y` clause.
void BindImport(const FileUnit& unit, TSNode statement, PyImports& imports) {
  const bool from = TypeIs(statement, "import_from_statement");
  std::string module;
  if (from) {
    const TSNode module_node = Field(statement, "module_name");
    if (ts_node_is_null(module_node) || !TypeIs(module_node, "dotted_name")) return;  // relative
    module = std::string(Text(unit, module_node));
  }
  for (TSNode child : NamedChildren(statement)) {
    if (TypeIs(child, "wildcard_import")) {
      imports.star_modules.push_back(module);
      continue;
    }
    std::string name;
    std::string alias;
    if (TypeIs(child, "aliased_import")) {
      name = std::string(Text(unit, Field(child, "name")));
      alias = std::string(Text(unit, Field(child, "alias")));
    } else if (TypeIs(child, "dotted_name")) {
      if (from && ts_node_eq(child, Field(statement, "module_name"))) continue;
      name = std::string(Text(unit, child));
    } else {
      continue;
    }
    if (from) {
      imports.names[alias.empty() ? name : alias] = module + "." + name;
    } else if (!alias.empty()) {
      imports.names[alias] = name;
    } else {
      const std::string head = name.substr(0, name.find('.'));
      imports.names[head] = head;
    }
  }
}

bool IsWrapper(TSNode node) {
  static const char* const kWrappers[] = {"array_literal_expression",
                                          "unary_expression",
                                          "range_expression",
                                          "format_expression",
                                          "multiplicative_expression",
                                          "additive_expression",
                                          "comparison_expression",
                                          "bitwise_expression",
                                          "logical_expression",
                                          "pipeline",
                                          "pipeline_chain",
                                          "argument_expression",
                                          "logical_argument_expression",
                                          "bitwise_argument_expression",
                                          "comparison_argument_expression",
                                          "additive_argument_expression",
                                          "multiplicative_argument_expression",
                                          "format_argument_expression",
                                          "range_argument_expression"};
  for (const char* type : kWrappers) {
    if (TypeIs(node, type)) return true;
  }
  return false;
}

}  // namespace

TSNode Field(TSNode node, const char* name) {
  if (ts_node_is_null(node)) return node;
  return ts_node_child_by_field_name(node, name, static_cast<uint32_t>(std::strlen(name)));
}

PyImports CollectPyImports(const FileUnit& unit) {
  PyImports imports;
  if (unit.tree == nullptr) return imports;
  Walk(unit.tree->root(), [&](TSNode node) {
    if (TypeIs(node, "import_statement") || TypeIs(node, "import_from_statement")) {
      BindImport(unit, node, imports);
      return false;
    }
    return true;
  });
  return imports;
}

std::string DottedName(const FileUnit& unit, TSNode expression) {
  if (ts_node_is_null(expression)) return "";
  if (TypeIs(expression, "identifier")) return std::string(Text(unit, expression));
  if (!TypeIs(expression, "attribute")) return "";
  const std::string object = DottedName(unit, Field(expression, "object"));
  const TSNode attribute = Field(expression, "attribute");
  if (object.empty() || ts_node_is_null(attribute)) return "";
  return object + "." + std::string(Text(unit, attribute));
}

std::string QualifiedName(const FileUnit& unit, const PyImports& imports, TSNode expression) {
  const std::string dotted = DottedName(unit, expression);
  if (dotted.empty()) return dotted;
  const size_t dot = dotted.find('.');
  const std::string head = dotted.substr(0, dot);
  const auto found = imports.names.find(head);
  if (found == imports.names.end()) return dotted;
  return dot == std::string::npos ? found->second : found->second + dotted.substr(dot);
}

std::string PyCallee(const FileUnit& unit, const PyImports& imports, TSNode call) {
  if (!TypeIs(call, "call")) return "";
  return QualifiedName(unit, imports, Field(call, "function"));
}

bool PyCalleeIn(const FileUnit& unit, const PyImports& imports, TSNode call,
                std::initializer_list<std::string_view> names) {
  const std::string callee = PyCallee(unit, imports, call);
  if (callee.empty()) return false;
  for (std::string_view name : names) {
    if (callee == name) return true;
  }
  if (callee.find('.') != std::string::npos || imports.names.count(callee) > 0) return false;
  for (const std::string& module : imports.star_modules) {
    const std::string full = module + "." + callee;
    for (std::string_view name : names) {
      if (full == name) return true;
    }
  }
  return false;
}

std::vector<TSNode> PyPositionalArgs(TSNode call) {
  std::vector<TSNode> out;
  const TSNode arguments = Field(call, "arguments");
  if (ts_node_is_null(arguments) || !TypeIs(arguments, "argument_list")) return out;
  for (TSNode argument : NamedChildren(arguments)) {
    if (OneOfType(argument, {"keyword_argument", "list_splat", "dictionary_splat"})) continue;
    out.push_back(argument);
  }
  return out;
}

TSNode PyKeywordArg(const FileUnit& unit, TSNode call, std::string_view name) {
  const TSNode arguments = Field(call, "arguments");
  if (ts_node_is_null(arguments)) return TSNode{};
  for (TSNode argument : NamedChildren(arguments)) {
    if (!TypeIs(argument, "keyword_argument")) continue;
    const TSNode key = Field(argument, "name");
    if (!ts_node_is_null(key) && Text(unit, key) == name) return Field(argument, "value");
  }
  return TSNode{};
}

bool PyHasSplat(TSNode call) {
  const TSNode arguments = Field(call, "arguments");
  if (ts_node_is_null(arguments)) return false;
  for (TSNode argument : NamedChildren(arguments)) {
    if (OneOfType(argument, {"list_splat", "dictionary_splat"})) return true;
  }
  return false;
}

bool PyIsConstant(TSNode node) {
  if (ts_node_is_null(node)) return false;
  if (OneOfType(node, {"list", "tuple", "set", "parenthesized_expression", "expression_list"})) {
    for (TSNode child : NamedChildren(node)) {
      if (!PyIsConstant(child)) return false;
    }
    return true;
  }
  return IsLiteralNode(node, Language::kPython);
}

std::set<uint32_t> BareStringStarts(const FileUnit& unit) {
  std::set<uint32_t> starts;
  if (unit.tree == nullptr) return starts;
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "expression_statement")) return true;
    if (ts_node_named_child_count(node) != 1) return false;
    const TSNode child = ts_node_named_child(node, 0);
    if (TypeIs(child, "string")) starts.insert(ts_node_start_byte(child));
    if (TypeIs(child, "concatenated_string")) {
      for (TSNode part : NamedChildren(child)) starts.insert(ts_node_start_byte(part));
    }
    return true;
  });
  return starts;
}

bool JsIsConstant(TSNode node) {
  if (ts_node_is_null(node)) return false;
  if (OneOfType(node, {"array", "parenthesized_expression"})) {
    for (TSNode child : NamedChildren(node)) {
      if (!JsIsConstant(child)) return false;
    }
    return true;
  }
  return IsLiteralNode(node, Language::kJavaScript);
}

std::vector<TSNode> JsArgs(TSNode call) {
  const TSNode arguments = Field(call, "arguments");
  if (ts_node_is_null(arguments) || !TypeIs(arguments, "arguments")) return {};
  return NamedChildren(arguments);
}

TSNode PsUnwrap(TSNode node) {
  while (!ts_node_is_null(node) && IsWrapper(node) && ts_node_named_child_count(node) == 1) {
    node = ts_node_named_child(node, 0);
  }
  return node;
}

bool PsIsConstant(TSNode node) {
  if (ts_node_is_null(node)) return false;
  bool dynamic = false;
  Walk(node, [&](TSNode current) {
    if (OneOfType(current, {"variable", "sub_expression", "member_access", "invokation_expression",
                            "command", "script_block_expression", "element_access"})) {
      dynamic = true;
    }
    return !dynamic;
  });
  return !dynamic;
}

std::string PsCommandName(const FileUnit& unit, TSNode command) {
  const TSNode name = Field(command, "command_name");
  if (ts_node_is_null(name) || !TypeIs(name, "command_name")) return "";
  return Lower(Text(unit, name));
}

std::vector<TSNode> PsCommandElements(TSNode command) {
  std::vector<TSNode> out;
  const TSNode elements = Field(command, "command_elements");
  if (ts_node_is_null(elements)) return out;
  for (TSNode element : NamedChildren(elements)) {
    if (!TypeIs(element, "command_argument_sep")) out.push_back(element);
  }
  return out;
}

bool IsStringNode(const FileUnit& unit, TSNode node) {
  switch (unit.tree->language()) {
    case Language::kPython:
      return TypeIs(node, "string");
    case Language::kJavaScript:
      return TypeIs(node, "string") || TypeIs(node, "template_string");
    case Language::kPowerShell:
      return TypeIs(node, "string_literal");
    default:
      return false;
  }
}

std::string_view StringBody(const FileUnit& unit, TSNode string_node) {
  if (!IsStringNode(unit, string_node)) return {};
  std::string_view text = Text(unit, string_node);
  if (unit.tree->language() == Language::kPython) {
    const uint32_t count = ts_node_child_count(string_node);
    if (count < 2) return {};
    const TSNode start = ts_node_child(string_node, 0);
    const TSNode end = ts_node_child(string_node, count - 1);
    const uint32_t begin = ts_node_end_byte(start);
    const uint32_t finish = ts_node_start_byte(end);
    if (finish < begin) return {};
    return unit.tree->text().substr(begin, finish - begin);
  }
  // JavaScript and PowerShell: strip the quote characters (and a here-string's @ markers).
  size_t front = 0;
  size_t back = 0;
  if (text.size() >= 2 && text.front() == '@') {
    front = 2;
    back = 2;
  } else if (!text.empty() &&
             (text.front() == '"' || text.front() == '\'' || text.front() == '`')) {
    front = 1;
    back = 1;
  }
  if (text.size() < front + back) return {};
  return text.substr(front, text.size() - front - back);
}

ScopeIndex::ScopeIndex(const FileUnit& unit) {
  if (unit.tree == nullptr) return;
  Walk(unit.tree->root(), [&](TSNode node) {
    if (OneOfType(node, {"function_definition", "lambda", "function_declaration",
                         "function_expression", "arrow_function", "method_definition",
                         "generator_function_declaration", "function_statement"})) {
      ranges_.emplace_back(ts_node_start_byte(node), ts_node_end_byte(node));
    }
    return true;
  });
  // Walk visits in document order, so ranges_ is sorted by start byte already.
}

uint32_t ScopeIndex::ScopeOf(TSNode node) const {
  const uint32_t position = ts_node_start_byte(node);
  auto it = std::upper_bound(ranges_.begin(), ranges_.end(), std::make_pair(position, 0xffffffffu));
  while (it != ranges_.begin()) {
    --it;
    if (it->first < position && position < it->second) return it->first;
    if (it->first == position && ts_node_end_byte(node) < it->second) return it->first;
  }
  return kModule;
}

}  // namespace packaudit::sec_code
