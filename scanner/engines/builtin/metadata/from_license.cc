// META019: a configuration parameter of a partner-supported integration uses the `fromlicense`
// key (demisto-sdk IN146). The support level is the integration's own: its
// `supportlevelheader`, else the pack's support. The finding is placed on the key in the
// integration YAML (separate or unified).
#include <string>

#include "engines/builtin/metadata/checks.h"
#include "model/item_yaml.h"

namespace packaudit {

void CheckFromLicense(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                      Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration || item.support_level != "partner") continue;
    for (const DocNode* param : Params(item)) {
      const DocNode* key = param->KeyNode("fromlicense");
      if (key == nullptr) continue;
      const SourceFile& file = *item.yaml->source;
      const DocNode* value = param->Get("fromlicense");
      const size_t begin = file.OffsetOf(key->position);
      const size_t end = file.OffsetOf(
          value != nullptr && value->end.line == key->position.line ? value->end : key->end);
      const std::string name(TextOf(*param, "name"));
      emitter.AtBytes(rule, file, begin, end > begin ? end : begin,
                      {{"param", name}, {"integration", item.name}}, "fromlicense " + name);
    }
  }
}

}  // namespace packaudit
