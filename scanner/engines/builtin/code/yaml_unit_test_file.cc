// CODE013: a Python integration or script needs `<Name>_test.py` beside its code, a PowerShell
// one `<Name>.Tests.ps1`, where <Name> is the code file's name without extension (the item's
// name for embedded code). JavaScript items are not checked: XSOAR has no unit-test convention
// for JavaScript. Checked items: those in package form (a separate code file) and unified YAMLs
// in their own item folder; a unified YAML directly in Integrations/ or Scripts/ (the packed
// form) cannot hold tests beside it and is skipped, as are deprecated items. The finding sits on
// the item's YAML `name`.
#include <string>

#include "engines/builtin/code/checks_yaml.h"
#include "model/item_yaml.h"
#include "walk/path_util.h"

namespace packaudit {

void CheckUnitTestFile(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                       Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration && item.type != ItemType::kScript) continue;
    const DocNode* doc = ItemDoc(item);
    if (doc == nullptr || TruthyOf(*doc, "deprecated")) continue;
    std::string stem;
    if (item.code != nullptr) {
      stem = std::string(Stem(Basename(item.code->source->path())));
    } else if (item.yaml->embedded && item.owns_dir) {
      stem = item.name;
    } else {
      continue;
    }
    const std::string_view language = ItemLanguage(item);
    std::string expected;
    if (language == "python") {
      expected = stem + "_test.py";
    } else if (language == "powershell") {
      expected = stem + ".Tests.ps1";
    } else {
      continue;
    }
    bool found = false;
    for (const ParsedFile* test : item.tests) {
      if (Basename(test->source->path()) == expected) found = true;
    }
    if (found) continue;
    EmitAtNode(rule, *item.yaml, doc->Get("name"),
               {{"test_file", expected}, {"item", std::string(ItemTypeName(item.type))}}, expected,
               emitter);
  }
}

}  // namespace packaudit
