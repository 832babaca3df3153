// The builtin checks of area "metadata", by the name their TOML files use.
#include <array>

#include "engines/builtin/metadata/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> MetadataBuiltins() {
  static constexpr std::array<BuiltinEntry, 13> kChecks = {{
      {"metadata_file", &CheckMetadataFile, nullptr},
      {"metadata_mandatory_keys", &CheckMandatoryKeys, nullptr},
      {"metadata_placeholders", &CheckPlaceholders, nullptr},
      {"metadata_partner_contact", &CheckPartnerContact, nullptr},
      {"metadata_url_format", &CheckUrlFormat, nullptr},
      {"metadata_non_xsoar_defaults", &CheckNonXsoarDefaults, nullptr},
      {"metadata_xsoar_defaults", &CheckXsoarDefaults, nullptr},
      {"metadata_author_image", &CheckAuthorImage, nullptr},
      {"metadata_certified_maturity", &CheckCertifiedMaturity, nullptr},
      {"metadata_created_format", &CheckCreatedFormat, nullptr},
      {"metadata_marketplaces", &CheckMarketplaces, nullptr},
      {"metadata_approved_values", &CheckApprovedValues, nullptr},
      {"metadata_fromlicense", &CheckFromLicense, nullptr},
  }};
  return kChecks;
}

}  // namespace packaudit
