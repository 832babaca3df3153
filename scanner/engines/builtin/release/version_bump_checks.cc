// REL003 (content changed since the base revision without a currentVersion bump) and REL004 (a
// bump without its release note, or a changed item without an entry in it). Both run only in
// diff-aware scans (--changed-since) and are silent for a pack that did not exist at the base:
// a new pack ships at its first version, which needs no release note (see REL002).
#include <cctype>
#include <set>

#include "core/text.h"
#include "engines/builtin/release/base_facts.h"
#include "engines/builtin/release/checks.h"
#include "engines/builtin/release/release_note_outline.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

bool SameName(std::string_view a, std::string_view b) { return EqualsIgnoreCase(a, b); }

// Changed files that need a new version, and changed metadata fields that do.
std::vector<std::string> BumpReasons(const Pack& pack, const PackBase& base,
                                     const BaseMetadata& base_metadata) {
  std::vector<std::string> reasons;
  for (const PackChange& change : base.changes) {
    if (ChangeNeedsBump(change.path)) reasons.push_back(change.path + " (" + change.kind + ")");
  }
  const DocNode* base_doc = base_metadata.doc ? &*base_metadata.doc : nullptr;
  for (const std::string& field : ChangedBumpFields(base_doc, pack.metadata)) {
    reasons.push_back("pack_metadata.json " + field);
  }
  return reasons;
}

std::string Summarise(const std::vector<std::string>& reasons) {
  constexpr size_t kShown = 3;
  std::string out;
  for (size_t i = 0; i < reasons.size() && i < kShown; ++i) {
    out += (i > 0 ? ", " : "") + reasons[i];
  }
  if (reasons.size() > kShown) out += " and " + std::to_string(reasons.size() - kShown) + " more";
  return out;
}

// Whether the release note has a "##### <item>" section naming `item` (display name, YAML name
// or folder name, any case).
bool HasEntryFor(const std::vector<RnEntry>& outline, const Item& item) {
  const DocNode* doc = ItemDoc(item);
  for (const RnEntry& entry : outline) {
    if (entry.item.empty()) continue;
    if (SameName(entry.item, item.name)) return true;
    if (doc != nullptr && (SameName(entry.item, TextOf(*doc, "display")) ||
                           SameName(entry.item, TextOf(*doc, "name")))) {
      return true;
    }
  }
  return false;
}

std::string ItemTitle(const Item& item) {
  if (const DocNode* doc = ItemDoc(item)) {
    const std::string_view display = TextOf(*doc, "display");
    if (!display.empty()) return std::string(display);
    const std::string_view name = TextOf(*doc, "name");
    if (!name.empty()) return std::string(name);
  }
  return item.name;
}

}  // namespace

void CheckVersionBumped(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                        Emitter& emitter) {
  const PackBase* base = context.BaseOf(pack);
  if (base == nullptr || !base->existed) return;
  const BaseMetadata base_metadata = ParseBaseMetadata(*base);
  const std::optional<VersionChange> version = VersionChangeOf(pack, base_metadata);
  if (!version || version->raised()) return;
  const std::vector<std::string> reasons = BumpReasons(pack, *base, base_metadata);
  if (reasons.empty()) return;
  EmitAtMetadataKey(rule, pack, "currentVersion",
                    {{"revision", base->revision},
                     {"version", version->head.ToString()},
                     {"base_version", version->base.ToString()},
                     {"count", std::to_string(reasons.size())},
                     {"changes", Summarise(reasons)}},
                    "currentVersion", emitter);
}

void CheckVersionBumpReleaseNote(const RuleSpec& rule, const Pack& pack,
                                 const CheckContext& context, Emitter& emitter) {
  const PackBase* base = context.BaseOf(pack);
  if (base == nullptr || !base->existed) return;
  const BaseMetadata base_metadata = ParseBaseMetadata(*base);
  const std::optional<VersionChange> version = VersionChangeOf(pack, base_metadata);
  if (!version || !version->raised()) return;
  const std::string rn_path = ReleaseNotePath(version->head);
  const ParsedFile* rn = pack.FileAt(rn_path);
  if (rn == nullptr || rn->source == nullptr) {
    EmitAtMetadataKey(
        rule, pack, "currentVersion",
        {{"problem", "currentVersion was raised from " + version->base.ToString() + " to " +
                         version->head.ToString() + " but " + rn_path + " is missing"}},
        "missing:" + rn_path, emitter);
    return;
  }
  // Every changed integration, script or playbook needs its own entry.
  const SourceFile& file = *rn->source;
  const std::vector<RnEntry> outline = OutlineReleaseNote(file);
  std::set<const Item*> seen;
  std::vector<const Item*> missing;
  for (const PackChange& change : base->changes) {
    if (change.kind == "deleted" || !ChangeNeedsBump(change.path)) continue;
    const Item* item = pack.ItemOf(DisplayPathInPack(pack, change.path));
    if (item == nullptr || item->type == ItemType::kTestPlaybook) continue;
    if (!seen.insert(item).second) continue;
    if (!HasEntryFor(outline, *item)) missing.push_back(item);
  }
  if (missing.empty()) return;
  const std::vector<int> lines = TextLinesOutsideComments(file);
  const int line = lines.empty() ? 1 : lines.front();
  for (const Item* item : missing) {
    emitter.AtLine(
        rule, file, line,
        {{"problem", std::string(ItemTypeName(item->type)) + " " + item->name + " changed but " +
                         rn_path + " has no '##### " + ItemTitle(*item) + "' entry"}},
        "entry:" + item->name);
  }
}

}  // namespace packaudit
