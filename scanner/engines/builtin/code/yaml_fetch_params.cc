// CODE021: an integration that fetches incidents (`script.isfetch: true`) needs the params
// `max_fetch` (with a default value) and `first_fetch`, the names XSOAR's fetch UI and the SDK
// validation expect. A missing param is reported on the `isfetch` value; a `max_fetch` without
// `defaultvalue` on that param's name. Integrations only.
#include <string>

#include "engines/builtin/code/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {

void CheckFetchParams(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                      Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration || !ScriptFlag(item, "isfetch")) continue;
    const DocNode* max_fetch = nullptr;
    const DocNode* first_fetch = nullptr;
    for (const DocNode* param : Params(item)) {
      const std::string_view name = TextOf(*param, "name");
      if (name == "max_fetch" && max_fetch == nullptr) max_fetch = param;
      if (name == "first_fetch" && first_fetch == nullptr) first_fetch = param;
    }
    const DocNode* isfetch = ScriptSettings(item)->Get("isfetch");
    if (max_fetch == nullptr) {
      EmitAtNode(rule, *item.yaml, isfetch,
                 {{"problem", "fetching integration has no max_fetch param"}}, "max_fetch",
                 emitter);
    } else if (const DocNode* value = max_fetch->Get("defaultvalue");
               value == nullptr || value->Empty()) {
      EmitAtNode(rule, *item.yaml, max_fetch->Get("name"),
                 {{"problem", "the max_fetch param has no defaultvalue"}}, "max_fetch default",
                 emitter);
    }
    if (first_fetch == nullptr) {
      EmitAtNode(rule, *item.yaml, isfetch,
                 {{"problem", "fetching integration has no first_fetch param"}}, "first_fetch",
                 emitter);
    }
  }
}

}  // namespace packaudit
