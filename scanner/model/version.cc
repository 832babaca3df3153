#include "model/version.h"

#include <charconv>

namespace packaudit {

std::optional<Version> Version::Parse(std::string_view text, char separator) {
  int parts[3] = {0, 0, 0};
  const char* p = text.data();
  const char* end = text.data() + text.size();
  for (int i = 0; i < 3; ++i) {
    if (p == end || *p < '0' || *p > '9') return std::nullopt;
    auto [next, ec] = std::from_chars(p, end, parts[i]);
    if (ec != std::errc()) return std::nullopt;
    p = next;
    if (i < 2) {
      if (p == end || *p != separator) return std::nullopt;
      ++p;
    }
  }
  if (p != end) return std::nullopt;
  return Version{parts[0], parts[1], parts[2]};
}

std::string Version::ToString() const {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

}  // namespace packaudit
