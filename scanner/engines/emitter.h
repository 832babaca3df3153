// Emitter: collects the findings of one unit of work (a file or a pack) and turns byte offsets
// or positions in the real file into Regions. Not thread-safe: one Emitter per task.
//
// The finding's severity is the rule's default here. A check may change the returned finding's
// severity when one rule has triggers of different weight (allowed only for rules without
// severity_by_support: the pipeline later applies the support level of the finding's item to
// those, and fills pack, snippet and fingerprints). The returned reference is valid until the
// next emit.
#ifndef PACKAUDIT_ENGINES_EMITTER_H_
#define PACKAUDIT_ENGINES_EMITTER_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/source_file.h"
#include "rules/rule_spec.h"

namespace packaudit {

using MessageArgs = std::map<std::string, std::string, std::less<>>;

// Replaces each "{key}" of `message` that has a value in `args`; other text is kept as is.
std::string FillMessage(std::string_view message, const MessageArgs& args);

class Emitter {
 public:
  // A finding over bytes [begin, end) of `file` (an empty range covers one character).
  Finding& AtBytes(const RuleSpec& rule, const SourceFile& file, size_t begin, size_t end,
                   const MessageArgs& args, std::string match_text);
  // A finding over a whole line of `file`.
  Finding& AtLine(const RuleSpec& rule, const SourceFile& file, int line, const MessageArgs& args,
                  std::string match_text);
  // A finding with a preformatted message (engine diagnostics).
  void AtPosition(std::string rule_id, Severity severity, const SourceFile& file,
                  Position position, std::string message);

  std::vector<Finding>& findings() { return findings_; }

 private:
  std::vector<Finding> findings_;
};

// Region for bytes [begin, end) of `file`; never empty (end_column > start_column on one line).
Region RegionOf(const SourceFile& file, size_t begin, size_t end);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_EMITTER_H_
