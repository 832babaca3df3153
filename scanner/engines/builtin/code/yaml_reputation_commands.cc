// CODE020: a reputation command (ip, url, domain, file, email, cve) needs an argument with
// `default: true` and `isArray: true` (the indicator, so `!ip 1.1.1.1,2.2.2.2` works) and the
// four DBotScore outputs (Indicator, Type, Vendor, Score). A feed integration (`script.feed`) or
// one with a reputation command needs a source-reliability param (`integrationReliability`, or
// any param whose name contains "reliability", any case). Integrations only.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "engines/builtin/code/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

constexpr std::array<std::string_view, 6> kReputationCommands = {"ip",   "url",   "domain",
                                                                 "file", "email", "cve"};
constexpr std::array<std::string_view, 4> kDBotOutputs = {"DBotScore.Indicator", "DBotScore.Type",
                                                          "DBotScore.Vendor", "DBotScore.Score"};

bool IsReputationCommand(std::string_view name) {
  return std::find(kReputationCommands.begin(), kReputationCommands.end(), name) !=
         kReputationCommands.end();
}

bool HasDefaultArrayArgument(const DocNode& command) {
  for (const DocNode* arg : CommandArgs(command)) {
    if (TruthyOf(*arg, "default") && TruthyOf(*arg, "isArray")) return true;
  }
  return false;
}

std::vector<std::string> MissingDBotOutputs(const DocNode& command) {
  std::vector<std::string_view> paths;
  const DocNode* outputs = command.Get("outputs");
  if (outputs != nullptr && outputs->IsSequence()) {
    for (const DocNode& output : outputs->items) {
      if (output.IsMap()) paths.push_back(TextOf(output, "contextPath"));
    }
  }
  std::vector<std::string> missing;
  for (std::string_view wanted : kDBotOutputs) {
    if (std::find(paths.begin(), paths.end(), wanted) == paths.end()) {
      missing.emplace_back(wanted);
    }
  }
  return missing;
}

bool HasReliabilityParam(const Item& item) {
  for (const DocNode* param : Params(item)) {
    std::string name(TextOf(*param, "name"));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (name.find("reliability") != std::string::npos) return true;
  }
  return false;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

}  // namespace

void CheckReputationCommands(const RuleSpec& rule, const Pack& pack,
                             const CheckContext& /*context*/, Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration || ItemDoc(item) == nullptr) continue;
    bool has_reputation = false;
    for (const DocNode* command : Commands(item)) {
      const std::string name(TextOf(*command, "name"));
      if (!IsReputationCommand(name)) continue;
      has_reputation = true;
      if (!HasDefaultArrayArgument(*command)) {
        EmitAtNode(rule, *item.yaml, command->Get("name"),
                   {{"problem", "reputation command '" + name +
                                    "' has no argument with default: true and isArray: true"}},
                   name + " default argument", emitter);
      }
      if (const auto missing = MissingDBotOutputs(*command); !missing.empty()) {
        EmitAtNode(
            rule, *item.yaml, command->Get("name"),
            {{"problem", "reputation command '" + name + "' lacks the outputs " + Join(missing)}},
            name + " DBotScore outputs", emitter);
      }
    }
    const bool feed = ScriptFlag(item, "feed");
    if ((feed || has_reputation) && !HasReliabilityParam(item)) {
      const DocNode& doc = *ItemDoc(item);
      const DocNode* anchor = doc.KeyNode("configuration");
      if (anchor == nullptr) anchor = doc.Get("name");
      EmitAtNode(rule, *item.yaml, anchor,
                 {{"problem", std::string(feed ? "feed" : "reputation") +
                                  " integration has no source reliability param "
                                  "(integrationReliability)"}},
                 "reliability param", emitter);
    }
  }
}

}  // namespace packaudit
