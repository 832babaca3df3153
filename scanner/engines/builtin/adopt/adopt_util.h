// Shared helpers of the Adopt-a-Pack checks: the adoption notes of a pack's README, its release
// notes in version order, and placing findings on a note. Stateless; thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_ADOPT_ADOPT_UTIL_H_
#define PACKAUDIT_ENGINES_BUILTIN_ADOPT_ADOPT_UTIL_H_

#include <optional>
#include <string>
#include <vector>

#include "engines/builtin/adopt/adoption_note.h"
#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The adoption notes of the pack README (none when there is no README).
ReadmeAdoption PackAdoptionNotes(const Pack& pack);

// Whether any note is of `kind`.
bool HasNote(const ReadmeAdoption& adoption, AdoptionNoteKind kind);

// Release notes with a well-formed "x_y_z.md" name, oldest version first (1_10_0 after 1_9_0).
std::vector<const ReleaseNote*> ReleaseNotesByVersion(const Pack& pack);

// One adoption line of a release note.
struct AdoptionLine {
  int line = 0;
  AdoptionMark mark = AdoptionMark::kNone;
};
// The adoption lines of a release note (outside HTML comments), in file order.
std::vector<AdoptionLine> AdoptionLinesOf(const SourceFile& file);

// The lines of `file` that hold text outside HTML comments (1-based, in order).
std::vector<int> ContentLines(const SourceFile& file);

// First line of `file` that is neither blank nor only an HTML comment (1 when none).
int FirstContentLine(const SourceFile& file);

// A finding over the whole note, or over its date (the note end when it names no date).
void EmitAtNote(const RuleSpec& rule, const SourceFile& file, const AdoptionNote& note,
                const MessageArgs& args, Emitter& emitter);
void EmitAtDate(const RuleSpec& rule, const SourceFile& file, const AdoptionNote& note,
                const MessageArgs& args, Emitter& emitter);

// "start" or "end".
std::string NoteKindName(AdoptionNoteKind kind);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_ADOPT_ADOPT_UTIL_H_
