// TLS002: an integration param's `defaultvalue` is an http:// URL (the SDK's IN153), so a new
// instance talks to the server in clear text unless the user notices. Loopback hosts
// (localhost, 127.0.0.0/8, ::1) are left out: that traffic never leaves the machine, as TLS001
// does for code. Reported on the default value.
#include <string>

#include "engines/builtin/tls/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {

void CheckHttpParamDefaults(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                            Emitter& emitter) {
  for (const Item& item : ItemYamlViews(pack)) {
    for (const DocNode* param : Params(item)) {
      const DocNode* value = param->Get("defaultvalue");
      if (value == nullptr || !value->IsScalar()) continue;
      std::string host;
      if (!tls_yaml::UrlHost(value->Text(), "http", &host) || tls_yaml::IsLoopbackHost(host)) {
        continue;
      }
      const std::string name(TextOf(*param, "name"));
      EmitAtNode(rule, *item.yaml, value,
                 {{"param", name}, {"url", std::string(tls_yaml::Trim(value->Text()))}},
                 "param:" + name + ":" + std::string(tls_yaml::Trim(value->Text())), emitter);
    }
  }
}

}  // namespace packaudit
