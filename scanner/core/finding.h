// Finding: one result of one rule at one place. A plain value; engines create findings, the
// scan pipeline fills in pack, snippet and fingerprints, and writers only read them.
#ifndef PACKAUDIT_CORE_FINDING_H_
#define PACKAUDIT_CORE_FINDING_H_

#include <string>
#include <tuple>
#include <vector>

#include "core/severity.h"

namespace packaudit {

// A 1-based region; columns in UTF-16 code units, end_column one past the last character.
// Single-line regions always have end_column > start_column.
struct Region {
  int start_line = 1;
  int start_column = 1;
  int end_line = 1;
  int end_column = 2;

  friend bool operator==(const Region&, const Region&) = default;
};

// How a finding was waived. Kinds follow SARIF's suppression kinds: "inSource" for a comment in
// the file itself (`packaudit: ignore[ID] reason`, a secrets marker), "external" for a waiver kept
// elsewhere (.packaudit.toml, .pack-ignore, .secrets-ignore).
struct Suppression {
  std::string kind;           // "inSource" | "external"
  std::string justification;  // the reason given, as written (may be empty for external files)
  std::string source;         // where the waiver lives, e.g. "Packs/X/a.py:12", ".packaudit.toml:8"

  friend bool operator==(const Suppression&, const Suppression&) = default;
};

// SARIF baselineState, set only when the scan compares against a baseline (--baseline).
enum class BaselineState { kNone, kNew, kUnchanged };

// The redaction token that replaces secret text in every output.
inline constexpr const char kRedactionToken[] = "[REDACTED]";

struct Finding {
  std::string rule_id;   // e.g. "SEC003"
  Severity severity = Severity::kWarning;
  std::string path;      // display path of the file, relative to the root, '/'-separated
  Region region;
  std::string message;   // plain text, first sentence ends with '.'; never holds a secret
  std::string pack;      // pack folder name, or empty for files outside any pack

  // Set by the pipeline from the source file (writers never re-read sources):
  std::string snippet;       // the region's text, capped (secrets already redacted)
  std::string context;       // whole lines around the region, '\n'-joined (secrets redacted)
  int context_start_line = 0;  // 1-based line of the first context line (0: no context)
  int context_end_line = 0;    // 1-based line of the last context line
  std::string line_hash;     // GitHub primaryLocationLineHash, e.g. "2c968962cd24329b:1"
  std::string fingerprint;   // line-independent identity ("xsoarAuditLocation/v1")

  // Set by engines, used for the fingerprint and then cleared of secrets:
  std::string match_text;    // the matched text (normalised for the fingerprint)
  bool redact = false;       // whether the matched region is a secret

  // Set by the suppression pass (marks, never deletes):
  std::vector<Suppression> suppressions;  // empty: not waived
  BaselineState baseline_state = BaselineState::kNone;

  bool suppressed() const { return !suppressions.empty(); }
  // Whether the finding counts: for the gate, the verdicts and "new" sections of reports.
  // A waived finding or one already recorded in the baseline does not.
  bool active() const {
    return suppressions.empty() && baseline_state != BaselineState::kUnchanged;
  }
};

// Output order: path, line, column, rule id (then the rest for a total order).
inline bool FindingLess(const Finding& a, const Finding& b) {
  return std::tie(a.path, a.region.start_line, a.region.start_column, a.rule_id,
                  a.region.end_line, a.region.end_column, a.message) <
         std::tie(b.path, b.region.start_line, b.region.start_column, b.rule_id,
                  b.region.end_line, b.region.end_column, b.message);
}

}  // namespace packaudit

#endif  // PACKAUDIT_CORE_FINDING_H_
