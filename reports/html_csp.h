// The Content-Security-Policy of the HTML report. The report carries its only stylesheet and
// its only script inline; the policy admits exactly those two blocks by their SHA-256 hashes
// (computed by cmake/EmbedFiles.cmake when the assets are embedded)
// and forbids every load (no fetch, image, font, frame, form target or base URL), so neither
// injected markup nor injected script could run or reach the network even if escaping failed.
// Images are allowed only as data: URIs (the report itself uses none).
//
// Pure functions; thread-safe.
#ifndef PACKAUDIT_REPORTS_HTML_CSP_H_
#define PACKAUDIT_REPORTS_HTML_CSP_H_

#include <string>
#include <string_view>

namespace packaudit {

// Standard base64 with padding.
std::string Base64(std::string_view bytes);

// "'sha256-<base64>'" for a CSP source list, from a SHA-256 digest in hex (64 digits).
std::string CspHashSource(std::string_view sha256_hex);

// The policy for a page whose only <style> element holds a block with SHA-256 digest
// `style_sha256_hex` and whose only <script> element one with `script_sha256_hex` (digests of
// the exact bytes between the tags; the embedded assets' digests are computed at build time).
std::string ReportCsp(std::string_view style_sha256_hex, std::string_view script_sha256_hex);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_HTML_CSP_H_
