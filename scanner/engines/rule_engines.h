// RuleEngines: all engines built for one set of enabled rules. ScanFile() runs the file-level
// engines (regex, query, file builtins) over a parsed file and its embedded code; ScanPack() runs
// the pack-level engines (field, doc, pack builtins). Built once per scan; both scans are const
// and thread-safe.
#ifndef PACKAUDIT_ENGINES_RULE_ENGINES_H_
#define PACKAUDIT_ENGINES_RULE_ENGINES_H_

#include <memory>
#include <utility>
#include <vector>

#include "core/status.h"
#include "engines/builtin/builtin_rule.h"
#include "engines/doc_engine.h"
#include "engines/field_engine.h"
#include "engines/query_engine.h"
#include "engines/regex_engine.h"

namespace packaudit {

class RuleEngines {
 public:
  // `rules` must outlive the engines. An unknown builtin name is an error naming the rule file.
  static StatusOr<RuleEngines> Build(const std::vector<RuleSpec>& rules);

  // `pack`: facts of the file's pack handed to file checks (FileUnit::pack); null outside packs.
  void ScanFile(const ParsedFile& file, Emitter& emitter,
                const PackFileContext* pack = nullptr) const;
  void ScanPack(const Pack& pack, const CheckContext& context, Emitter& emitter) const;

 private:
  std::unique_ptr<RegexEngine> regex_;
  std::unique_ptr<QueryEngine> query_;
  std::unique_ptr<FieldEngine> field_;
  std::unique_ptr<DocEngine> doc_;
  std::vector<std::pair<const RuleSpec*, PackCheck>> pack_checks_;
  std::vector<std::pair<const RuleSpec*, FileCheck>> file_checks_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_RULE_ENGINES_H_
