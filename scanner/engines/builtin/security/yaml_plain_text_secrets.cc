// SEC005: an integration param whose name denotes a secret (IsSecretName: `api_key`, `password`,
// `client_secret`, ...) is declared as plain text, type 0 (short text) or 12 (long text), so the
// value is shown in the instance settings and stored unencrypted. Reported on the `type` value.
// Hidden params (`hidden: true` or hidden per marketplace) are left out: they are kept only so
// that old instances keep working and cannot be filled in.
#include <string>

#include "engines/builtin/security/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {

void CheckPlainTextSecrets(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                           Emitter& emitter) {
  for (const Item& item : ItemYamlViews(pack)) {
    for (const DocNode* param : Params(item)) {
      const std::string_view type = TextOf(*param, "type");
      if (type != "0" && type != "12") continue;
      const std::string_view name = TextOf(*param, "name");
      if (!security_yaml::IsSecretName(name) || security_yaml::IsHidden(*param)) continue;
      EmitAtNode(rule, *item.yaml, param->Get("type"),
                 {{"param", std::string(name)}, {"type", std::string(type)}},
                 "param:" + std::string(name) + ":type", emitter);
    }
  }
}

}  // namespace packaudit
