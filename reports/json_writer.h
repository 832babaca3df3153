// JSON writer: a small, stable document for scripts (`--format json`). Pure function of its
// inputs, deterministic (same key order, findings in ScanResult order), thread-safe.
//
// Shape (version 1; fields are only ever added, never renamed or removed, within a version):
//
//   {
//     "version": 1,
//     "tool": {"name": "packaudit", "version": "0.1.0"},
//     "summary": {
//       "files_scanned": 12,
//       "findings": 3,             // active findings (not waived, not already in the baseline)
//       "counts": {"error": 1, "warning": 1, "note": 1},  // active, per level, all three present
//       "suppressed": 1,           // findings waived (inline, .pack-ignore, .secrets-ignore, config)
//       "baselined": 0,            // unwaived findings already in the baseline (--baseline)
//       "execution_successful": true,  // false when a file could not be read or parsed
//       "exit_code": 1
//     },
//     "findings": [                    // every finding, active or not; sorted by path, line,
//                                      // column, rule id
//       {
//         "rule_id": "SEC003",
//         "level": "error",            // "error" | "warning" | "note"
//         "path": "Packs/Foo/Integrations/Foo/Foo.py",  // relative to the root, '/'-separated
//         "region": {"start_line": 4, "start_column": 15, "end_line": 4, "end_column": 31},
//                                      // 1-based; columns in UTF-16 code units,
//                                      // end_column one past the last character
//         "message": "Hard-coded AWS access key.",
//         "pack": "Foo",               // null outside any pack
//         "fingerprint": "0f3c9a1b2d4e5f60:1",  // line-independent identity (baselines)
//         "line_hash": "2c968962cd24329b:1",    // GitHub primaryLocationLineHash
//         "suppressions": [            // always present; empty: not waived (then active)
//           {"kind": "inSource",       // "inSource" (comment in the file) | "external"
//            "justification": "the vendor's public mailbox",  // the reason given
//            "source": "Packs/Foo/Integrations/Foo/Foo.py:3"} // where the waiver is written
//         ],
//         "baseline_state": "new"      // only with --baseline: "new" | "unchanged"
//       }
//     ],
//     "skipped": [                     // paths not scanned, sorted by path
//       {"path": "Packs/Foo/big.bin", "rule_id": "ENG003", "reason": "file is ... bytes, ..."}
//                                      // rule_id null for ignored folders
//     ],
//     "packs": [                       // sorted by path; shape in reports/pack_json.h
//       {"name": "Foo", "path": "Packs/Foo", "support": "partner", "version": "1.2.0",
//        "verdict": "not-certified", "groups": [{"name": "documentation", ...}]}
//     ],
//     "scope": ["Packs/Foo"],          // the scanned inputs, as display paths
//     "scope_notes": [                 // why the scope is what it is (may be empty), e.g.
//       "Changed since origin/main (1a2b3c4): 1 of 14 packs scanned: Foo (3 changed files)."
//     ]
//   }
//
// Secrets are redacted by the scan pipeline (scan/finalize.h); the matched text is never
// written. Invalid UTF-8 in any string becomes U+FFFD. The output ends with a newline.
#ifndef PACKAUDIT_REPORTS_JSON_WRITER_H_
#define PACKAUDIT_REPORTS_JSON_WRITER_H_

#include <string>

#include "scan/scan_result.h"

namespace packaudit {

std::string RenderJson(const ScanResult& result, int exit_code);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_JSON_WRITER_H_
