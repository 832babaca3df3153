// Finalizing findings once all rules have run: snippets and context with secrets redacted, GitHub
// line hashes, line-independent fingerprints, de-duplication and the final sort.
// Pure functions over values; thread-safe.
#ifndef PACKAUDIT_SCAN_FINALIZE_H_
#define PACKAUDIT_SCAN_FINALIZE_H_

#include <vector>

#include "core/finding.h"
#include "core/source_file.h"

namespace packaudit {

// Fills snippet, context and line_hash of every finding in `findings` (all of them in `file`).
// This is the one place secrets are redacted: the region of every finding with redact=true is
// replaced by kRedactionToken in every snippet and context, its text in every message, and its
// match_text by a digest (SortAndFingerprint then clears match_text). Writers show texts as is.
// `file` may be null (a skipped file): then only the line hash of an empty file is used.
void AddSourceDetails(const SourceFile* file, std::vector<Finding*>& findings);

// Removes duplicates (same rule, path, region and message), sorts by FindingLess and assigns
// LocationFingerprint with per-(rule, path, text) occurrence counters in that order.
void SortAndFingerprint(std::vector<Finding>& findings);

// Caps applied to snippets (bytes of a region) and to each context line.
inline constexpr size_t kMaxSnippetBytes = 400;
inline constexpr size_t kMaxContextLineBytes = 400;

}  // namespace packaudit

#endif  // PACKAUDIT_SCAN_FINALIZE_H_
