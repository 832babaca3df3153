// DOC010, DOC013, DOC019: documents every item carries. Findings sit on the
// item's YAML (its top-level `name:` key), so the item's support level sets the
// severity and the finding names the item that lacks the document.
#include <algorithm>

#include "engines/builtin/docs/checks.h"
#include "engines/builtin/docs/doc_util.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

std::string ItemLabel(ItemType type) {
  switch (type) {
    case ItemType::kIntegration:
      return "Integration";
    case ItemType::kScript:
      return "Script";
    case ItemType::kPlaybook:
      return "Playbook";
    case ItemType::kTestPlaybook:
      return "Test playbook";
  }
  return "Item";
}

// The name people know the item by: the YAML `name`, else the folder or file
// stem.
std::string DisplayName(const Item& item) {
  const DocNode* doc = ItemDoc(item);
  if (doc != nullptr && !TextOf(*doc, "name").empty()) return std::string(TextOf(*doc, "name"));
  return item.name;
}

}  // namespace

void CheckItemReadme(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                     Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type == ItemType::kTestPlaybook || item.yaml == nullptr) continue;
    if (docs::ItemReadme(pack, item) != nullptr) continue;
    std::string expected = "README.md";
    if (!item.owns_dir) {
      const std::string rel = pack.RelativePath(item.yaml->source->path());
      const size_t slash = rel.rfind('/');
      std::string stem = rel.substr(slash + 1);
      stem = stem.substr(0, stem.rfind('.'));
      expected = stem + "_README.md";
    }
    docs::EmitAtKey(
        rule, *item.yaml, ItemDoc(item), "name",
        {{"item", ItemLabel(item.type) + " '" + DisplayName(item) + "'"}, {"file", expected}},
        "README " + item.name, emitter);
  }
}

void CheckIntegrationDescription(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                                 Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration || item.yaml == nullptr) continue;
    const DocNode* doc = ItemDoc(item);
    if (doc == nullptr) continue;
    if (docs::ItemDescription(pack, item) != nullptr) continue;
    const DocNode* detailed = doc->Get("detaileddescription");
    if (detailed != nullptr && !detailed->Empty()) continue;
    docs::EmitAtKey(rule, *item.yaml, doc, "name",
                    {{"integration", DisplayName(item)}, {"file", item.name + "_description.md"}},
                    "description " + item.name, emitter);
  }
}

void CheckCommandExamples(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                          Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration || item.yaml == nullptr || !item.owns_dir) continue;
    if (item.support_level != "partner" && item.support_level != "xsoar") continue;
    if (Commands(item).empty()) continue;  // nothing to give examples of
    const bool has_examples = std::any_of(
        item.files.begin(), item.files.end(),
        [](const ParsedFile* file) { return file->kind == FileKind::kCommandExamples; });
    if (has_examples) continue;
    docs::EmitAtKey(rule, *item.yaml, ItemDoc(item), "name",
                    {{"integration", DisplayName(item)}, {"support", item.support_level}},
                    "command_examples " + item.name, emitter);
  }
}

}  // namespace packaudit
