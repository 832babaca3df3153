// REL007 (header structure: "#### <content type>" then "##### <item name>") and
// REL008 (bullets start with an approved template, never the banned
// "maintenance and stability enhancements."). The templates are those of the
// release-note reviewer (demisto-sdk doc-review) and the release-notes guide.
#include <algorithm>
#include <array>
#include <cctype>

#include "core/text.h"
#include "engines/builtin/release/checks.h"
#include "engines/builtin/release/release_note_files.h"
#include "engines/builtin/release/release_note_outline.h"

namespace packaudit {
namespace {

// The level-4 headers release notes use, one per content type.
constexpr std::array<std::string_view, 41> kContentTypes = {"Integrations",
                                                            "Scripts",
                                                            "Playbooks",
                                                            "Incident Fields",
                                                            "Incident Types",
                                                            "Indicator Fields",
                                                            "Indicator Types",
                                                            "Layouts",
                                                            "Classifiers",
                                                            "Mappers",
                                                            "Reports",
                                                            "Widgets",
                                                            "Dashboards",
                                                            "Connections",
                                                            "Layout Rules",
                                                            "Lists",
                                                            "Jobs",
                                                            "PreProcess Rules",
                                                            "Pre Process Rules",
                                                            "Objects",
                                                            "Modules",
                                                            "Object Types",
                                                            "Object Fields",
                                                            "Wizards",
                                                            "Generic Definitions",
                                                            "Generic Fields",
                                                            "Generic Modules",
                                                            "Generic Types",
                                                            "Parsing Rules",
                                                            "Modeling Rules",
                                                            "Correlation Rules",
                                                            "XSIAM Dashboards",
                                                            "XSIAM Reports",
                                                            "Triggers Recommendations",
                                                            "XDRC Templates",
                                                            "Assets Modeling Rules",
                                                            "Case Layout Rules",
                                                            "Case Fields",
                                                            "Case Layouts",
                                                            "Agentix Actions",
                                                            "Agentix Agents"};

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && Lower(text.substr(0, prefix.size())) == Lower(prefix);
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool IsContentType(std::string_view text) {
  return std::find(kContentTypes.begin(), kContentTypes.end(), text) != kContentTypes.end();
}

// The content type meant by a near miss ("integrations", "Integration", "Scripts:"), or "".
std::string ContentTypeMeant(std::string_view text) {
  std::string key = Lower(text);
  while (!key.empty() && (key.back() == ':' || key.back() == ' ')) key.pop_back();
  for (std::string_view type : kContentTypes) {
    const std::string lower = Lower(type);
    if (key == lower || key + "s" == lower) return std::string(type);
  }
  return {};
}

std::string PackDisplayName(const Pack& pack) {
  if (pack.metadata != nullptr) {
    if (const DocNode* name = pack.metadata->Get("name"); name != nullptr && !name->Empty()) {
      return std::string(name->Text());
    }
  }
  return pack.name;
}

// "Added ...", "Fixed an issue ...", ... (compared without case).
constexpr std::array<std::string_view, 15> kPrefixes = {
    "Added",
    "Fixed an issue",
    "Improved implementation",
    "Updated the",
    "You can now",
    "Deprecated",
    "Note: ",
    "Started adoption process.",
    "Completed adoption process.",
    "Start of adoption process",
    "Improved layout",
    "Created a new layout",
    "Playbook now supports",
    "Created a new playbook",
    "Documentation and metadata improvements.",
};
constexpr std::array<std::string_view, 2> kBanned = {"maintenance and stability enhancements.",
                                                     "stability and maintenance enhancements."};

}  // namespace

void CheckReleaseNoteStructure(const RuleSpec& rule, const Pack& pack,
                               const CheckContext& /*context*/, Emitter& emitter) {
  const std::string pack_name = PackDisplayName(pack);
  for (const RnFile& rn : ReleaseNoteFiles(pack)) {
    if (rn.file->kind != FileKind::kReleaseNote) continue;
    const SourceFile& file = *rn.file->source;
    for (const RnEntry& entry : OutlineReleaseNote(file)) {
      if (entry.kind != RnEntry::Kind::kHeading) continue;
      const std::string shown =
          std::string(static_cast<size_t>(entry.level), '#') + " " + entry.text;
      std::string problem;
      if (entry.level == 4) {
        if (IsContentType(entry.text)) continue;
        problem = "'" + shown + "' names no content type";
        const std::string meant = ContentTypeMeant(entry.text);
        problem += meant.empty() ? " (Integrations, Scripts, Playbooks, Incident Fields, ...)"
                                 : " (write '#### " + meant + "')";
      } else if (entry.level == 5) {
        // demisto-sdk's --force template once wrote "##### <pack name>" alone.
        if (!entry.content_type.empty() || entry.text == pack_name || entry.text == pack.name) {
          continue;
        }
        problem = "'" + shown + "' has no '#### <content type>' header above it";
      } else if (entry.level == 2) {
        // "## <pack name>" is the template for pack-level changes (metadata, README).
        if (entry.text == pack_name || entry.text == pack.name) continue;
        problem = "'" + shown + "' is neither the pack name nor '#### <content type>'";
      } else if (entry.level == 6) {
        continue;
      } else {
        problem = "'" + shown + "' is a level-" + std::to_string(entry.level) +
                  " heading; use '#### <content type>' and '##### <item name>'";
      }
      emitter.AtLine(rule, file, entry.line, {{"problem", problem}}, shown);
    }
  }
}

void CheckReleaseNoteTemplates(const RuleSpec& rule, const Pack& pack,
                               const CheckContext& /*context*/, Emitter& emitter) {
  for (const RnFile& rn : ReleaseNoteFiles(pack)) {
    if (rn.file->kind != FileKind::kReleaseNote) continue;
    const SourceFile& file = *rn.file->source;
    for (const RnEntry& entry : OutlineReleaseNote(file)) {
      if (entry.kind != RnEntry::Kind::kBullet || entry.text.empty()) continue;
      // Descriptions of new items are free text; "- **Field name**" bullets name items.
      if (entry.new_item || entry.text.front() == '*' || entry.text.rfind("%%", 0) == 0) continue;
      const std::string lower = Lower(entry.text);
      std::string problem;
      if (std::find(kBanned.begin(), kBanned.end(), lower) != kBanned.end()) {
        problem = "uses the banned template '" + entry.text + "': say what changed";
      } else {
        const bool approved =
            std::any_of(kPrefixes.begin(), kPrefixes.end(),
                        [&](std::string_view p) { return StartsWithNoCase(entry.text, p); }) ||
            EndsWith(lower, "now generally available.");
        if (approved) continue;
        problem =
            "does not start with an approved template (Added, Fixed an "
            "issue, Updated the "
            "Docker image to, You can now, Deprecated, Note:, ...)";
      }
      std::string shown = entry.text.size() > 60 ? entry.text.substr(0, 57) + "..." : entry.text;
      emitter.AtBytes(rule, file, entry.begin, entry.end, {{"line", shown}, {"problem", problem}},
                      entry.text);
    }
  }
}

}  // namespace packaudit
