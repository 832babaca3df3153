// SEC007: a command argument (integrations) or script argument whose name denotes a secret
// (IsSecretName: `password`, `token`, `api_key`, `new_password`, ...; not `next_token` or
// `token_url`) lacks `secret: true`, so its value is shown in the War Room and kept in the
// investigation's history. Arguments chosen from predefined values are not secrets. Reported on
// the argument's `name` value.
#include <string>

#include "engines/builtin/security/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

void CheckArguments(const RuleSpec& rule, const Item& item, const std::vector<const DocNode*>& args,
                    const std::string& owner, Emitter& emitter) {
  for (const DocNode* arg : args) {
    const std::string name(TextOf(*arg, "name"));
    if (!security_yaml::IsSecretName(name) || TruthyOf(*arg, "secret")) continue;
    if (security_yaml::HasValue(arg->Get("predefined"))) continue;
    EmitAtNode(rule, *item.yaml, arg->Get("name"), {{"argument", name}, {"owner", owner}},
               owner + ":" + name, emitter);
  }
}

}  // namespace

void CheckSecretArguments(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                          Emitter& emitter) {
  for (const Item& item : ItemYamlViews(pack)) {
    for (const DocNode* command : Commands(item)) {
      CheckArguments(rule, item, CommandArgs(*command),
                     "command '" + std::string(TextOf(*command, "name")) + "'", emitter);
    }
    CheckArguments(rule, item, ScriptArgs(item), "script '" + item.name + "'", emitter);
  }
}

}  // namespace packaudit
