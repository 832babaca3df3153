// Helpers shared by the YAML-reading checks of area "code" (see checks_yaml.h).
#include "engines/builtin/code/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {

std::string_view ItemLanguage(const Item& item) { return ScriptSetting(item, "type"); }

DockerImageRef ParseDockerImage(std::string_view image) {
  DockerImageRef ref;
  const size_t at = image.find('@');
  if (at != std::string_view::npos) {
    ref.repository = std::string(image.substr(0, at));
    ref.tag = std::string(image.substr(at + 1));
    return ref;
  }
  const size_t slash = image.rfind('/');
  const size_t colon = image.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
    ref.repository = std::string(image.substr(0, colon));
    ref.tag = std::string(image.substr(colon + 1));
  } else {
    ref.repository = std::string(image);
  }
  return ref;
}

}  // namespace packaudit
