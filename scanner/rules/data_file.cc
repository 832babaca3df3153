#include "rules/data_file.h"

#include "core/embedded_file.h"

namespace packaudit {

std::optional<std::string_view> EmbeddedRuleData(std::string_view path) {
  for (size_t i = 0; i < kEmbeddedRules_count; ++i) {
    if (path == kEmbeddedRules[i].path) {
      return std::string_view(kEmbeddedRules[i].data, kEmbeddedRules[i].size);
    }
  }
  return std::nullopt;
}

std::vector<std::string> DataLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (const size_t hash = line.find(" #"); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    const size_t b = line.find_first_not_of(" \t\r");
    const size_t e = line.find_last_not_of(" \t\r");
    if (b != std::string_view::npos && line[b] != '#') {
      lines.emplace_back(line.substr(b, e - b + 1));
    }
    start = end + 1;
  }
  return lines;
}

}  // namespace packaudit
