// SEC004: a credential written into item YAML as a default value. Reported on the default value
// (whose text is redacted by the rule) of:
//   - an integration param of type 4 (encrypted), 9 (credentials) or 14 (long encrypted);
//   - a plain-text param (type 0, 12 or no type) whose name denotes a secret (IsSecretName);
//   - a command or script argument with `secret: true`, or whose name denotes a secret and that
//     is not a choice from predefined values.
// A template placeholder (`<API_KEY>`, `${...}`, `{{...}}`) is not a credential. A type 9
// default that is a map counts only when its `password` is set.
#include <string>

#include "engines/builtin/security/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

using security_yaml::HasValue;
using security_yaml::IsPlaceholder;
using security_yaml::IsSecretName;

bool IsCredentialType(std::string_view type) { return type == "4" || type == "9" || type == "14"; }
bool IsPlainTextType(std::string_view type) { return type.empty() || type == "0" || type == "12"; }

// A finding over the whole value, even when it spans lines (a PEM block), so that the rule's
// redaction hides every line of it in snippets and context.
void EmitOverValue(const RuleSpec& rule, const ParsedFile& yaml, const DocNode& value,
                   const MessageArgs& args, std::string match_text, Emitter& emitter) {
  const SourceFile& file = *yaml.source;
  const size_t begin = file.OffsetOf(value.position);
  const size_t end = file.OffsetOf(value.end);
  if (end <= begin) {
    EmitAtNode(rule, yaml, &value, args, std::move(match_text), emitter);
    return;
  }
  emitter.AtBytes(rule, file, begin, end, args, std::move(match_text));
}

// The node holding a hard-coded credential in `value`, or nullptr.
const DocNode* CredentialIn(const DocNode* value) {
  if (!HasValue(value)) return nullptr;
  if (value->IsMap()) {
    const DocNode* password = value->Get("password");
    return HasValue(password) && !IsPlaceholder(password->Text()) ? password : nullptr;
  }
  if (value->IsScalar() && IsPlaceholder(value->Text())) return nullptr;
  return value;
}

void CheckArguments(const RuleSpec& rule, const Item& item, const std::vector<const DocNode*>& args,
                    std::string_view owner, Emitter& emitter) {
  for (const DocNode* arg : args) {
    const std::string_view name = TextOf(*arg, "name");
    const bool secret_flag = TruthyOf(*arg, "secret");
    const bool predefined = HasValue(arg->Get("predefined"));
    if (!secret_flag && (predefined || !IsSecretName(name))) continue;
    const DocNode* value = arg->Get("defaultValue");
    if (value == nullptr) value = arg->Get("defaultvalue");
    const DocNode* credential = CredentialIn(value);
    if (credential == nullptr) continue;
    EmitOverValue(rule, *item.yaml, *credential,
                  {{"what", "argument '" + std::string(name) + "'" + std::string(owner)}},
                  std::string(owner) + ":" + std::string(name) + ":defaultValue", emitter);
  }
}

}  // namespace

void CheckCredentialDefaults(const RuleSpec& rule, const Pack& pack,
                             const CheckContext& /*context*/, Emitter& emitter) {
  for (const Item& item : ItemYamlViews(pack)) {
    for (const DocNode* param : Params(item)) {
      const std::string_view name = TextOf(*param, "name");
      const std::string_view type = TextOf(*param, "type");
      if (!IsCredentialType(type) && !(IsPlainTextType(type) && IsSecretName(name))) continue;
      const DocNode* credential = CredentialIn(param->Get("defaultvalue"));
      if (credential == nullptr) continue;
      EmitOverValue(rule, *item.yaml, *credential, {{"what", "param '" + std::string(name) + "'"}},
                    "param:" + std::string(name) + ":defaultvalue", emitter);
    }
    for (const DocNode* command : Commands(item)) {
      const std::string owner = " of command '" + std::string(TextOf(*command, "name")) + "'";
      CheckArguments(rule, item, CommandArgs(*command), owner, emitter);
    }
    CheckArguments(rule, item, ScriptArgs(item), "", emitter);
  }
}

}  // namespace packaudit
