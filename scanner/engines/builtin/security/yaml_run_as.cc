// SEC020: a script declares `runas: DBotRole`, so it runs with the DBot role's permissions
// instead of those of the user who runs it (the SDK's SC106, which packs may ignore). Reported on
// the `runas` value. Scripts only: integrations have no `runas`.
#include <string>

#include "engines/builtin/security/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

}  // namespace

void CheckElevatedRunAs(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                        Emitter& emitter) {
  for (const Item& item : ItemYamlViews(pack)) {
    if (item.type != ItemType::kScript) continue;
    const DocNode* runas = ItemDoc(item)->Get("runas");
    if (runas == nullptr || !EqualsIgnoringCase(runas->Text(), "DBotRole")) continue;
    EmitAtNode(rule, *item.yaml, runas, {{"role", std::string(runas->Text())}},
               "runas:" + std::string(runas->Text()), emitter);
  }
}

}  // namespace packaudit
