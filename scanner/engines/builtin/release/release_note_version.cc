// REL002: pack_metadata currentVersion must equal the highest release-note version. Skipped at
// 1.0.0 (a first release needs no release note) and when currentVersion is missing or malformed
// (other rules report those).
#include <algorithm>

#include "engines/builtin/release/checks.h"

namespace packaudit {

void CheckReleaseNoteVersion(const RuleSpec& rule, const Pack& pack,
                             const CheckContext& /*context*/, Emitter& emitter) {
  if (pack.metadata == nullptr) return;
  const auto current = Version::Parse(pack.current_version);
  if (!current || *current == Version{1, 0, 0}) return;
  std::optional<Version> highest;
  for (const ReleaseNote& rn : pack.release_notes) {
    if (rn.version && (!highest || *rn.version > *highest)) highest = rn.version;
  }
  if (highest && *highest == *current) return;
  const MessageArgs args{{"current", current->ToString()},
                         {"highest", highest ? highest->ToString() : "missing (no release notes)"}};
  const SourceFile& file = *pack.metadata_file->source;
  const DocNode* value = pack.metadata->Get("currentVersion");
  const DocNode* key = pack.metadata->KeyNode("currentVersion");
  if (key != nullptr && value != nullptr && value->end.line == key->position.line) {
    emitter.AtBytes(rule, file, file.OffsetOf(key->position), file.OffsetOf(value->end), args,
                    "currentVersion");
  } else {
    emitter.AtLine(rule, file, 1, args, "currentVersion");
  }
}

}  // namespace packaudit
