// Relative URI references for report locations. Pure functions, thread-safe.
#ifndef PACKAUDIT_REPORTS_URI_H_
#define PACKAUDIT_REPORTS_URI_H_

#include <string>
#include <string_view>

namespace packaudit {

// Percent-encodes a '/'-separated relative path as an RFC 3986 relative reference: unreserved
// characters (A-Z a-z 0-9 - . _ ~) and '/' stay, every other byte becomes %XX (upper-case hex),
// so "Packs/My Pack/x.py" -> "Packs/My%20Pack/x.py" and UTF-8 is encoded byte by byte.
std::string PercentEncodePath(std::string_view path);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_URI_H_
