// Last-line defence against leaking secrets in reports. The scan pipeline already redacts the
// snippet and context of secret findings; writers pass every finding text through ShownText so
// that, even if a text still held the matched secret, the report carries kRedactionToken
// instead. Writers never output Finding::match_text itself. Pure functions, thread-safe.
#ifndef PACKAUDIT_REPORTS_REDACT_H_
#define PACKAUDIT_REPORTS_REDACT_H_

#include <string>
#include <string_view>

#include "core/finding.h"

namespace packaudit {

// `text` (a message, snippet or context of `finding`) as a report may show it: for a finding
// with redact set and a non-empty match_text, every occurrence of match_text (and of its
// whitespace-normalised form) is replaced by kRedactionToken; otherwise `text` unchanged.
std::string ShownText(const Finding& finding, std::string_view text);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_REDACT_H_
