// RegexEngine: runs every regex rule that wants a file kind as one RE2::Set over the text, then
// locates matches only for the patterns that hit. Built once per scan; Scan() is const and safe
// to call from several threads (RE2 objects are thread-safe).
#ifndef PACKAUDIT_ENGINES_REGEX_ENGINE_H_
#define PACKAUDIT_ENGINES_REGEX_ENGINE_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <memory>
#include <vector>

#include "core/status.h"
#include "engines/emitter.h"
#include "engines/file_unit.h"
#include "rules/rule_spec.h"

namespace packaudit {

class RegexEngine {
 public:
  // `rules` must outlive the engine; non-regex rules are ignored.
  static StatusOr<std::unique_ptr<RegexEngine>> Build(const std::vector<const RuleSpec*>& rules);

  void Scan(const FileUnit& unit, Emitter& emitter) const;

 private:
  struct Pattern {
    const RuleSpec* rule = nullptr;
    int rule_index = 0;  // into rules_ and filters_
    std::string label;
    std::unique_ptr<RE2> re;
    int region_group = 0;  // 0: whole match
  };
  struct RuleFilters {
    std::vector<std::unique_ptr<RE2>> exclude_lines;
    std::vector<std::unique_ptr<RE2>> exclude_values;
  };
  struct KindSet {
    std::unique_ptr<RE2::Set> set;
    std::vector<int> patterns;  // set index -> index into patterns_
  };

  std::vector<Pattern> patterns_;
  std::vector<const RuleSpec*> rules_;
  std::vector<RuleFilters> filters_;  // parallel to rules_
  std::array<KindSet, kFileKindCount> sets_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_REGEX_ENGINE_H_
