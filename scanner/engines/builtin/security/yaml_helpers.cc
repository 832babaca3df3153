// Helpers shared by the YAML checks of area "security" (see checks_yaml.h).
#include <algorithm>
#include <array>
#include <cctype>

#include "engines/builtin/security/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace security_yaml {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

template <size_t N>
bool OneOf(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Last words that name a secret on their own.
constexpr std::array<std::string_view, 10> kSecretNouns = {
    "password", "passwd",   "pwd",       "passphrase", "secret",
    "apikey",   "apitoken", "secretkey", "privatekey", "accesstoken"};

// Words before "token" that make it a position in a result set, not a credential.
constexpr std::array<std::string_view, 16> kPagingWords = {
    "page",   "next", "continuation", "continue", "pagination", "sync",   "cursor", "resume",
    "offset", "prev", "previous",     "skip",     "delta",      "marker", "last",   "since"};

// Words before "key" that make it a secret key (an api key, a private key, ...).
constexpr std::array<std::string_view, 17> kKeyQualifiers = {
    "api",         "private", "secret",       "access", "auth",        "client",
    "signing",     "shared",  "subscription", "app",    "application", "license",
    "integration", "master",  "consumer",     "hmac",   "encryption"};

}  // namespace

std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (!IsUpper(c) && !IsLower(c) && !IsDigit(c)) {
      flush();
      continue;
    }
    if (IsUpper(c) && !word.empty()) {
      const char prev = name[i - 1];
      const bool next_lower = i + 1 < name.size() && IsLower(name[i + 1]);
      // "apiKey" -> api|Key; "APIKey" -> API|Key; "APIKEY" stays one word.
      if (IsLower(prev) || IsDigit(prev) || (IsUpper(prev) && next_lower)) flush();
    }
    word += ToLower(c);
  }
  flush();
  return words;
}

bool IsSecretName(std::string_view name) {
  const std::vector<std::string> words = NameWords(name);
  if (words.empty()) return false;
  const std::string& last = words.back();
  const std::string_view prev = words.size() > 1 ? std::string_view(words[words.size() - 2]) : "";
  if (OneOf(kSecretNouns, last)) return true;
  if (last == "token") return !OneOf(kPagingWords, prev);
  if (last == "key") return OneOf(kKeyQualifiers, prev);
  return false;
}

bool IsPlaceholder(std::string_view value) {
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front()))) {
    value.remove_prefix(1);
  }
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) {
    value.remove_suffix(1);
  }
  auto wrapped = [&](std::string_view open, std::string_view close) {
    return value.size() > open.size() + close.size() && value.substr(0, open.size()) == open &&
           value.substr(value.size() - close.size()) == close;
  };
  return wrapped("<", ">") || wrapped("${", "}") || wrapped("{{", "}}");
}

bool HasValue(const DocNode* node) { return node != nullptr && !node->Empty(); }

bool IsHidden(const DocNode& entry) {
  const DocNode* hidden = entry.Get("hidden");
  if (hidden == nullptr) return false;
  if (hidden->IsSequence()) return !hidden->items.empty();
  return TruthyOf(entry, "hidden");
}

}  // namespace security_yaml
}  // namespace packaudit
