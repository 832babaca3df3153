// Fingerprints that let alerts and baselines follow a finding when lines move.
//
// - LineHashes(): GitHub's primaryLocationLineHash for every line of a file, exactly as the
//   upload-sarif action computes it (rolling hash over 100 normalised UTF-16 units; see the
//   SARIF notes, section 6). Values look like "2c968962cd24329b:1".
// - LocationFingerprint(): our own line-independent identity ("xsoarAuditLocation/v1"):
//   a hash of rule id, path and normalised matched text, plus an occurrence index so two
//   identical findings in one file stay distinct.
// Pure functions, thread-safe.
#ifndef PACKAUDIT_CORE_FINGERPRINT_H_
#define PACKAUDIT_CORE_FINGERPRINT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace packaudit {

// One entry per line: index 0 is line 1. The file gets one more line than it has line breaks
// (so a file ending in a newline has an extra, last entry), matching GitHub's algorithm.
std::vector<std::string> LineHashes(std::string_view file_bytes);

// 64-bit FNV-1a, hex-encoded (16 lower-case digits): a stable, non-cryptographic digest.
std::string StableHash(std::string_view bytes);

// Normalises matched text for fingerprints: whitespace runs collapse to one space, trimmed.
std::string NormalizeForFingerprint(std::string_view text);

// "<16 hex>:<occurrence>" from rule id, path and the normalised matched text.
std::string LocationFingerprint(std::string_view rule_id, std::string_view path,
                                std::string_view normalized_text, int occurrence);

}  // namespace packaudit

#endif  // PACKAUDIT_CORE_FINGERPRINT_H_
