// PRIV009 (Python): context outputs or an incident's rawJSON hold a whole API record of a kind
// that can carry credentials or personal data, with no field selection.
//
// Sites: CommandResults(outputs=V), return_outputs(readable, V, ...) / outputs=V, and a dict
// pair "rawJSON": V or "rawJSON": json.dumps(V).
// "Whole": after unwrapping json.dumps / createContext / remove_empty_elements, V is
//   - a method call (`client.get_user(id)`, `self._http_request(...)`, `response.json()`,
//     `response.get("user")`) or a subscript of a name (`response["user"]`), or
//   - a variable whose every binding in the same function is such a value, or a for-loop item.
// A dict or list literal, a comprehension, or a call of a plain function (a local helper that
// picks fields) is a selection, not the whole record. Parameters are not followed.
// "Record type": words of the outputs_prefix after its first (vendor) part when the call names
// one (`Okta.User`, `HIBP.Breach`), otherwise of V's name, of the collection a loop item comes
// from, and of the enclosing function's name: user(s), identity, breach, leak, credential(s),
// employee, person, people, contact, member, profile, mailbox, login, password, exposure
// (logs_names.h).
#include <optional>
#include <string>

#include "engines/builtin/code/tree_walk.h"
#include "engines/builtin/privacy/checks_logs.h"
#include "engines/builtin/privacy/logs_walk.h"

namespace packaudit {
namespace {

using privacy_logs::Binding;
using privacy_logs::NamesPersonalRecordType;
using privacy_logs::UnitFacts;
using tree_checks::TypeIs;

// `json.dumps(x)`, `createContext(x)`, `remove_empty_elements(x)` -> x.
TSNode UnwrapSerialization(const UnitFacts& facts, TSNode value) {
  for (int guard = 0; guard < 4; ++guard) {
    value = facts.Unwrap(value);
    if (ts_node_is_null(value) || !TypeIs(value, "call")) return value;
    const TSNode function = ts_node_child_by_field_name(value, "function", 8);
    const TSNode arguments = ts_node_child_by_field_name(value, "arguments", 9);
    if (ts_node_is_null(function) || ts_node_is_null(arguments)) return value;
    const std::string_view name = facts.Text(function);
    if (name != "json.dumps" && name != "createContext" && name != "remove_empty_elements") {
      return value;
    }
    const TSNode first = ts_node_named_child(arguments, 0);
    if (ts_node_is_null(first) || TypeIs(first, "keyword_argument")) return value;
    value = first;
  }
  return value;
}

struct Whole {
  std::string name;     // what the message shows
  std::string context;  // extra words for the record type (loop collection)
};

std::optional<Whole> WholeValue(const UnitFacts& facts, TSNode value, int depth) {
  value = UnwrapSerialization(facts, value);
  if (ts_node_is_null(value) || depth > 3) return std::nullopt;
  if (TypeIs(value, "call")) {
    const TSNode function = ts_node_child_by_field_name(value, "function", 8);
    if (ts_node_is_null(function) || !TypeIs(function, "attribute")) return std::nullopt;
    return Whole{std::string(facts.Text(function)) + "(...)", ""};
  }
  if (TypeIs(value, "subscript")) {
    const TSNode object = ts_node_child_by_field_name(value, "value", 5);
    if (ts_node_is_null(object) || !TypeIs(object, "identifier")) return std::nullopt;
    return Whole{std::string(facts.Text(object)), ""};
  }
  if (!TypeIs(value, "identifier")) return std::nullopt;
  const std::string_view name = facts.Text(value);
  const TSNode scope = facts.ScopeOf(value);
  std::string context;
  bool any = false;
  for (const Binding& binding : facts.bindings()) {
    if (binding.target != name) continue;
    const bool same_scope = ts_node_is_null(scope) ? ts_node_is_null(binding.scope)
                                                   : !ts_node_is_null(binding.scope) &&
                                                         ts_node_eq(scope, binding.scope);
    if (!same_scope) continue;
    any = true;
    if (binding.loop) {
      context += " " + std::string(facts.Text(binding.value));
      continue;
    }
    const std::optional<Whole> inner = WholeValue(facts, binding.value, depth + 1);
    if (!inner) return std::nullopt;
    context += " " + inner->name + inner->context;
  }
  if (!any) return std::nullopt;
  return Whole{std::string(name), context};
}

// The string value of the call's `outputs_prefix=` keyword, if any.
std::optional<std::string> OutputsPrefix(const UnitFacts& facts, TSNode arguments) {
  for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
    const TSNode argument = ts_node_named_child(arguments, i);
    if (!TypeIs(argument, "keyword_argument")) continue;
    const TSNode key = ts_node_child_by_field_name(argument, "name", 4);
    if (ts_node_is_null(key) || facts.Text(key) != "outputs_prefix") continue;
    return facts.StringValue(ts_node_child_by_field_name(argument, "value", 5));
  }
  return std::nullopt;
}

void Check(const UnitFacts& facts, TSNode site, TSNode value, const std::string& label,
           const std::optional<std::string>& prefix, const RuleSpec& rule, const FileUnit& unit,
           Emitter& emitter) {
  const std::optional<Whole> whole = WholeValue(facts, value, 0);
  if (!whole) return;
  std::string words;
  if (prefix) {
    // "Vendor.User.Manager": the words after the vendor (the vendor name may say "Breach").
    const size_t dot = prefix->find('.');
    words = dot == std::string::npos ? *prefix : prefix->substr(dot + 1);
  } else {
    words = whole->name + " " + whole->context;
    const TSNode scope = facts.ScopeOf(site);
    if (!ts_node_is_null(scope)) words += " " + std::string(tree_checks::FunctionName(unit, scope));
  }
  if (!NamesPersonalRecordType(words)) return;
  const uint32_t begin = ts_node_start_byte(value);
  const uint32_t end = ts_node_end_byte(value);
  emitter.AtBytes(rule, *unit.file, unit.MapOffset(begin),
                  end > begin ? unit.MapOffset(end - 1) + 1 : unit.MapOffset(begin),
                  MessageArgs{{"site", label}, {"what", "`" + whole->name + "`"}},
                  label + "|" + whole->name);
}

}  // namespace

