// The shared tokenizer of the secret rules (SEC001 entropy, SEC002 indicators, SEC008 suppression
// audit), following the demisto-sdk `secrets` method: lines, `disable-secrets-detection` markers,
// whitespace tokens, the `.secrets-ignore` allow-list, dates/UUIDs/context-path words, bracketed
// expressions and long base64 runs, Shannon entropy. On top of the SDK method, a candidate token
// is kept only when one of its values looks random (see IsSecretShaped), which keeps identifiers,
// paths, URLs, versions and digests out.
//
// AnalyzeSecrets returns every candidate with the suppression that hides it (if any), so the
// rules report the visible ones and SEC008 reports what each suppression hid. Pure functions over
// borrowed text; regexes are compiled once and shared read-only. Thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_SECRETS_TEXT_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_SECRETS_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/secrets_ignore.h"

namespace packaudit::secrets {

// The entropy threshold of the SDK method (bits per character).
inline constexpr double kEntropyThreshold = 4.0;

// Shannon entropy of `text` over the printable-ASCII alphabet (other bytes count in the length
// only), as the SDK computes it.
double ShannonEntropy(std::string_view text);

// Whether `value` (one value, no surrounding syntax) looks like a random secret: at least 16
// characters, entropy >= kEntropyThreshold, not a digest-length hex string, and made of short
// mixed runs (camelCase words, dotted names and paths have long runs).
bool IsSecretShaped(std::string_view value);

// The first secret-shaped value of a whitespace token: the token is split at quotes, brackets,
// '=', ':', ',', ';' and similar syntax. Returns [begin, end) within `token`, or begin == end.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin == end; }
};
Span SecretValueIn(std::string_view token);

// `disable-secrets-detection` markers, with the SDK's semantics: a line holding
// `disable-secrets-detection` hides itself; `-start` hides itself and every line up to the line
// holding `-end` (which is scanned again); an unterminated block runs to the end of the file.
enum class Marker { kNone, kLine, kStart, kEnd };
struct LineState {
  size_t begin = 0;  // bytes of the line, without its line break
  size_t end = 0;
  Marker marker = Marker::kNone;
  int hidden_by = 0;  // 1-based line of the marker that hides this line; 0 = visible
};
std::vector<LineState> MarkLines(std::string_view text);

// Which files the secret rules read (the SDK's list: .yml .py .json .md .txt .sh .ini .eml .csv
// .js .pdf .html .ps1 .xif and extensionless; never pack_metadata.json or .secrets-ignore).
bool SecretsScanApplies(std::string_view path);
// Whether the entropy method applies (not .eml files, not files whose name holds "playbook-").
bool EntropyApplies(std::string_view path);

enum class HitKind { kEntropy, kUrl, kEmail, kIpv4, kIpv6 };
std::string_view HitLabel(HitKind kind);  // "URL", "e-mail address", ...

enum class HiddenBy { kNone, kMarker, kAllowWord, kFileEntry };

struct Hit {
  HitKind kind = HitKind::kEntropy;
  size_t begin = 0;  // the value (entropy: the secret-shaped value; indicators: the match)
  size_t end = 0;
  int line = 0;        // 1-based
  double entropy = 0;  // kEntropy: entropy of the value
  HiddenBy hidden = HiddenBy::kNone;
  int marker_line = 0;     // kMarker: the marker's line
  std::string allow_word;  // kAllowWord: the .secrets-ignore word (lower-cased)
};

struct SecretsInput {
  std::string_view text;
  std::string_view path;                  // display path (for the file-type rules)
  std::string_view path_in_pack;          // relative to the pack root ("" outside packs)
  const SecretsIgnore* ignore = nullptr;  // the pack's allow-list, or null
};

// Every entropy and indicator candidate of the file, in text order, each with what hides it.
// Empty when the file is not read by the secret rules (SecretsScanApplies).
std::vector<Hit> AnalyzeSecrets(const SecretsInput& input);

}  // namespace packaudit::secrets

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_SECRETS_TEXT_H_
