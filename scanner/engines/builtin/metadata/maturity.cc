// META013: a pack with `certification: certified` must meet the use-case maturity bar:
//   - a playbook, incident type or layout;
//   - every integration and script that is not deprecated has a README and, when written in
//     Python or PowerShell, a unit test beside its code (<Name>_test.py / test_*.py,
//     <Name>.Tests.ps1); JavaScript has no unit-test harness in XSOAR content and is exempt;
//   - a test playbook under TestPlaybooks/.
// One finding per pack, on the `certification` key, listing everything missing.
#include <string>
#include <vector>

#include "engines/builtin/metadata/checks.h"
#include "engines/builtin/metadata/metadata_util.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

bool IsDeprecated(const Item& item) {
  const DocNode* doc = ItemDoc(item);
  return doc != nullptr && TruthyOf(*doc, "deprecated");
}

// The item's language: from its code file, else from the YAML `type` (unified YAML).
std::string LanguageOf(const Item& item) {
  if (item.code != nullptr) {
    if (const auto language = LanguageOfKind(item.code->kind)) {
      return std::string(LanguageName(*language));
    }
  }
  return std::string(ScriptSetting(item, "type"));
}

bool HasUnitTest(const Item& item) {
  for (const ParsedFile* test : item.tests) {
    const std::string& path = test->source->path();
    const size_t slash = path.rfind('/');
    if (path.substr(slash == std::string::npos ? 0 : slash + 1) != "conftest.py") return true;
  }
  return false;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += "; ";
    out += parts[i];
  }
  return out;
}

}  // namespace

void CheckCertifiedMaturity(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                            Emitter& emitter) {
  if (pack.metadata == nullptr || !pack.certified) return;
  std::vector<std::string> missing;
  if (!metadata::HasUseCaseContent(pack)) missing.push_back("a playbook, incident type or layout");
  std::vector<std::string> no_test;
  std::vector<std::string> no_readme;
  bool has_test_playbook = false;
  for (const Item& item : pack.items) {
    if (item.type == ItemType::kTestPlaybook && item.yaml != nullptr) has_test_playbook = true;
    if (item.type != ItemType::kIntegration && item.type != ItemType::kScript) continue;
    if (item.yaml == nullptr || IsDeprecated(item)) continue;
    const std::string label = std::string(ItemTypeName(item.type)) + " " + item.name;
    const std::string language = LanguageOf(item);
    if ((language == "python" || language == "powershell") && !HasUnitTest(item)) {
      no_test.push_back(label);
    }
    if (item.readme == nullptr) no_readme.push_back(label);
  }
  for (const std::string& label : no_test) missing.push_back("a unit test for " + label);
  for (const std::string& label : no_readme) missing.push_back("a README for " + label);
  if (!has_test_playbook) missing.push_back("a test playbook (TestPlaybooks/)");
  if (missing.empty()) return;
  metadata::EmitAtKey(rule, pack, "certification", {{"missing", Join(missing)}},
                      "certified maturity: " + Join(missing), emitter);
}

}  // namespace packaudit
