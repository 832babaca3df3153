// ValueFlow: a small, name-based data-flow tracker over one code unit (Python, JavaScript or
// PowerShell). A value is "marked" when its expression contains a source node (as the caller's
// predicate decides) or a variable that an earlier assignment in the same function (or at
// module level) marked. Assignments are followed in document order, twice, so values that pass
// through a loop or a later helper assignment are still seen. No inter-procedural flow: a value
// passed into another function is not followed.
// Borrows the FileUnit (must outlive the tracker). Not shared between threads.
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_CODE_FLOW_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_CODE_FLOW_H_

#include <tree_sitter/api.h>

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "engines/builtin/security/code_support.h"
#include "engines/file_unit.h"

namespace packaudit::sec_code {

class ValueFlow {
 public:
  using IsSource = std::function<bool(TSNode)>;

  ValueFlow(const FileUnit& unit, IsSource is_source);

  // Whether the expression `node` holds a marked value (a source inside it, or a marked name).
  bool Marked(TSNode node) const;
  // Whether the name `name` (as written: "r", "self.code", "$r") is marked in the scope of
  // `at`, or at module level.
  bool NameMarked(TSNode at, const std::string& name) const;

 private:
  struct Assignment {
    uint32_t scope;
    std::vector<std::string> targets;
    TSNode value;
  };
  void CollectAssignments();
  void AddTargets(TSNode target, std::vector<std::string>& out) const;
  // Whether `node` is a use of a variable (not a keyword or attribute name); `name` gets it.
  bool IsNameUse(TSNode node, std::string* name) const;

  const FileUnit& unit_;
  IsSource is_source_;
  ScopeIndex scopes_;
  std::vector<Assignment> assignments_;
  std::set<std::pair<uint32_t, std::string>> marked_;  // (scope start byte, name)
};

}  // namespace packaudit::sec_code

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_CODE_FLOW_H_
