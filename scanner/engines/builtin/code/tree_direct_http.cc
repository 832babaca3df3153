// CODE012: HTTP outside BaseClient, per Python code unit. At each call:
//   - a direct HTTP call (requests.get/post/.../request/Session, urllib's urlopen, http.client's
//     HTTP(S)Connection, and their Python 2 names) in a unit that is not a script item, when no
//     class of the unit inherits BaseClient and the unit imports no API module (whose clients
//     inherit it);
//   - a requests.<verb>(...) call with neither a timeout= keyword nor a **kwargs splat (which
//     may carry one), in any unit.
// Both problems of one call are reported as one finding.
#include <array>
#include <cstring>
#include <string>

#include "engines/builtin/code/checks_tree.h"
#include "engines/builtin/code/tree_walk.h"

namespace packaudit {
namespace {

using tree_checks::NamedChildren;
using tree_checks::Text;
using tree_checks::TypeIs;

constexpr std::array<std::string_view, 8> kRequestsVerbs = {
    "requests.get",    "requests.post", "requests.put",     "requests.patch",
    "requests.delete", "requests.head", "requests.options", "requests.request"};

constexpr std::array<std::string_view, 13> kOtherHttpCalls = {"requests.Session",
                                                              "requests.session",
                                                              "urllib.request.urlopen",
                                                              "urllib2.urlopen",
                                                              "urllib.urlopen",
                                                              "urlopen",
                                                              "http.client.HTTPConnection",
                                                              "http.client.HTTPSConnection",
                                                              "httplib.HTTPConnection",
                                                              "httplib.HTTPSConnection",
                                                              "HTTPConnection",
                                                              "HTTPSConnection",
                                                              "urllib3.PoolManager"};

template <size_t N>
bool OneOf(const std::array<std::string_view, N>& list, std::string_view value) {
  for (std::string_view item : list) {
    if (item == value) return true;
  }
  return false;
}

// Whether a class of the unit lists BaseClient (or x.BaseClient) among its bases.
bool InheritsBaseClient(const FileUnit& unit, TSNode class_definition) {
  const TSNode bases = ts_node_child_by_field_name(class_definition, "superclasses", 12);
  if (ts_node_is_null(bases)) return false;
  for (TSNode base : NamedChildren(bases)) {
    const std::string_view text = Text(unit, base);
    if (text == "BaseClient" ||
        (text.size() > 11 && text.substr(text.size() - 11) == ".BaseClient")) {
      return true;
    }
  }
  return false;
}

// Whether the call's arguments carry timeout= or a **mapping that may hold it.
bool PassesTimeout(const FileUnit& unit, TSNode call) {
  const TSNode arguments = ts_node_child_by_field_name(call, "arguments", 9);
  if (ts_node_is_null(arguments)) return false;
  for (TSNode argument : NamedChildren(arguments)) {
    if (TypeIs(argument, "dictionary_splat")) return true;
    if (!TypeIs(argument, "keyword_argument")) continue;
    const TSNode name = ts_node_child_by_field_name(argument, "name", 4);
    if (!ts_node_is_null(name) && Text(unit, name) == "timeout") return true;
  }
  return false;
}

}  // namespace

void CheckDirectHttpCalls(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || tree_checks::IsVendoredRuntimeFile(unit)) return;
  bool has_client = false;
  std::vector<TSNode> calls;
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    if (TypeIs(node, "class_definition") && InheritsBaseClient(unit, node)) has_client = true;
    if (tree_checks::ImportsApiModule(unit, node)) has_client = true;
    if (TypeIs(node, "call")) calls.push_back(node);
    return true;
  });
  const bool check_client = !has_client && !tree_checks::InScriptItem(unit);
  for (TSNode call : calls) {
    const TSNode function = ts_node_child_by_field_name(call, "function", 8);
    if (ts_node_is_null(function)) continue;
    const std::string_view name = Text(unit, function);
    const bool verb = OneOf(kRequestsVerbs, name);
    const bool direct = check_client && (verb || OneOf(kOtherHttpCalls, name));
    const bool no_timeout = verb && !PassesTimeout(unit, call);
    if (!direct && !no_timeout) continue;
    std::string problem = std::string(name) + "(...)";
    if (direct) {
      problem +=
          " calls HTTP directly and no class inherits BaseClient, so proxy, certificate "
          "verification and retries are not handled";
      if (no_timeout) problem += ", and it";
    }
    if (no_timeout) problem += " has no timeout, so a stalled server hangs the command";
    std::string match(name);
    if (direct) match += ":direct";
    if (no_timeout) match += ":no-timeout";
    tree_checks::EmitAt(rule, unit, function, MessageArgs{{"problem", problem}}, match, emitter);
  }
}

}  // namespace packaudit
