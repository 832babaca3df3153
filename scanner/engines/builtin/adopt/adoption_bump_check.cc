// ADOPT008 (diff-aware scans only): the README adoption note or the metadata `support` changed
// since the base revision, but currentVersion was not raised or the raised version has no new
// release note. Silent for a pack that did not exist at the base.
#include <algorithm>

#include "engines/builtin/adopt/adopt_util.h"
#include "engines/builtin/adopt/checks.h"
#include "engines/builtin/release/base_facts.h"

namespace packaudit {
namespace {

bool SameNote(const AdoptionNote& a, const AdoptionNote& b) {
  return a.kind == b.kind && a.text == b.text;
}

bool Contains(const std::vector<AdoptionNote>& notes, const AdoptionNote& note) {
  return std::any_of(notes.begin(), notes.end(),
                     [&](const AdoptionNote& n) { return SameNote(n, note); });
}

}  // namespace

void CheckAdoptionVersionBump(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                              Emitter& emitter) {
  const PackBase* base = context.BaseOf(pack);
  if (base == nullptr || !base->existed) return;
  const BaseMetadata base_metadata = ParseBaseMetadata(*base);
  const std::optional<VersionChange> version = VersionChangeOf(pack, base_metadata);
  if (!version) return;

  std::vector<AdoptionNote> base_notes;
  if (base->readme) base_notes = FindAdoptionNotes(SourceFile("README.md", *base->readme)).notes;
  const std::vector<AdoptionNote> head_notes = PackAdoptionNotes(pack).notes;
  const bool notes_changed =
      base_notes.size() != head_notes.size() ||
      !std::equal(base_notes.begin(), base_notes.end(), head_notes.begin(), SameNote);
  const bool support_changed = base_metadata.doc && base_metadata.support != pack.support;
  if (!notes_changed && !support_changed) return;

  const std::string rn_path = ReleaseNotePath(version->head);
  const std::string rn_name = rn_path.substr(rn_path.find('/') + 1);
  std::string problem;
  if (!version->raised()) {
    problem = "currentVersion was not raised (still " + version->head.ToString() + ")";
  } else if (pack.FileAt(rn_path) == nullptr) {
    problem = "currentVersion " + version->head.ToString() + " has no " + rn_path;
  } else if (std::find(base->release_notes.begin(), base->release_notes.end(), rn_name) !=
             base->release_notes.end()) {
    problem = rn_path + " is not new since " + base->revision;
  } else {
    return;
  }

  if (notes_changed && pack.readme != nullptr && pack.readme->source != nullptr) {
    const SourceFile& readme = *pack.readme->source;
    const MessageArgs args{
        {"what", "The README adoption note"}, {"revision", base->revision}, {"problem", problem}};
    const auto added =
        std::find_if(head_notes.begin(), head_notes.end(),
                     [&](const AdoptionNote& n) { return !Contains(base_notes, n); });
    if (added != head_notes.end()) {
      EmitAtNote(rule, readme, *added, args, emitter);
    } else {  // a note was removed
      emitter.AtLine(rule, readme, FirstContentLine(readme), args, "adoption-note-removed");
    }
  }
  if (support_changed && pack.metadata != nullptr) {
    const std::string what = "The pack support level (" +
                             (base_metadata.support.empty() ? "none" : base_metadata.support) +
                             " -> " + (pack.support.empty() ? "none" : pack.support) + ")";
    EmitAtMetadataKey(rule, pack, "support",
                      {{"what", what}, {"revision", base->revision}, {"problem", problem}},
                      "support", emitter);
  }
}

}  // namespace packaudit
