// Helpers for builtin checks that read item YAML (integrations and scripts), shared by every
// check family: the YAML views of a pack's items and the placement of a finding on a YAML node.
// Pure functions; thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_YAML_ITEM_UTIL_H_
#define PACKAUDIT_ENGINES_BUILTIN_YAML_ITEM_UTIL_H_

#include <string>
#include <vector>

#include "engines/emitter.h"
#include "model/pack.h"
#include "parse/doc_node.h"

namespace packaudit {

// One view per integration or script YAML of the pack's items: a copy of the item whose `yaml`
// is that file (an item folder may hold more than one YAML, e.g. a split and a unified one).
// Only YAML files whose tree is a map are returned.
std::vector<Item> ItemYamlViews(const Pack& pack);

// Places a finding on `node` of `yaml`: over its text when it fits on one line, else on its
// first line; on line 1 when `node` is null.
Finding& EmitAtNode(const RuleSpec& rule, const ParsedFile& yaml, const DocNode* node,
                    const MessageArgs& args, std::string match_text, Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_YAML_ITEM_UTIL_H_
