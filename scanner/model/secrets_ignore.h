// SecretsIgnore: a pack's `.secrets-ignore` allow-list, in the format XSOAR authors already use:
// one allowed string per line; a line `file:<path>` exempts the file at <path> (relative to the
// pack root) from the secret rules. Parsing is a pure function over the file's text; the result
// is an immutable value, safe to read from several threads.
#ifndef PACKAUDIT_MODEL_SECRETS_IGNORE_H_
#define PACKAUDIT_MODEL_SECRETS_IGNORE_H_

#include <string>
#include <string_view>
#include <vector>

namespace packaudit {

// Allowed strings shorter than this are ignored (they would allow nearly every token).
inline constexpr size_t kMinSecretsIgnoreWord = 5;

struct SecretsIgnoreEntry {
  int line = 0;      // 1-based line in .secrets-ignore
  std::string text;  // the line without surrounding whitespace
  bool is_file = false;
  std::string file;        // is_file: the path after "file:", without a leading "./"
  bool too_short = false;  // a word entry shorter than kMinSecretsIgnoreWord: not applied
};

struct SecretsIgnore {
  std::vector<SecretsIgnoreEntry> entries;  // every non-blank line, in file order
  std::vector<std::string> words;           // applied word entries, lower-cased
  std::vector<std::string> files;           // file: paths relative to the pack root

  // Whether `relative_path` (relative to the pack root, '/'-separated) is exempted by a file: line.
  bool ExemptsFile(std::string_view relative_path) const;
};

SecretsIgnore ParseSecretsIgnore(std::string_view text);

}  // namespace packaudit

#endif  // PACKAUDIT_MODEL_SECRETS_IGNORE_H_
