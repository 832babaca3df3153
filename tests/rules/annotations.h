// Expectations written into rule fixtures.
//
// In any text file, a line containing `ruleid: ID` (or several ids, comma-separated) says the
// next non-annotation line must carry a finding of ID; `ok: ID` says it must not. Any comment
// syntax works (# ruleid:, // ruleid:, <!-- ruleid: -->). Files that cannot hold comments
// (JSON, binaries, symlinks) get a sidecar `<name>.expect` with lines `<line>: ruleid: ID` or
// `<line>: ok: ID`.
#ifndef PACKAUDIT_TESTS_RULES_ANNOTATIONS_H_
#define PACKAUDIT_TESTS_RULES_ANNOTATIONS_H_

#include <string>
#include <string_view>
#include <vector>

namespace packaudit {

struct Expectation {
  std::string path;  // display path of the file the expectation is about
  int line = 0;      // 1-based line that must (not) carry the finding
  std::string rule_id;
  bool expect_finding = true;  // ruleid: true, ok: false
  std::string origin;          // "file:line" of the annotation, for messages
};

// Annotations inside the text of `path`.
std::vector<Expectation> ParseInlineAnnotations(const std::string& path, std::string_view text);

// Annotations of a sidecar file `<target>.expect` (`path` is the target's display path).
// Malformed lines are returned in `errors`.
std::vector<Expectation> ParseSidecar(const std::string& path, std::string_view text,
                                      std::vector<std::string>* errors);

}  // namespace packaudit

#endif  // PACKAUDIT_TESTS_RULES_ANNOTATIONS_H_
