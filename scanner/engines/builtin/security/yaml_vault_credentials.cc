// SEC006: a visible integration param of type 4 (encrypted). Type 4 holds one secret string that
// must be typed into each instance; type 9 (credentials) holds an identifier/password pair that
// can also be taken from the credentials vault (for an API key alone: `hiddenusername: true` and
// `displaypassword`). The SDK's IN145 asks this of xsoar-supported integrations. Reported on the
// `type` value. Hidden params are left out, as IN145 does.
#include <string>

#include "engines/builtin/security/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {

void CheckVaultCredentials(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                           Emitter& emitter) {
  for (const Item& item : ItemYamlViews(pack)) {
    for (const DocNode* param : Params(item)) {
      if (TextOf(*param, "type") != "4" || security_yaml::IsHidden(*param)) continue;
      const std::string name(TextOf(*param, "name"));
      EmitAtNode(rule, *item.yaml, param->Get("type"), {{"param", name}}, "param:" + name + ":type",
                 emitter);
    }
  }
}

}  // namespace packaudit
