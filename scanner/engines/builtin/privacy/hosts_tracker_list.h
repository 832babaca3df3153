// The tracker list of PRIV004 (rules/data/tracker-hosts.txt, embedded with the rules) and the
// host references a text holds. The list is parsed once, on first use (thread-safe static
// initialisation); everything here is read-only afterwards.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_HOSTS_TRACKER_LIST_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_HOSTS_TRACKER_LIST_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace packaudit {

struct TrackerEntry {
  std::string domain;                                 // domain suffix, lower case: "facebook.com"
  std::string path;                                   // path prefix, "" for the whole host: "/tr"
  std::string category;                               // "analytics", "advertising", ...
  std::string Text() const { return domain + path; }  // "facebook.com/tr"
};

// The entries of the embedded list, in file order. Malformed lines (not "<domain>[/<path>]
// <category>") are skipped; the unit tests keep the shipped file free of them.
const std::vector<TrackerEntry>& TrackerEntries();

// Parses a list in the format of rules/data/tracker-hosts.txt; `malformed` (optional) receives
// the lines that do not fit the format.
std::vector<TrackerEntry> ParseTrackerList(std::string_view text,
                                           std::vector<std::string>* malformed = nullptr);

// The entry that `host` and URL `path` fall under (the longest matching domain), or nullptr.
const TrackerEntry* MatchTracker(std::string_view host, std::string_view path);

// Cheap first pass: whether `text` contains any listed domain at all (case-insensitive).
bool MayMentionTracker(std::string_view text);

// A host reference found in text: an absolute URL, or a protocol-relative "//host/path" in
// markup (after a quote, '=', '(' or whitespace). Byte range in the text searched.
struct HostRef {
  size_t begin = 0;
  size_t end = 0;
  std::string host;  // lower case
  std::string path;
};
std::vector<HostRef> FindHostRefs(std::string_view text);

// A whole value that is a bare host name, optionally with a path: "api.segment.io",
// "www.facebook.com/tr", "//connect.facebook.net/en_US/fbevents.js". Mixed-case dotted words
// ("Vendor.Host") are context paths, not hosts. Returns false when `value` has another shape.
bool BareHostRef(std::string_view value, HostRef& ref);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_HOSTS_TRACKER_LIST_H_
