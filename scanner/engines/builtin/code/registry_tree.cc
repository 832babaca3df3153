// The tree-walking builtin checks of area "code", by the name their TOML files use.
#include <array>

#include "engines/builtin/code/checks_tree.h"

namespace packaudit {

std::span<const BuiltinEntry> CodeTreeBuiltins() {
  static constexpr std::array<BuiltinEntry, 6> kChecks = {{
      {"python_entry_point", nullptr, &CheckPythonEntryPoint},
      {"code_outside_main", nullptr, &CheckCodeOutsideMain},
      {"argument_conventions", nullptr, &CheckArgumentConventions},
      {"direct_http_calls", nullptr, &CheckDirectHttpCalls},
      {"vendored_runtime_file", nullptr, &CheckVendoredRuntimeFile},
      {"powershell_entry_point", nullptr, &CheckPowerShellEntryPoint},
  }};
  return kChecks;
}

}  // namespace packaudit
