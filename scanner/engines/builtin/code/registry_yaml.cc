// The YAML-reading builtin checks of area "code", by the name their TOML files use.
#include <array>

#include "engines/builtin/code/checks_yaml.h"

namespace packaudit {

std::span<const BuiltinEntry> CodeYamlBuiltins() {
  static constexpr std::array<BuiltinEntry, 6> kChecks = {{
      {"code_command_handlers", &CheckCommandHandlers, nullptr},
      {"code_unit_test_file", &CheckUnitTestFile, nullptr},
      {"code_python2", &CheckPython2, nullptr},
      {"code_docker_image", &CheckDockerImage, nullptr},
      {"code_reputation_commands", &CheckReputationCommands, nullptr},
      {"code_fetch_params", &CheckFetchParams, nullptr},
  }};
  return kChecks;
}

}  // namespace packaudit
