#include "suppress/pack_ignore.h"

#include <array>
#include <cctype>

#include "engines/emitter.h"

namespace packaudit {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

bool IsPackauditCode(std::string_view code) {
  static constexpr std::array<std::string_view, 9> kPrefixes = {
      "DOC", "META", "ADOPT", "REL", "CODE", "SEC", "TLS", "PRIV", "ENG"};
  for (std::string_view prefix : kPrefixes) {
    if (code.size() != prefix.size() + 3 || !code.starts_with(prefix)) continue;
    bool digits = true;
    for (size_t i = prefix.size(); i < code.size(); ++i) {
      digits = digits && std::isdigit(static_cast<unsigned char>(code[i]));
    }
    if (digits) return true;
  }
  return false;
}

std::vector<PackIgnoreEntry> ParsePackIgnore(const SourceFile& file) {
  std::vector<PackIgnoreEntry> out;
  const std::string_view text = file.text();
  std::string section;
  for (int n = 1; n <= file.line_count(); ++n) {
    const std::string_view line = Trim(file.Line(n));
    if (line.empty() || line.front() == '#' || line.front() == ';') continue;
    if (line.front() == '[') {
      const size_t close = line.find(']');
      section = close == std::string_view::npos ? "" : std::string(Trim(line.substr(1, close - 1)));
      continue;
    }
    if (!section.starts_with("file:")) continue;
    const std::string name(Trim(std::string_view(section).substr(5)));
    if (name.empty()) continue;
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos || Trim(line.substr(0, eq)) != "ignore") continue;
    size_t pos = eq + 1;
    while (pos <= line.size()) {
      const size_t comma = std::min(line.find(',', pos), line.size());
      const std::string_view code = Trim(line.substr(pos, comma - pos));
      if (IsPackauditCode(code)) {
        // `code` views the file's text: its offset is its distance from the start.
        const size_t begin = static_cast<size_t>(code.data() - text.data());
        out.push_back({name, std::string(code), n, RegionOf(file, begin, begin + code.size())});
      }
      pos = comma + 1;
    }
  }
  return out;
}

}  // namespace packaudit