void CheckWholeRecordOutputs(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || unit.tree->language() != Language::kPython ||
      tree_checks::IsVendoredRuntimeFile(unit)) {
    return;
  }
  const UnitFacts facts(unit);
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    if (TypeIs(node, "pair")) {
      const TSNode key = ts_node_child_by_field_name(node, "key", 3);
      const std::optional<std::string> name = facts.StringValue(key);
      if (name && *name == "rawJSON") {
        Check(facts, node, ts_node_child_by_field_name(node, "value", 5), "rawJSON", std::nullopt,
              rule, unit, emitter);
      }
      return true;
    }
    if (!TypeIs(node, "call")) return true;
    const TSNode function = ts_node_child_by_field_name(node, "function", 8);
    const TSNode arguments = ts_node_child_by_field_name(node, "arguments", 9);
    if (ts_node_is_null(function) || ts_node_is_null(arguments)) return true;
    const std::string_view name = facts.Text(function);
    if (name != "CommandResults" && name != "return_outputs") return true;
    const std::optional<std::string> prefix = OutputsPrefix(facts, arguments);
    uint32_t positional = 0;
    for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
      const TSNode argument = ts_node_named_child(arguments, i);
      if (TypeIs(argument, "keyword_argument")) {
        const TSNode key = ts_node_child_by_field_name(argument, "name", 4);
        if (!ts_node_is_null(key) && facts.Text(key) == "outputs") {
          Check(facts, node, ts_node_child_by_field_name(argument, "value", 5),
                std::string(name) + "(outputs=)", prefix, rule, unit, emitter);
        }
      } else if (!TypeIs(argument, "comment")) {
        if (name == "return_outputs" && positional == 1) {
          Check(facts, node, argument, "return_outputs(outputs)", prefix, rule, unit, emitter);
        }
        ++positional;
      }
    }
    return true;
  });
}

}  // namespace packaudit
