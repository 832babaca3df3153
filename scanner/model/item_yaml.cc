#include "model/item_yaml.h"

#include <cctype>

namespace packaudit {
namespace {

std::vector<const DocNode*> MapsIn(const DocNode* list) {
  std::vector<const DocNode*> out;
  if (list == nullptr || !list->IsSequence()) return out;
  for (const DocNode& entry : list->items) {
    if (entry.IsMap()) out.push_back(&entry);
  }
  return out;
}

bool IsTruthy(std::string_view text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "true" || lower == "yes";
}

}  // namespace

const DocNode* ItemDoc(const Item& item) {
  if (item.yaml == nullptr || !item.yaml->doc || !item.yaml->doc->IsMap()) return nullptr;
  return &*item.yaml->doc;
}

const DocNode* ScriptSettings(const Item& item) {
  const DocNode* doc = ItemDoc(item);
  if (doc == nullptr) return nullptr;
  if (item.type == ItemType::kIntegration) {
    const DocNode* script = doc->Get("script");
    return script != nullptr && script->IsMap() ? script : nullptr;
  }
  return doc;
}

std::string_view ScriptSetting(const Item& item, std::string_view key) {
  const DocNode* settings = ScriptSettings(item);
  return settings != nullptr ? TextOf(*settings, key) : std::string_view();
}

bool ScriptFlag(const Item& item, std::string_view key) {
  const DocNode* settings = ScriptSettings(item);
  return settings != nullptr && TruthyOf(*settings, key);
}

std::vector<const DocNode*> Commands(const Item& item) {
  if (item.type != ItemType::kIntegration) return {};
  const DocNode* settings = ScriptSettings(item);
  return MapsIn(settings != nullptr ? settings->Get("commands") : nullptr);
}

std::vector<const DocNode*> Params(const Item& item) {
  const DocNode* doc = ItemDoc(item);
  if (doc == nullptr || item.type != ItemType::kIntegration) return {};
  return MapsIn(doc->Get("configuration"));
}

std::vector<const DocNode*> ScriptArgs(const Item& item) {
  const DocNode* doc = ItemDoc(item);
  if (doc == nullptr || item.type != ItemType::kScript) return {};
  return MapsIn(doc->Get("args"));
}

std::vector<const DocNode*> CommandArgs(const DocNode& command) {
  return MapsIn(command.Get("arguments"));
}

std::string_view TextOf(const DocNode& node, std::string_view key) {
  const DocNode* value = node.Get(key);
  return value != nullptr ? value->Text() : std::string_view();
}

bool TruthyOf(const DocNode& node, std::string_view key) { return IsTruthy(TextOf(node, key)); }

}  // namespace packaudit
