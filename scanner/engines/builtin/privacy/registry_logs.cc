// The builtin checks of area "privacy" declared in checks_logs.h, by the name their TOML files use.
#include <array>

#include "engines/builtin/privacy/checks_logs.h"

namespace packaudit {

std::span<const BuiltinEntry> PrivacyLogsBuiltins() {
  static constexpr std::array<BuiltinEntry, 5> kChecks = {{
      {"secrets_logged", nullptr, CheckSecretsLogged},
      {"personal_data_logged", nullptr, CheckPersonalDataLogged},
      {"credentials_in_urls", nullptr, CheckCredentialsInUrls},
      {"whole_record_outputs", nullptr, CheckWholeRecordOutputs},
      {"secrets_in_war_room", nullptr, CheckSecretsInWarRoom},
  }};
  return kChecks;
}

}  // namespace packaudit
