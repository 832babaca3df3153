#include "reports/redact.h"

#include "core/fingerprint.h"

namespace packaudit {
namespace {

std::string ReplaceAll(std::string text, std::string_view needle, std::string_view replacement) {
  if (needle.empty()) return text;
  size_t pos = 0;
  while ((pos = text.find(needle, pos)) != std::string::npos) {
    text.replace(pos, needle.size(), replacement);
    pos += replacement.size();
  }
  return text;
}

}  // namespace

std::string ShownText(const Finding& finding, std::string_view text) {
  std::string out(text);
  if (!finding.redact || finding.match_text.empty()) return out;
  out = ReplaceAll(std::move(out), finding.match_text, kRedactionToken);
  const std::string normalized = NormalizeForFingerprint(finding.match_text);
  if (normalized != finding.match_text)
    out = ReplaceAll(std::move(out), normalized, kRedactionToken);
  return out;
}

}  // namespace packaudit
