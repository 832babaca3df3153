// The builtin checks of area "security" declared in checks_code.h, by the name their TOML files
// use.
#include <array>

#include "engines/builtin/security/checks_code.h"

namespace packaudit {

std::span<const BuiltinEntry> SecurityCodeBuiltins() {
  static constexpr std::array<BuiltinEntry, 8> kChecks = {{
      {"shell_execution", nullptr, &CheckShellExecution},
      {"unsafe_deserialization", nullptr, &CheckUnsafeDeserialization},
      {"unsafe_xml_parsing", nullptr, &CheckUnsafeXmlParsing},
      {"insecure_temp_files", nullptr, &CheckInsecureTempFiles},
      {"download_and_execute", nullptr, &CheckDownloadAndExecute},
      {"obfuscation", nullptr, &CheckObfuscation},
      {"legacy_protocols", nullptr, &CheckLegacyProtocols},
      {"remote_command_execution", nullptr, &CheckRemoteCommandExecution},
  }};
  return kChecks;
}

}  // namespace packaudit
