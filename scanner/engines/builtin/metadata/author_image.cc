// META011: a partner pack needs a non-empty Author_image.png at its root. A missing image is
// reported on the `support` key of pack_metadata.json, an empty one on the image itself.
#include "engines/builtin/metadata/checks.h"
#include "engines/builtin/metadata/metadata_util.h"

namespace packaudit {

void CheckAuthorImage(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                      Emitter& emitter) {
  if (metadata::Text(pack, "support") != "partner") return;
  const ParsedFile* image = pack.FileAt("Author_image.png");
  if (image == nullptr) {
    metadata::EmitAtKey(rule, pack, "support", {{"problem", "is missing"}},
                        "Author_image.png is missing", emitter);
  } else if (image->source->size() == 0) {
    emitter.AtLine(rule, *image->source, 1, {{"problem", "is empty"}}, "Author_image.png is empty");
  }
}

}  // namespace packaudit
