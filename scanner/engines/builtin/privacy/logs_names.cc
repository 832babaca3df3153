// Name classification for the privacy/logs checks: word lists and the head-word rules (see
// logs_names.h).
#include "engines/builtin/privacy/logs_names.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/text.h"

namespace packaudit::privacy_logs {
namespace {

template <size_t N>
bool OneOf(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Words after the head that only describe the encoding of the same value.
constexpr std::array<std::string_view, 9> kQualifiers = {
    "value", "str", "string", "b64", "base64", "encoded", "raw", "bytes", "plaintext"};

// First words that make the name a flag, count or check about the value, not the value.
constexpr std::array<std::string_view, 16> kPredicatePrefixes = {
    "is",  "has", "use",    "uses",  "should", "with",  "no",     "num",
    "len", "n",   "length", "count", "need",   "needs", "verify", "validate"};

constexpr std::array<std::string_view, 20> kSecretHeads = {
    "password", "passwd", "pwd",           "passphrase", "passcode",    "token",      "secret",
    "secrets",  "apikey", "authorization", "auth",       "credentials", "credential", "creds",
    "cred",     "cookie", "cookies",       "jwt",        "bearer",      "privatekey"};

// A `..._token` that is a paging cursor, not a credential.
constexpr std::array<std::string_view, 14> kCursorWords = {
    "next",   "page",     "paging", "pagination", "continuation", "cursor", "sync",
    "resume", "nextpage", "last",   "offset",     "delta",        "marker", "skip"};

// `<word>_key` that names a key of a credential.
constexpr std::array<std::string_view, 16> kKeyQualifiers = {
    "api",        "secret",  "private", "access",  "auth",         "client", "app",  "application",
    "encryption", "signing", "sign",    "license", "subscription", "master", "hmac", "ssh"};

// `<word>_headers` that are not HTTP request headers.
constexpr std::array<std::string_view, 12> kNonHttpHeaderWords = {
    "email", "mail",  "message", "msg", "response", "resp",
    "res",   "table", "column",  "csv", "smtp",     "row"};

constexpr std::array<std::string_view, 16> kPiiHeads = {
    "email", "emails",    "username", "usernames", "user", "users", "upn",       "ip",
    "ips",   "ipaddress", "phone",    "phones",    "ssn",  "dob",   "birthdate", "birthday"};

constexpr std::array<std::string_view, 7> kAddressQualifiers = {"email",  "mail",   "ip", "home",
                                                                "street", "postal", "e"};
constexpr std::array<std::string_view, 7> kNameQualifiers = {"user",    "full",  "first", "last",
                                                             "display", "given", "family"};

constexpr std::array<std::string_view, 11> kPayloadNames = {
    "response",      "raw_response",  "resp",     "res",        "response_json", "json_response",
    "response_body", "response_data", "raw_data", "raw_result", "http_response"};

constexpr std::array<std::string_view, 8> kRecordNames = {
    "incident", "incidents", "event", "events", "alert", "alerts", "raw_incident", "raw_event"};

constexpr std::array<std::string_view, 5> kResponseNames = {"response", "res", "resp", "r",
                                                            "http_response"};

constexpr std::array<std::string_view, 30> kPersonalRecordWords = {
    "user",      "users",   "identity", "identities", "breach",      "breaches",
    "leak",      "leaks",   "leaked",   "credential", "credentials", "employee",
    "employees", "person",  "persons",  "people",     "contact",     "contacts",
    "member",    "members", "profile",  "profiles",   "mailbox",     "mailboxes",
    "login",     "logins",  "password", "passwords",  "exposure",    "exposures"};

// The name without `$`, `${...}` braces, a `scope:` prefix and leading underscores, lower-cased
// word boundaries kept as `_`.
std::string_view StripDecorations(std::string_view name) {
  while (!name.empty() && (name.front() == '$' || name.front() == '{' || name.front() == '@')) {
    name.remove_prefix(1);
  }
  while (!name.empty() && name.back() == '}') name.remove_suffix(1);
  const size_t colon = name.rfind(':');
  if (colon != std::string_view::npos) name.remove_prefix(colon + 1);
  return name;
}

// The words of the name with trailing qualifiers removed.
std::vector<std::string> CoreWords(std::string_view name) {
  std::vector<std::string> words = SplitWords(name);
  while (words.size() > 1 && OneOf(kQualifiers, words.back())) words.pop_back();
  return words;
}

}  // namespace

std::vector<std::string> SplitWords(std::string_view name) {
  name = StripDecorations(name);
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(Lower(current));
    current.clear();
  };
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (!IsAlnum(c)) {
      flush();
      continue;
    }
    if (!current.empty()) {
      const char prev = current.back();
      const bool lower_to_upper = IsUpper(c) && (IsLower(prev) || IsDigit(prev));
      // "APIKey": split before the last capital of a run that is followed by lower case.
      const bool acronym_end =
          IsUpper(c) && IsUpper(prev) && i + 1 < name.size() && IsLower(name[i + 1]);
      const bool digit_edge = IsDigit(c) != IsDigit(prev);
      if (lower_to_upper || acronym_end || digit_edge) flush();
    }
    current.push_back(c);
  }
  flush();
  return words;
}

NameClass ClassifyName(std::string_view name) {
  const std::vector<std::string> words = CoreWords(name);
  if (words.empty()) return NameClass::kNone;
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : "_") + word;
  if (OneOf(kPayloadNames, joined)) return NameClass::kRawPayload;
  if (OneOf(kRecordNames, joined)) return NameClass::kRecord;
  if (words.size() > 1 && OneOf(kPredicatePrefixes, words.front())) return NameClass::kNone;
  const std::string& head = words.back();
  const std::string prev = words.size() > 1 ? words[words.size() - 2] : std::string();
  if (OneOf(kSecretHeads, head)) {
    if (head == "token" && OneOf(kCursorWords, prev)) return NameClass::kNone;
    return NameClass::kSecret;
  }
  if (head == "key" && OneOf(kKeyQualifiers, prev)) return NameClass::kSecret;
  if (head == "headers" || head == "header") {
    if (prev == "auth" || prev == "authorization" || prev == "token" || prev == "bearer") {
      return NameClass::kSecret;
    }
    if (OneOf(kNonHttpHeaderWords, prev)) return NameClass::kNone;
    return head == "headers" ? NameClass::kHeaders : NameClass::kNone;
  }
  if (OneOf(kPiiHeads, head)) return NameClass::kPii;
  if (head == "address" && OneOf(kAddressQualifiers, prev)) return NameClass::kPii;
  if (head == "name" && OneOf(kNameQualifiers, prev)) return NameClass::kPii;
  if (head == "number" && (prev == "phone" || prev == "ssn" || prev == "mobile")) {
    return NameClass::kPii;
  }
  return NameClass::kNone;
}

bool IsResponseName(std::string_view name) {
  const std::vector<std::string> words = SplitWords(name);
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : "_") + word;
  return OneOf(kResponseNames, joined) || joined == "raw_response";
}

bool IsCredentialKey(std::string_view key) {
  const std::vector<std::string> words = SplitWords(key);
  for (size_t i = 0; i < words.size(); ++i) {
    if (OneOf(kSecretHeads, words[i])) return true;
    if (words[i] == "key" && i > 0 && OneOf(kKeyQualifiers, words[i - 1])) return true;
  }
  return false;
}

bool NamesPersonalRecordType(std::string_view text) {
  for (const std::string& word : SplitWords(text)) {
    if (OneOf(kPersonalRecordWords, word)) return true;
  }
  return false;
}

}  // namespace packaudit::privacy_logs
