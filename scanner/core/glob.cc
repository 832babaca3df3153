#include "core/glob.h"

#include <string>

namespace packaudit {
namespace {

// Whole-string match of `p` against `s` with *, ** and ?.
bool Match(std::string_view p, std::string_view s) {
  while (!p.empty()) {
    if (p.substr(0, 2) == "**") {
      std::string_view rest = p.substr(2);
      const bool slash_after = !rest.empty() && rest.front() == '/';
      if (rest.empty()) return true;
      // "**/" may also match nothing at all ("a/**/b" matches "a/b").
      if (slash_after && Match(rest.substr(1), s)) return true;
      for (size_t i = 0; i <= s.size(); ++i) {
        if (Match(rest, s.substr(i))) return true;
      }
      return false;
    }
    if (p.front() == '*') {
      std::string_view rest = p.substr(1);
      for (size_t i = 0; i <= s.size(); ++i) {
        if (Match(rest, s.substr(i))) return true;
        if (i < s.size() && s[i] == '/') break;
      }
      return false;
    }
    if (s.empty()) return false;
    if (p.front() == '?') {
      if (s.front() == '/') return false;
    } else if (p.front() != s.front()) {
      return false;
    }
    p.remove_prefix(1);
    s.remove_prefix(1);
  }
  return s.empty();
}

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view path) {
  while (pattern.size() > 1 && pattern.back() == '/') pattern.remove_suffix(1);
  if (pattern.substr(0, 2) == "./") pattern.remove_prefix(2);
  if (pattern.empty()) return false;
  std::string full(pattern);
  if (pattern.find('/') == std::string_view::npos) full = "**/" + full;
  if (Match(full, path)) return true;
  return Match(full + "/**", path);
}

}  // namespace packaudit
