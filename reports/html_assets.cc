#include "reports/html_assets.h"

namespace packaudit {

std::string_view HtmlAsset(std::string_view name) {
  for (size_t i = 0; i < kEmbeddedHtmlAssets_count; ++i) {
    if (name == kEmbeddedHtmlAssets[i].path) {
      return std::string_view(kEmbeddedHtmlAssets[i].data, kEmbeddedHtmlAssets[i].size);
    }
  }
  return {};
}

std::string_view HtmlAssetSha256(std::string_view name) {
  for (size_t i = 0; i < kEmbeddedHtmlAssets_count; ++i) {
    if (name == kEmbeddedHtmlAssets[i].path) return kEmbeddedHtmlAssets[i].sha256;
  }
  return {};
}

}  // namespace packaudit
