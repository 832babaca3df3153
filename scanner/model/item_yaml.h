// Read-only accessors over an item's YAML (integration, script or playbook), in the layout of the
// XSOAR YAML reference: an integration keeps its code settings under `script:` and its parameters
// under `configuration:`; a script keeps them at the top level. Every accessor tolerates missing
// or mistyped nodes (returns nullptr / empty / false). Pointers point into the item's ParsedFile.
#ifndef PACKAUDIT_MODEL_ITEM_YAML_H_
#define PACKAUDIT_MODEL_ITEM_YAML_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/pack.h"

namespace packaudit {

// The item's YAML document (a map), or nullptr.
const DocNode* ItemDoc(const Item& item);

// The node holding the code settings (type, subtype, dockerimage, commands, isfetch, ...):
// `script` for an integration, the document itself for a script.
const DocNode* ScriptSettings(const Item& item);

// The value of a code setting as text ("" when absent): "type", "subtype", "dockerimage", ...
std::string_view ScriptSetting(const Item& item, std::string_view key);
// A boolean code setting (true, "true", "yes"): "isfetch", "feed", "longRunning", "runonce", ...
bool ScriptFlag(const Item& item, std::string_view key);

// The integration's commands (script.commands[] maps), in file order.
std::vector<const DocNode*> Commands(const Item& item);
// The integration's parameters (configuration[] maps), in file order.
std::vector<const DocNode*> Params(const Item& item);
// A script's arguments (args[] maps) or one command's arguments (arguments[] maps).
std::vector<const DocNode*> ScriptArgs(const Item& item);
std::vector<const DocNode*> CommandArgs(const DocNode& command);

// `node[key]` as text ("" when absent or not a scalar).
std::string_view TextOf(const DocNode& node, std::string_view key);
// `node[key]` is true, "true" or "yes" (any case).
bool TruthyOf(const DocNode& node, std::string_view key);

}  // namespace packaudit

#endif  // PACKAUDIT_MODEL_ITEM_YAML_H_
