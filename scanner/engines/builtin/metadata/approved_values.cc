// META016 (a `marketplaces` value is not a known marketplace) and META017 (a category, tag or
// use case is not on the approved lists; or the "Use Case" tag is set but the pack has no
// playbook, incident type or layout). Values are compared exactly (case-sensitive), as
// demisto-sdk validate does. A tag may carry a marketplace prefix "mp1,mp2:Tag"; it is approved
// when every prefix is a known marketplace and the tag is a common tag or one approved for that
// marketplace. One finding per offending value, on the value. Empty values are META003's.
#include <string>

#include "engines/builtin/metadata/checks.h"
#include "engines/builtin/metadata/metadata_util.h"

namespace packaudit {
namespace {

const std::vector<std::string>& Marketplaces() { return metadata::DataList("marketplaces.txt"); }

// The problem of one tag ("" when approved).
std::string TagProblem(std::string_view tag) {
  const std::vector<std::string>& approved = metadata::DataList("approved-tags.txt");
  const size_t colon = tag.find(':');
  if (colon == std::string_view::npos) {
    return metadata::InList(approved, tag) ? "" : "is not an approved tag";
  }
  const std::string_view name = tag.substr(colon + 1);
  std::string_view prefixes = tag.substr(0, colon);
  while (true) {
    const size_t comma = prefixes.find(',');
    const std::string_view marketplace = prefixes.substr(0, comma);
    if (!metadata::InList(Marketplaces(), marketplace)) {
      return "has the unknown marketplace prefix '" + std::string(marketplace) + "'";
    }
    if (!metadata::InList(approved, name) &&
        !metadata::InList(approved, std::string(marketplace) + ":" + std::string(name))) {
      return "is not an approved tag for marketplace " + std::string(marketplace);
    }
    if (comma == std::string_view::npos) break;
    prefixes = prefixes.substr(comma + 1);
  }
  return "";
}

// The scalar elements of a list field (a lone scalar counts as a one-element list).
std::vector<const DocNode*> Elements(const DocNode* node) {
  std::vector<const DocNode*> out;
  if (node == nullptr) return out;
  if (node->IsScalar()) out.push_back(node);
  for (const DocNode& item : node->items) out.push_back(&item);
  return out;
}

}  // namespace

void CheckMarketplaces(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                       Emitter& emitter) {
  for (const DocNode* value : Elements(metadata::Value(pack, "marketplaces"))) {
    if (value->IsScalar() && metadata::InList(Marketplaces(), value->scalar)) continue;
    const std::string text = value->IsScalar() ? value->scalar : std::string("(not a string)");
    metadata::EmitAtNode(rule, pack, *value, {{"value", text}}, "marketplace " + text, emitter);
  }
}

void CheckApprovedValues(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                         Emitter& emitter) {
  if (pack.metadata == nullptr) return;
  auto emit = [&](const DocNode& node, const std::string& problem) {
    metadata::EmitAtNode(rule, pack, node, {{"problem", problem}}, problem, emitter);
  };
  struct ListField {
    std::string_view key;
    std::string_view label;
    const char* data;
  };
  for (const ListField& field : {ListField{"categories", "Category", "approved-categories.txt"},
                                 ListField{"useCases", "Use case", "approved-use-cases.txt"}}) {
    for (const DocNode* value : Elements(metadata::Value(pack, field.key))) {
      if (!value->IsScalar() || metadata::Trim(value->scalar).empty()) continue;
      if (metadata::InList(metadata::DataList(field.data), value->scalar)) continue;
      emit(*value,
           std::string(field.label) + " '" + value->scalar + "' is not on the approved list");
    }
  }
  for (const DocNode* value : Elements(metadata::Value(pack, "tags"))) {
    if (!value->IsScalar() || metadata::Trim(value->scalar).empty()) continue;
    if (const std::string problem = TagProblem(value->scalar); !problem.empty()) {
      emit(*value, "Tag '" + value->scalar + "' " + problem);
    } else if (value->scalar == "Use Case" && !metadata::HasUseCaseContent(pack)) {
      emit(*value, "Tag 'Use Case' is set but the pack has no playbook, incident type or layout");
    }
  }
}

}  // namespace packaudit
