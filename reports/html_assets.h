// The stylesheet and script of the HTML report, embedded from reports/html/ at build time
// (cmake/EmbedFiles.cmake). Immutable data; thread-safe.
#ifndef PACKAUDIT_REPORTS_HTML_ASSETS_H_
#define PACKAUDIT_REPORTS_HTML_ASSETS_H_

#include <string_view>

#include "core/embedded_file.h"

namespace packaudit {

extern const EmbeddedFile kEmbeddedHtmlAssets[];
extern const size_t kEmbeddedHtmlAssets_count;

// The bytes of reports/html/<name> ("report.css", "report.js"); empty when missing.
std::string_view HtmlAsset(std::string_view name);

// The SHA-256 of that file in hex, computed at build time; empty when missing.
std::string_view HtmlAssetSha256(std::string_view name);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_HTML_ASSETS_H_
