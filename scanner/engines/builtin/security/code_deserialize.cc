// SEC011: unsafe deserialization in Python code units: pickle / cPickle / dill / marshal loads,
// jsonpickle.decode, shelve.open, pandas.read_pickle, and yaml.load / load_all whose Loader is
// not SafeLoader, CSafeLoader or BaseLoader (yaml.unsafe_load always). Names are resolved through
// the unit's imports, so `import pickle as pkl; pkl.loads(x)` is found and `obj.load(x)` is not.
#include <string>

#include "engines/builtin/security/checks_code.h"
#include "engines/builtin/security/code_support.h"

namespace packaudit {
namespace {

using namespace sec_code;  // NOLINT(build/namespaces): the family's helper namespace

// Whether a yaml.load loader expression names a safe loader.
bool IsSafeLoader(const FileUnit& unit, TSNode loader) {
  const std::string name = DottedName(unit, loader);
  const std::string last =
      name.substr(name.rfind('.') == std::string::npos ? 0 : name.rfind('.') + 1);
  return last == "SafeLoader" || last == "CSafeLoader" || last == "BaseLoader" ||
         last == "CBaseLoader";
}

}  // namespace

void CheckUnsafeDeserialization(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || unit.tree->language() != Language::kPython ||
      tree_checks::IsVendoredRuntimeFile(unit)) {
    return;
  }
  const PyImports imports = CollectPyImports(unit);
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "call")) return true;
    std::string detail;
    if (PyCalleeIn(unit, imports, node,
                   {"pickle.load", "pickle.loads", "pickle.Unpickler", "cPickle.load",
                    "cPickle.loads", "cPickle.Unpickler", "_pickle.load", "_pickle.loads",
                    "dill.load", "dill.loads", "marshal.load", "marshal.loads", "jsonpickle.decode",
                    "jsonpickle.loads", "shelve.open", "pandas.read_pickle", "joblib.load"})) {
      detail = "the data can construct arbitrary objects and run code while loading";
    } else if (PyCalleeIn(unit, imports, node, {"yaml.unsafe_load", "yaml.unsafe_load_all"})) {
      detail = "the unsafe loader can construct arbitrary Python objects";
    } else if (PyCalleeIn(unit, imports, node, {"yaml.load", "yaml.load_all"})) {
      TSNode loader = PyKeywordArg(unit, node, "Loader");
      const std::vector<TSNode> positional = PyPositionalArgs(node);
      if (ts_node_is_null(loader) && positional.size() > 1) loader = positional[1];
      if (ts_node_is_null(loader) && PyHasSplat(node)) return true;
      if (ts_node_is_null(loader) || !IsSafeLoader(unit, loader)) {
        detail = "without SafeLoader the YAML can construct arbitrary Python objects";
      }
    }
    if (detail.empty()) return true;
    const std::string callee = PyCallee(unit, imports, node);
    tree_checks::EmitAt(rule, unit, node, MessageArgs{{"fn", callee}, {"detail", detail}}, callee,
                        emitter);
    return true;
  });
}

}  // namespace packaudit
