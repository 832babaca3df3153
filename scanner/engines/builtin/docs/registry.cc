// The builtin checks of area "docs", by the name their TOML files use.
#include <array>

#include "engines/builtin/docs/checks.h"

namespace packaudit {

std::span<const BuiltinEntry> DocsBuiltins() {
  static constexpr std::array<BuiltinEntry, 15> kChecks = {{
      {"pack_readme_empty", &CheckPackReadmeEmpty, nullptr},
      {"pack_readme_short", &CheckPackReadmeShort, nullptr},
      {"pack_readme_is_description", &CheckPackReadmeIsDescription, nullptr},
      {"pack_readme_what_it_does", &CheckPackReadmeWhatItDoes, nullptr},
      {"empty_doc_sections", nullptr, &CheckEmptySections},
      {"item_readme", &CheckItemReadme, nullptr},
      {"commands_documented", &CheckCommandsDocumented, nullptr},
      {"command_outputs_documented", &CheckCommandOutputs, nullptr},
      {"integration_description", &CheckIntegrationDescription, nullptr},
      {"contributed_block", nullptr, &CheckContributedBlock},
      {"beta_description", &CheckBetaDescription, nullptr},
      {"integration_image", &CheckIntegrationImage, nullptr},
      {"playbook_docs", &CheckPlaybookDocs, nullptr},
      {"doc_image_links", &CheckDocImageLinks, nullptr},
      {"command_examples", &CheckCommandExamples, nullptr},
  }};
  return kChecks;
}

}  // namespace packaudit
