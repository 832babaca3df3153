#include "engines/builtin/security/secrets_unit.h"

#include <string>

#include "model/pack.h"

namespace packaudit::secrets {

std::vector<Hit> AnalyzeUnit(const FileUnit& unit) {
  if (!IsWholeFile(unit)) return {};
  SecretsInput input;
  input.text = unit.file->text();
  input.path = unit.file->path();
  std::string in_pack;
  if (unit.pack != nullptr) {
    in_pack = PathInPack(unit.file->path(), unit.pack->root);
    input.path_in_pack = in_pack;
    input.ignore = &unit.pack->secrets_ignore;
  }
  return AnalyzeSecrets(input);
}

}  // namespace packaudit::secrets
