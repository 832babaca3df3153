// The suppression pass: marks findings as waived (Finding::suppressions), never deletes them, and
// reports the waivers' own problems as findings of the scanner's rules:
//   ENG008  malformed inline directive (no reason, empty or unclosed id list, bad id): waives
//           nothing
//   ENG009  an inline or .pack-ignore id that is no rule (the directive's other ids still work)
//   ENG010  a waiver that suppresses nothing, for an enabled rule (inline id, .pack-ignore entry,
//           config waiver)
//   ENG011  an inline waiver of a rule that refuses them (RuleSpec::inline_waiver false); the
//           finding stays active
// Waiver sources: inline directives (inline_directive.h, kind "inSource"), `.pack-ignore`
// entries (pack_ignore.h, kind "external") and config waivers (kind "external"). Findings that
// already carry suppressions (secrets hidden by .secrets-ignore or markers) keep them. The
// problems found are never waivable: they are created after matching. Deterministic; call from
// one thread.
#ifndef PACKAUDIT_SUPPRESS_SUPPRESS_PASS_H_
#define PACKAUDIT_SUPPRESS_SUPPRESS_PASS_H_

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/finding.h"
#include "core/source_file.h"
#include "rules/rule_spec.h"
#include "suppress/config_waiver.h"
#include "suppress/inline_directive.h"
#include "suppress/pack_ignore.h"

namespace packaudit {

inline constexpr const char kEngWaiverMalformed[] = "ENG008";
inline constexpr const char kEngWaiverUnknownRule[] = "ENG009";
inline constexpr const char kEngWaiverUnused[] = "ENG010";
inline constexpr const char kEngWaiverNotInline[] = "ENG011";

// Waivers found in one file during the file pass.
struct FileWaivers {
  std::string path;                          // display path of the file
  std::vector<InlineDirective> directives;   // inline directives in the file
  bool is_pack_ignore = false;               // the file is a pack's .pack-ignore
  std::string pack_root;                     // is_pack_ignore: the pack's root display path
  std::vector<PackIgnoreEntry> pack_ignore;  // is_pack_ignore: its packaudit entries
};

struct SuppressInput {
  const std::vector<RuleSpec>* rules = nullptr;       // the enabled rules
  std::set<std::string, std::less<>> known_rule_ids;  // every rule that exists (+ enabled ones)
  std::vector<FileWaivers> files;
  std::vector<ConfigWaiver> config_waivers;
  // The pack root (display path) holding `path`, or nullopt outside packs.
  std::function<std::optional<std::string>(const std::string& path)> pack_root_of;
  // Scanned sources by display path, to place an unused config waiver on its config file line
  // when that file was scanned (else it becomes a note).
  std::map<std::string, const SourceFile*> sources;
};

struct SuppressOutput {
  std::vector<Finding> problems;   // ENG008-ENG011 findings (without pack, snippet, fingerprint)
  std::vector<std::string> notes;  // sentences for ScanResult::scope_notes
};

// Marks `findings` in place and returns the waivers' problems.
SuppressOutput ApplySuppressions(const SuppressInput& input, std::vector<Finding>& findings);

// The ids of the rules embedded in the binary (the catalog), for SuppressInput::known_rule_ids.
std::set<std::string, std::less<>> EmbeddedRuleIds();

}  // namespace packaudit

#endif  // PACKAUDIT_SUPPRESS_SUPPRESS_PASS_H_
