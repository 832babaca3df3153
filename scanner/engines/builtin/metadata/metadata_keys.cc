// META002 (a mandatory key is missing) and META003 (name or description empty or still the
// `demisto-sdk init` placeholder; an empty string in a list field). Both need a metadata object
// (META001 reports its absence). META002 places each missing key on the line of the opening
// brace; META003 places its findings on the key or list element.
#include <array>
#include <string>

#include "engines/builtin/metadata/checks.h"
#include "engines/builtin/metadata/metadata_util.h"

namespace packaudit {
namespace {

// The catalog's mandatory keys (demisto-sdk MANDATORY_PACK_METADATA_FIELDS plus marketplaces).
constexpr std::array<std::string_view, 11> kMandatoryKeys = {
    "name",       "description", "support",  "currentVersion", "author",      "url",
    "categories", "tags",        "useCases", "keywords",       "marketplaces"};

bool IsPlaceholder(std::string_view text) {
  for (const std::string& placeholder : metadata::DataList("metadata-placeholders.txt")) {
    if (metadata::ContainsIgnoreCase(text, placeholder)) return true;
  }
  return false;
}

}  // namespace

void CheckMandatoryKeys(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                        Emitter& emitter) {
  if (pack.metadata == nullptr) return;
  for (std::string_view key : kMandatoryKeys) {
    if (pack.metadata->KeyNode(key) != nullptr) continue;
    metadata::EmitAtKey(rule, pack, key, {{"key", std::string(key)}}, "missing " + std::string(key),
                        emitter);
  }
}

void CheckPlaceholders(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                       Emitter& emitter) {
  if (pack.metadata == nullptr) return;
  for (std::string_view key : {std::string_view("name"), std::string_view("description")}) {
    const DocNode* value = metadata::Value(pack, key);
    if (value == nullptr) continue;  // META002
    std::string problem;
    if (value->Empty()) {
      problem = std::string(key) + " is empty";
    } else if (IsPlaceholder(value->Text())) {
      problem = std::string(key) + " still holds the `demisto-sdk init` placeholder";
    } else {
      continue;
    }
    metadata::EmitAtKey(rule, pack, key, {{"problem", problem}}, problem, emitter);
  }
  for (std::string_view key : metadata::kListFields) {
    const DocNode* list = metadata::Value(pack, key);
    if (list == nullptr || !list->IsSequence()) continue;
    for (const DocNode& item : list->items) {
      if (!item.IsNull() && !(item.IsScalar() && metadata::Trim(item.scalar).empty())) continue;
      const std::string problem = std::string(key) + " contains an empty value";
      metadata::EmitAtNode(rule, pack, item, {{"problem", problem}}, problem, emitter);
    }
  }
}

}  // namespace packaudit
