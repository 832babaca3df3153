#include "engines/builtin/yaml_item_util.h"

namespace packaudit {

std::vector<Item> ItemYamlViews(const Pack& pack) {
  std::vector<Item> views;
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration && item.type != ItemType::kScript) continue;
    for (const ParsedFile* file : item.files) {
      if (file->kind != FileKind::kIntegrationYaml && file->kind != FileKind::kScriptYaml) continue;
      if (!file->doc || !file->doc->IsMap()) continue;
      Item view = item;
      view.yaml = file;
      views.push_back(std::move(view));
    }
  }
  return views;
}

Finding& EmitAtNode(const RuleSpec& rule, const ParsedFile& yaml, const DocNode* node,
                    const MessageArgs& args, std::string match_text, Emitter& emitter) {
  const SourceFile& file = *yaml.source;
  if (node == nullptr || node->position.line < 1) {
    return emitter.AtLine(rule, file, 1, args, std::move(match_text));
  }
  if (node->end.line == node->position.line && node->end.column > node->position.column) {
    return emitter.AtBytes(rule, file, file.OffsetOf(node->position), file.OffsetOf(node->end),
                           args, std::move(match_text));
  }
  return emitter.AtLine(rule, file, node->position.line, args, std::move(match_text));
}

}  // namespace packaudit
