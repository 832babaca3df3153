// Baselines: the findings a project has accepted for now, so a scan reports only what is new.
//
// File format (JSON, version 1, written sorted and byte-for-byte deterministic):
//   {"version": 1, "tool": "packaudit", "entries": [
//     {"rule_id": "SEC003", "path": "Packs/X/a.py", "fingerprint": "<16 hex>", "count": 2,
//      "message": "..."}]}
// `fingerprint` is the hash part of Finding::fingerprint (without the ":<occurrence>" suffix):
// rule id, path and the normalised matched text, so an entry survives lines moving but not the
// text changing. The matched text itself is never stored. `count` is how many active findings
// share that key. `message` is for people reading the file and is ignored when matching.
//
// Only active findings (not suppressed) are recorded and matched: a suppressed finding keeps
// BaselineState::kNone.
// Pure functions over values; thread-compatible.
#ifndef PACKAUDIT_SCAN_BASELINE_H_
#define PACKAUDIT_SCAN_BASELINE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/status.h"

namespace packaudit {

inline constexpr int kBaselineVersion = 1;

struct BaselineEntry {
  std::string rule_id;
  std::string path;         // display path, as in Finding::path
  std::string fingerprint;  // hash without the occurrence suffix
  int count = 1;
  std::string message;  // informational

  friend bool operator==(const BaselineEntry&, const BaselineEntry&) = default;
};

struct Baseline {
  std::string path;                    // the file as given (ScanResult::baseline_path)
  std::vector<BaselineEntry> entries;  // sorted by (path, rule_id, fingerprint), keys unique
};

// The hash part of a Finding::fingerprint ("abc...:2" -> "abc...").
std::string FingerprintHash(std::string_view fingerprint);

// A baseline of the findings that are not suppressed (their baseline state is ignored).
Baseline MakeBaseline(const std::vector<Finding>& findings);

// The file text: pretty-printed JSON ending in a newline.
std::string RenderBaseline(const Baseline& baseline);

// Parses a baseline file. `display_path` names the file in errors ("<path>:<line>: problem") and
// becomes Baseline::path. Entries with the same key are merged (counts add up).
StatusOr<Baseline> ParseBaseline(std::string_view text, const std::string& display_path);

// Marks `findings` (in their order, normally ScanResult order): per (rule, path, hash) the first
// `count` findings that are not suppressed become kUnchanged, the rest kNew. Returns how many
// baselined findings were not found any more (the sum of the unmatched counts).
int ApplyBaseline(const Baseline& baseline, std::vector<Finding>& findings);

}  // namespace packaudit

#endif  // PACKAUDIT_SCAN_BASELINE_H_
