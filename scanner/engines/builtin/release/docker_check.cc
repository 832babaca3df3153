// REL009: "Updated the Docker image to: *demisto/python3:3.10.13.1234*." must name the image the
// item's YAML uses. The release-note section ("#### Integrations" / "##### <display name>") is
// matched to the pack item by its YAML display or name (or folder name). Only the newest release
// note that names an image for an item is compared: older ones describe earlier images.
#include <re2/re2.h>

#include <cctype>
#include <map>

#include "core/text.h"
#include "engines/builtin/release/checks.h"
#include "engines/builtin/release/release_note_outline.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

struct DockerMention {
  const ReleaseNote* rn = nullptr;
  size_t begin = 0;
  size_t end = 0;
  std::string image;
};

bool SameName(std::string_view a, std::string_view b) { return EqualsIgnoreCase(a, b); }

// The integration or script a release-note section is about, or nullptr.
const Item* ItemOfSection(const Pack& pack, std::string_view content_type, std::string_view name) {
  ItemType type;
  if (content_type == "Integrations") {
    type = ItemType::kIntegration;
  } else if (content_type == "Scripts") {
    type = ItemType::kScript;
  } else {
    return nullptr;
  }
  for (const Item& item : pack.items) {
    if (item.type != type) continue;
    const DocNode* doc = ItemDoc(item);
    if (doc == nullptr) continue;
    if (SameName(TextOf(*doc, "display"), name) || SameName(TextOf(*doc, "name"), name) ||
        SameName(item.name, name)) {
      return &item;
    }
  }
  return nullptr;
}

}  // namespace

void CheckReleaseNoteDockerImage(const RuleSpec& rule, const Pack& pack,
                                 const CheckContext& /*context*/, Emitter& emitter) {
  static const RE2 kDocker(
      R"((?i)updated\s+the\s+docker\s+image\s+to:?\s*[*_`]*)"
      R"(([a-z0-9][a-z0-9._/-]*:[a-z0-9._-]*[a-z0-9]))");
  std::map<const Item*, DockerMention> newest;  // later release notes overwrite earlier ones
  for (const ReleaseNote* rn : VersionedReleaseNotes(pack)) {
    const SourceFile& file = *rn->file->source;
    for (const RnEntry& entry : OutlineReleaseNote(file)) {
      if (entry.kind != RnEntry::Kind::kBullet || entry.item.empty()) continue;
      re2::StringPiece image;
      const std::string_view line = file.text().substr(entry.begin, entry.end - entry.begin);
      if (!RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), kDocker, &image)) continue;
      const Item* item = ItemOfSection(pack, entry.content_type, entry.item);
      if (item == nullptr) continue;
      const size_t begin = entry.begin + static_cast<size_t>(image.data() - line.data());
      newest[item] = {rn, begin, begin + image.size(), std::string(image.data(), image.size())};
    }
  }
  for (const auto& [item, mention] : newest) {
    std::string yaml_image(ScriptSetting(*item, "dockerimage"));
    while (!yaml_image.empty() && yaml_image.back() == ' ') yaml_image.pop_back();
    if (yaml_image.empty() || yaml_image == mention.image) continue;
    const std::string yaml_path = item->yaml->source->path();
    emitter.AtBytes(rule, *mention.rn->file->source, mention.begin, mention.end,
                    {{"rn_image", mention.image},
                     {"item", item->name},
                     {"yaml", pack.RelativePath(yaml_path)},
                     {"yaml_image", yaml_image}},
                    mention.image);
  }
}

}  // namespace packaudit
