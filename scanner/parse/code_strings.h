// Code string facts: the string literals of a Python, JavaScript or PowerShell parse tree, kept
// as plain values so that pack-level checks can read them after the trees are freed (for example:
// which command names an integration's code compares against).
//
// Extraction is a pure function of the tree; the result owns its strings. Thread-safe (no shared
// state). Comments are not literals, so text in comments never appears here.
#ifndef PACKAUDIT_PARSE_CODE_STRINGS_H_
#define PACKAUDIT_PARSE_CODE_STRINGS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "parse/code_tree.h"

namespace packaudit {

// Stands for one interpolated part (f-string field, `${...}`, `$var`, `$(...)`) in the value of
// an interpolated string: the value of f"{base}/api" is "\x1a/api".
inline constexpr char kCodeStringHole = '\x1a';

struct CodeString {
  // The literal's value without quotes or prefixes; the common escapes (\n, \t, \\, \', \", and
  // PowerShell's `n, `t, ``, `", '') are resolved, others are kept as written. Raw Python strings
  // keep every backslash. Cut to kMaxCodeStringValue bytes (see `cut`).
  std::string value;
  size_t begin = 0;  // byte range of the whole literal (quotes included) in the real file
  size_t end = 0;
  // The same range in the text the tree was parsed from: equal to begin/end for a code file,
  // different for code embedded in a unified YAML (checks that look nodes up by offset use it).
  size_t text_begin = 0;
  size_t text_end = 0;
  bool interpolated = false;  // has at least one kCodeStringHole
  bool cut = false;           // the value was longer than kMaxCodeStringValue bytes
};

struct CodeStrings {
  std::vector<CodeString> strings;  // in source order
  bool extracted = false;  // a tree was there to read (false: not code, or the parser gave up)
  bool truncated = false;  // more than kMaxCodeStrings literals: the rest were dropped
};

// Per-file caps (memory stays small on huge or generated files): at most this many literals...
inline constexpr size_t kMaxCodeStrings = 20000;
// ...and at most this many bytes of each value.
inline constexpr size_t kMaxCodeStringValue = 4096;

// Maps a byte offset in the tree's text to the real file (code embedded in YAML); an empty
// function keeps offsets as they are.
using CodeOffsetMap = std::function<size_t(size_t)>;

// The string literals of `tree`: Python `string` (each part of an implicit concatenation on its
// own), JavaScript `string` and `template_string`, PowerShell `string_literal` (quoted and here
// strings). Strings nested in an interpolation are listed too, after the string holding them.
CodeStrings ExtractCodeStrings(const CodeTree& tree, const CodeOffsetMap& map = {});

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_CODE_STRINGS_H_
