// Internal to parse/: the values of C and C++ literal tokens (string, character, number), as
// spelled in the source. Pure functions of the token text; thread-safe.
#ifndef PACKAUDIT_PARSE_C_LITERAL_H_
#define PACKAUDIT_PARSE_C_LITERAL_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace packaudit {

// Whether a literal token is a string ("...", L"...", u8"...", R"(...)", with an optional
// user-defined suffix) or a character literal ('a', L'a', ...).
bool IsCStringToken(std::string_view token);
bool IsCCharToken(std::string_view token);

// The value of a string token without prefix, quotes and suffix; escapes (\n, \t, \\, \", \',
// \?, \a, \b, \f, \v, octal, \x, \u, \U) are resolved, unknown escapes kept as written, raw
// strings kept verbatim. At most `max_bytes` bytes are appended; `*cut` tells when more existed.
void AppendCStringValue(std::string_view token, size_t max_bytes, std::string& out, bool* cut);

// The value of an integer literal (decimal, hex, octal, binary; digit separators and u/l/z
// suffixes allowed) or of a character literal; saturated at the int64 limits. nullopt for a
// floating literal or anything else.
std::optional<int64_t> CIntegerValue(std::string_view token);

// Whether a numeric token is a floating literal (1.5, 1e3, 0x1p3, 2.f).
bool IsCFloatToken(std::string_view token);

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_C_LITERAL_H_
