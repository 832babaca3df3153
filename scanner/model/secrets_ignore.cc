#include "model/secrets_ignore.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace packaudit {
namespace {}  // namespace

bool SecretsIgnore::ExemptsFile(std::string_view relative_path) const {
  return std::find(files.begin(), files.end(), relative_path) != files.end();
}

SecretsIgnore ParseSecretsIgnore(std::string_view text) {
  SecretsIgnore result;
  int line_number = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    const size_t newline = text.find('\n', pos);
    const size_t end = newline == std::string_view::npos ? text.size() : newline;
    ++line_number;
    const std::string_view line = Trim(text.substr(pos, end - pos));
    if (!line.empty()) {
      SecretsIgnoreEntry entry;
      entry.line = line_number;
      entry.text = std::string(line);
      if (line.substr(0, 5) == "file:") {
        std::string_view path = Trim(line.substr(5));
        while (path.substr(0, 2) == "./") path.remove_prefix(2);
        entry.is_file = true;
        entry.file = std::string(path);
        if (!path.empty()) result.files.push_back(entry.file);
      } else if (line.size() < kMinSecretsIgnoreWord) {
        entry.too_short = true;
      } else {
        result.words.push_back(Lower(line));
      }
      result.entries.push_back(std::move(entry));
    }
    if (newline == std::string_view::npos) break;
    pos = newline + 1;
  }
  return result;
}

}  // namespace packaudit
