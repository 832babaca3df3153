#include "engines/builtin/security/code_flow.h"

#include "engines/builtin/security/code_support.h"

namespace packaudit::sec_code {
namespace {

// "$using:Name" / "$script:name" -> "$name" (PowerShell names are case-insensitive).
std::string PsVariableName(std::string_view text) {
  std::string name = Lower(text);
  for (std::string_view prefix : {"$using:", "$script:", "$global:", "$local:", "$private:"}) {
    if (name.rfind(prefix, 0) == 0) return "$" + name.substr(prefix.size());
  }
  return name;
}

}  // namespace

ValueFlow::ValueFlow(const FileUnit& unit, IsSource is_source)
    : unit_(unit), is_source_(std::move(is_source)), scopes_(unit) {
  if (unit_.tree == nullptr) return;
  CollectAssignments();
  for (int pass = 0; pass < 2; ++pass) {
    for (const Assignment& assignment : assignments_) {
      if (ts_node_is_null(assignment.value) || !Marked(assignment.value)) continue;
      for (const std::string& target : assignment.targets) {
        marked_.insert({assignment.scope, target});
      }
    }
  }
}

void ValueFlow::AddTargets(TSNode target, std::vector<std::string>& out) const {
  if (ts_node_is_null(target)) return;
  switch (unit_.tree->language()) {
    case Language::kPython:
      if (TypeIs(target, "identifier") || TypeIs(target, "attribute")) {
        out.emplace_back(Text(unit_, target));
        return;
      }
      if (TypeIs(target, "subscript")) return;
      break;
    case Language::kJavaScript:
      if (TypeIs(target, "identifier") || TypeIs(target, "shorthand_property_identifier_pattern") ||
          TypeIs(target, "member_expression")) {
        out.emplace_back(Text(unit_, target));
        return;
      }
      if (TypeIs(target, "pair_pattern")) {
        AddTargets(Field(target, "value"), out);
        return;
      }
      if (TypeIs(target, "assignment_pattern")) {
        AddTargets(Field(target, "left"), out);
        return;
      }
      break;
    case Language::kPowerShell: {
      bool done = false;
      Walk(target, [&](TSNode node) {
        if (done) return false;
        if (TypeIs(node, "variable")) {
          out.push_back(PsVariableName(Text(unit_, node)));
          done = true;
          return false;
        }
        return true;
      });
      return;
    }
    default:
      return;
  }
  for (TSNode child : NamedChildren(target)) AddTargets(child, out);
}

void ValueFlow::CollectAssignments() {
  Walk(unit_.tree->root(), [&](TSNode node) {
    TSNode target{};
    TSNode value{};
    if (TypeIs(node, "assignment") || TypeIs(node, "augmented_assignment") ||
        TypeIs(node, "augmented_assignment_expression") || TypeIs(node, "for_statement") ||
        TypeIs(node, "for_in_clause") || TypeIs(node, "for_in_statement")) {
      target = Field(node, "left");
      value = Field(node, "right");
    } else if (TypeIs(node, "assignment_expression")) {
      if (unit_.tree->language() == Language::kPowerShell) {
        target = ts_node_named_child(node, 0);
        value = Field(node, "value");
      } else {
        target = Field(node, "left");
        value = Field(node, "right");
      }
    } else if (TypeIs(node, "named_expression")) {
      target = Field(node, "name");
      value = Field(node, "value");
    } else if (TypeIs(node, "variable_declarator")) {
      target = Field(node, "name");
      value = Field(node, "value");
    } else if (TypeIs(node, "as_pattern") && unit_.tree->language() == Language::kPython) {
      target = Field(node, "alias");
      value = ts_node_named_child(node, 0);
    }
    if (!ts_node_is_null(target) && !ts_node_is_null(value)) {
      Assignment assignment{scopes_.ScopeOf(node), {}, value};
      AddTargets(target, assignment.targets);
      if (!assignment.targets.empty()) assignments_.push_back(std::move(assignment));
    }
    return true;
  });
}

bool ValueFlow::NameMarked(TSNode at, const std::string& name) const {
  return marked_.count({scopes_.ScopeOf(at), name}) > 0 ||
         marked_.count({ScopeIndex::kModule, name}) > 0;
}

bool ValueFlow::IsNameUse(TSNode node, std::string* name) const {
  switch (unit_.tree->language()) {
    case Language::kPython:
      if (!TypeIs(node, "identifier") && !TypeIs(node, "attribute")) return false;
      *name = std::string(Text(unit_, node));
      return true;
    case Language::kJavaScript:
      if (!TypeIs(node, "identifier") && !TypeIs(node, "shorthand_property_identifier") &&
          !TypeIs(node, "member_expression")) {
        return false;
      }
      *name = std::string(Text(unit_, node));
      return true;
    case Language::kPowerShell:
      if (!TypeIs(node, "variable")) return false;
      *name = PsVariableName(Text(unit_, node));
      return true;
    default:
      return false;
  }
}

bool ValueFlow::Marked(TSNode node) const {
  if (ts_node_is_null(node) || unit_.tree == nullptr) return false;
  const bool python = unit_.tree->language() == Language::kPython;
  std::vector<TSNode> stack = {node};
  while (!stack.empty()) {
    const TSNode current = stack.back();
    stack.pop_back();
    if (is_source_(current)) return true;
    std::string name;
    if (IsNameUse(current, &name) && NameMarked(current, name)) return true;
    if (python && TypeIs(current, "attribute")) {
      // obj.name: only the object is a variable use; the attribute name is not.
      const TSNode object = Field(current, "object");
      if (!ts_node_is_null(object)) stack.push_back(object);
      continue;
    }
    if (python && TypeIs(current, "keyword_argument")) {
      const TSNode value = Field(current, "value");
      if (!ts_node_is_null(value)) stack.push_back(value);
      continue;
    }
    for (uint32_t i = ts_node_named_child_count(current); i > 0; --i) {
      stack.push_back(ts_node_named_child(current, i - 1));
    }
  }
  return false;
}

}  // namespace packaudit::sec_code
