// The outline of one release note (ReleaseNotes/x_y_z.md) as XSOAR writes it:
//
//   #### Integrations            <- content type (level 4)
//   ##### Acme Threat Intel      <- item display name (level 5; "##### New: <name>" for new items)
//   - Added the *limit* argument to the ***acme-search*** command.
//
// Lines in HTML comments and fenced code are left out; marketplace tags (<~XSIAM>, </~XSOAR>) are
// removed from the text. Pure functions; thread-safe. Offsets are into file.text().
#ifndef PACKAUDIT_ENGINES_BUILTIN_RELEASE_RELEASE_NOTE_OUTLINE_H_
#define PACKAUDIT_ENGINES_BUILTIN_RELEASE_RELEASE_NOTE_OUTLINE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/source_file.h"
#include "model/pack.h"

namespace packaudit {

struct RnEntry {
  enum class Kind { kHeading, kBullet, kText };
  Kind kind = Kind::kText;
  int line = 0;
  int level = 0;     // headings: 1..6
  int indent = 0;    // bullets: columns before the marker
  std::string text;  // heading text, bullet text after the marker, or the line
                     // (trimmed, marketplace tags removed)
  size_t begin = 0;  // bytes [begin, end) of the text in the file
  size_t end = 0;
  std::string content_type;  // text of the enclosing level-4 heading ("" before any)
  std::string item;          // text of the enclosing level-5 heading without "New: " (""
                             // if none)
  bool new_item = false;     // the enclosing level-5 heading is "New: <name>"
};

std::vector<RnEntry> OutlineReleaseNote(const SourceFile& file);

// The lines of `file` that hold text outside HTML comments (1-based, in order), and the text with
// every comment blanked out (same length, line breaks kept).
std::vector<int> TextLinesOutsideComments(const SourceFile& file);
std::string WithoutComments(std::string_view text);

// Release notes with a well-formed "x_y_z.md" name, oldest version first (1_10_0 after 1_9_0).
std::vector<const ReleaseNote*> VersionedReleaseNotes(const Pack& pack);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_RELEASE_RELEASE_NOTE_OUTLINE_H_
