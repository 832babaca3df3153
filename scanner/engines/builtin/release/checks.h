// Builtin checks of area "release" (rules/release/): one function per check, registered in
// registry.cc beside this file. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_RELEASE_CHECKS_H_
#define PACKAUDIT_ENGINES_BUILTIN_RELEASE_CHECKS_H_

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// REL001: a release-note file name is not <major>_<minor>_<revision>.md / .json.
void CheckReleaseNoteFileName(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                              Emitter& emitter);
// REL002: currentVersion vs the highest release-note version.
void CheckReleaseNoteVersion(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                             Emitter& emitter);
// REL003 (diff-aware): content changed since the base revision without a currentVersion bump.
void CheckVersionBumped(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                        Emitter& emitter);
// REL004 (diff-aware): a bump without ReleaseNotes/<x_y_z>.md, or a changed item without an entry.
void CheckVersionBumpReleaseNote(const RuleSpec& rule, const Pack& pack,
                                 const CheckContext& context, Emitter& emitter);
// REL005: a placeholder left in a release note, or a release note with no text.
void CheckReleaseNotePlaceholders(const RuleSpec& rule, const Pack& pack,
                                  const CheckContext& context, Emitter& emitter);
// REL006: "breaking change" without <x_y_z>.json saying breakingChanges: true.
void CheckReleaseNoteBreakingChange(const RuleSpec& rule, const Pack& pack,
                                    const CheckContext& context, Emitter& emitter);
// REL007: release-note headers out of the "#### <content type>" / "##### <item>" structure.
void CheckReleaseNoteStructure(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                               Emitter& emitter);
// REL008: a bullet that does not start with an approved template, or a banned one.
void CheckReleaseNoteTemplates(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                               Emitter& emitter);
// REL009: the Docker image named in the release note differs from the item's dockerimage.
void CheckReleaseNoteDockerImage(const RuleSpec& rule, const Pack& pack,
                                 const CheckContext& context, Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_RELEASE_CHECKS_H_
