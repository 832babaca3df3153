// Name classification for the privacy/logs checks (PRIV006-PRIV010): decides from an identifier,
// attribute, dictionary key or query-parameter name whether the value it names is a secret, a
// header set, personal data, a raw API payload or a whole incident/event record.
//
// A name is split into lower-case words (snake_case, camelCase, kebab-case, `$scope:` prefixes
// dropped) and judged by its head word (the last one, after dropping encoding qualifiers such as
// `_b64` or `_value`): `token_url` and `token_type` name a URL and a type, `access_token` names
// a token, `next_token` names a paging cursor, `has_api_key` names a flag.
// Pure functions; thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_LOGS_NAMES_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_LOGS_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace packaudit::privacy_logs {

enum class NameClass {
  kNone,
  kSecret,      // password, token, api key, secret, authorization, credentials, cookie, ...
  kHeaders,     // an HTTP header set (`headers`, `request_headers`): may hold Authorization
  kPii,         // e-mail, user name, user, IP address, phone number, ...
  kRawPayload,  // a whole API response (`response`, `raw_response`, `res`)
  kRecord,      // a whole incident, event or alert
};

// The lower-case words of `name` ("self._apiKey" is not a name: pass "_apiKey" -> {"api","key"}).
std::vector<std::string> SplitWords(std::string_view name);

// The class of the value `name` names.
NameClass ClassifyName(std::string_view name);

// Whether `name` names an object holding an HTTP response (`response`, `res`, `resp`, `r`), whose
// `.text`, `.content` and `.json()` are the raw payload.
bool IsResponseName(std::string_view name);

// Whether a dictionary / header key such as "Authorization", "X-API-Key" or "Cookie" carries a
// credential (used to tell an auth-free header dict from one with auth).
bool IsCredentialKey(std::string_view key);

// Whether `text` (words of a command-results prefix, a function or variable name) names a record
// type that can hold credentials or personal data: users, accounts of people, identities,
// breaches and leaks, credentials, contacts, profiles, mailboxes.
bool NamesPersonalRecordType(std::string_view text);

}  // namespace packaudit::privacy_logs

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_LOGS_NAMES_H_
