// Builtin checks of area "adopt" (rules/adopt/): one function per check, registered in registry.cc
// beside this file. Contract and threading: see engines/builtin/builtin_rule.h. All read the
// adoption notes of the pack README through adoption_note.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_ADOPT_CHECKS_H_
#define PACKAUDIT_ENGINES_BUILTIN_ADOPT_CHECKS_H_

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// ADOPT001: no adoption note is the first line of the README.
void CheckAdoptionNotePosition(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                               Emitter& emitter);
// ADOPT002: the start-note date is not about 90 days after the adoption release.
void CheckAdoptionStartWindow(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                              Emitter& emitter);
// ADOPT003: the start-note date has passed and there is no end note.
void CheckAdoptionStale(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                        Emitter& emitter);
// ADOPT004: an end note while pack_metadata.json still names Palo Alto Networks.
void CheckAdoptionEndMetadata(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                              Emitter& emitter);
// ADOPT005: an end note without a contact clause.
void CheckAdoptionEndContact(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                             Emitter& emitter);
// ADOPT006: both a start note and an end note.
void CheckAdoptionBothNotes(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                            Emitter& emitter);
// ADOPT007: a note date that cannot be read or is not "<Month> <Day>, <Year>".
void CheckAdoptionNoteDate(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                           Emitter& emitter);
// ADOPT008 (diff-aware): the adoption note or `support` changed without a bump and a new RN.
void CheckAdoptionVersionBump(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                              Emitter& emitter);
// ADOPT009: no release note records the adoption.
void CheckAdoptionReleaseNote(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                              Emitter& emitter);
// ADOPT010: an end note and no Author_image.png.
void CheckAdoptionAuthorImage(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                              Emitter& emitter);
// ADOPT011: an email or url quoted in the end note differs from pack_metadata.json.
void CheckAdoptionContactMatch(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                               Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_ADOPT_CHECKS_H_
