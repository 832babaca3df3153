// The builtin checks of area "privacy" declared in checks_docs.h, by the name their TOML files use.
#include <array>

#include "engines/builtin/privacy/checks_docs.h"

namespace packaudit {

std::span<const BuiltinEntry> PrivacyDocsBuiltins() {
  static constexpr std::array<BuiltinEntry, 4> kChecks = {{
      {"privacy_notice", &CheckPrivacyNotice, nullptr},
      {"privacy_contact", &CheckPrivacyContact, nullptr},
      {"data_flow_disclosure", &CheckDataFlowDisclosure, nullptr},
      {"personal_data", &CheckPersonalData, nullptr},
  }};
  return kChecks;
}

}  // namespace packaudit
