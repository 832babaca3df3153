#include "engines/builtin/privacy/hosts_tracker_list.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "core/text.h"
#include "core/url.h"
#include "rules/data_file.h"

namespace packaudit {
namespace {

constexpr std::string_view kListPath = "data/tracker-hosts.txt";

bool IsHostChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '.';
}

// Characters that end a path in text (as core/url.h ends URLs).
bool EndsPath(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0 || c == '"' || c == '\'' || c == '<' ||
         c == '>' || c == '`' || c == ')' || c == ']' || c == '\\' ||
         static_cast<unsigned char>(c) < 0x20;
}

// `path` is `prefix` or continues it with '/' (queries and fragments are not part of a path).
bool PathHasPrefix(std::string_view path, std::string_view prefix) {
  if (!path.starts_with(prefix)) return false;
  return path.size() == prefix.size() || path[prefix.size()] == '/';
}

const RE2& DomainFilter() {
  static const std::unique_ptr<RE2> kFilter = [] {
    std::string pattern;
    for (const TrackerEntry& entry : TrackerEntries()) {
      if (!pattern.empty()) pattern += '|';
      pattern += RE2::QuoteMeta(entry.domain);
    }
    if (pattern.empty()) pattern = "[^\\x00-\\x{10FFFF}]";  // matches nothing
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    return std::make_unique<RE2>(pattern, options);
  }();
  return *kFilter;
}

}  // namespace

std::vector<TrackerEntry> ParseTrackerList(std::string_view text,
                                           std::vector<std::string>* malformed) {
  std::vector<TrackerEntry> entries;
  for (const std::string& line : DataLines(text)) {
    const size_t space = line.find_first_of(" \t");
    const std::string target = line.substr(0, space);
    const size_t rest = space == std::string::npos ? space : line.find_first_not_of(" \t", space);
    const std::string category = rest == std::string::npos ? "" : line.substr(rest);
    const size_t slash = target.find('/');
    TrackerEntry entry{target.substr(0, slash),
                       slash == std::string::npos ? "" : target.substr(slash), category};
    const bool valid = LooksLikeHostName(entry.domain) && !category.empty() &&
                       category.find_first_of(" \t") == std::string::npos && entry.path != "/";
    if (valid) {
      entries.push_back(std::move(entry));
    } else if (malformed != nullptr) {
      malformed->push_back(line);
    }
  }
  return entries;
}

const std::vector<TrackerEntry>& TrackerEntries() {
  static const std::vector<TrackerEntry> kEntries =
      ParseTrackerList(EmbeddedRuleData(kListPath).value_or(""));
  return kEntries;
}

const TrackerEntry* MatchTracker(std::string_view host, std::string_view path) {
  const TrackerEntry* best = nullptr;
  for (const TrackerEntry& entry : TrackerEntries()) {
    if (!HostHasSuffix(host, entry.domain)) continue;
    if (!entry.path.empty() && !PathHasPrefix(path, entry.path)) continue;
    if (best == nullptr ||
        entry.domain.size() + entry.path.size() > best->domain.size() + best->path.size()) {
      best = &entry;
    }
  }
  return best;
}

bool MayMentionTracker(std::string_view text) { return RE2::PartialMatch(text, DomainFilter()); }

std::vector<HostRef> FindHostRefs(std::string_view text) {
  std::vector<HostRef> refs;
  for (UrlMatch& match : FindUrls(text)) {
    refs.push_back(
        HostRef{match.begin, match.end, std::move(match.url.host), std::move(match.url.path)});
  }
  // Protocol-relative references in markup: src="//host/path", url(//host/path).
  for (size_t at = text.find("//"); at != std::string_view::npos; at = text.find("//", at + 2)) {
    if (at > 0 && std::string_view("\"'=( \t\n").find(text[at - 1]) == std::string_view::npos) {
      continue;
    }
    size_t host_end = at + 2;
    while (host_end < text.size() && IsHostChar(text[host_end])) ++host_end;
    std::string_view host = text.substr(at + 2, host_end - at - 2);
    while (!host.empty() && host.back() == '.') host.remove_suffix(1);
    const std::string lower = Lower(host);
    if (!LooksLikeHostName(lower)) continue;
    size_t end = host_end;
    while (end < text.size() && !EndsPath(text[end])) ++end;
    std::string_view path = text.substr(host_end, end - host_end);
    path = path.substr(0, std::min(path.find('?'), path.find('#')));
    if (!path.empty() && path.front() != '/') continue;  // "//host:port" or odd text
    refs.push_back(HostRef{at, end, lower, std::string(path)});
  }
  std::sort(refs.begin(), refs.end(),
            [](const HostRef& a, const HostRef& b) { return a.begin < b.begin; });
  return refs;
}

bool BareHostRef(std::string_view value, HostRef& ref) {
  size_t begin = 0;
  size_t end = value.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(value[begin])) != 0) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(value[end - 1])) != 0) --end;
  std::string_view v = value.substr(begin, end - begin);
  if (v.starts_with("//")) v.remove_prefix(2);
  const size_t cut = v.find_first_of("/?#");
  const std::string_view host = v.substr(0, cut);
  if (!LooksLikeHostName(host)) return false;
  std::string_view rest = cut == std::string_view::npos ? std::string_view() : v.substr(cut);
  if (rest.find_first_of(" \t\r\n") != std::string_view::npos) return false;
  ref.begin = begin;
  ref.end = end;
  ref.host = std::string(host);
  ref.path = rest.substr(0, std::min(rest.find('?'), rest.find('#')));
  if (!ref.path.empty() && ref.path.front() != '/') ref.path.clear();
  return true;
}

}  // namespace packaudit
