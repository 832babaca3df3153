// Small ASCII text helpers shared by every module (rules compare keys, names and URLs in ASCII;
// non-ASCII bytes pass through unchanged). Pure functions; thread-safe.
#ifndef PACKAUDIT_CORE_TEXT_H_
#define PACKAUDIT_CORE_TEXT_H_

#include <string>
#include <string_view>

namespace packaudit {

// `text` with A-Z turned into a-z.
std::string Lower(std::string_view text);

// Whether `a` and `b` are equal ignoring ASCII case.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

// `text` without leading and trailing ASCII whitespace (space, \t, \r, \n, \f, \v).
std::string_view Trim(std::string_view text);

}  // namespace packaudit

#endif  // PACKAUDIT_CORE_TEXT_H_
