// DOC016: every integration has a logo of at most 10 KB and exactly 120x50
// pixels, either as <Name>_image.png in its folder or, in a unified YAML, as
// `image: data:image/png;base64,...`. Findings sit on the integration YAML (the
// PNG itself has no lines to point at): on the `image:` key for an embedded
// image, else on the top-level `name:`.
#include "engines/builtin/docs/checks.h"
#include "engines/builtin/docs/doc_util.h"
#include "engines/builtin/docs/image_bytes.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

constexpr size_t kMaxBytes = 10 * 1024;
constexpr uint32_t kWidth = 120;
constexpr uint32_t kHeight = 50;

// What is wrong with the image bytes ("" when nothing).
std::string ImageProblems(std::string_view bytes) {
  std::string problems;
  auto add = [&](const std::string& problem) {
    if (!problems.empty()) problems += " and ";
    problems += problem;
  };
  if (bytes.size() > kMaxBytes) {
    add(std::to_string(bytes.size()) + " bytes (the limit is 10 KB)");
  }
  const auto size = docs::ReadPngSize(bytes);
  if (!size) {
    add("not a PNG");
  } else if (size->width != kWidth || size->height != kHeight) {
    add(std::to_string(size->width) + "x" + std::to_string(size->height) +
        " pixels (it must be 120x50)");
  }
  return problems;
}

}  // namespace

void CheckIntegrationImage(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                           Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration) continue;
    const DocNode* doc = ItemDoc(item);
    if (doc == nullptr) continue;
    const std::string name =
        TextOf(*doc, "name").empty() ? item.name : std::string(TextOf(*doc, "name"));
    if (item.image != nullptr) {
      const std::string problems = ImageProblems(item.image->source->text());
      if (problems.empty()) continue;
      const std::string image = pack.RelativePath(item.image->source->path());
      docs::EmitAtKey(rule, *item.yaml, doc, "name",
                      {{"integration", name}, {"problem", "image " + image + " is " + problems}},
                      "image " + image, emitter);
      continue;
    }
    const DocNode* embedded = doc->Get("image");
    if (embedded == nullptr || embedded->Empty()) {
      docs::EmitAtKey(
          rule, *item.yaml, doc, "name",
          {{"integration", name},
           {"problem", item.owns_dir
                           ? "has no image (add " + item.name + "_image.png)"
                           : std::string("has no image (no image: in the unified YAML)")}},
          "no image " + item.name, emitter);
      continue;
    }
    std::string_view value = docs::Trim(embedded->Text());
    std::string problems;
    constexpr std::string_view kPrefix = "data:image/png;base64,";
    if (!value.starts_with(kPrefix)) {
      problems = "not a base64 PNG data URI";
    } else if (const auto bytes = docs::DecodeBase64(value.substr(kPrefix.size())); !bytes) {
      problems = "not valid base64";
    } else {
      problems = ImageProblems(*bytes);
    }
    if (problems.empty()) continue;
    docs::EmitAtKey(rule, *item.yaml, doc, "image",
                    {{"integration", name}, {"problem", "embedded image is " + problems}},
                    "embedded image " + item.name, emitter);
  }
}

}  // namespace packaudit
