// SEC014: MD5 or SHA-1 used where collision resistance matters: HMAC, signatures, password
// hashing, or a digest over a secret.
//   Python      hmac.new / hmac.digest / hmac.HMAC / HMAC.new with hashlib.md5 / sha1, 'md5',
//               'sha1', MD5 / SHA / SHA1 modules or hashes.MD5() / SHA1(); .sign(...) /
//               .verify(...) calls given one of those; hashlib.pbkdf2_hmac('md5' | 'sha1', ...);
//               hashlib.md5 / sha1 / new('md5') / MD5.new / SHA.new over or into a sensitive value
//               (a password, secret, token, signature, API key, ... named in the call, in the
//               variable, key or keyword it flows into, or in the enclosing function's name).
//   JavaScript  crypto.createHmac('md5' | 'sha1'); createHash('md5' | 'sha1') in a sensitive
//               context.
//   PowerShell  HMACMD5 / HMACSHA1; MD5 / SHA1 providers in a sensitive context.
// Hashing an indicator value (a file's bytes, an IOC) or a cache key is not reported, nor a call
// with usedforsecurity=False, nor Get-FileHash.
#include <string>

#include "engines/builtin/security/checks_crypto.h"
#include "engines/builtin/tls/code_util.h"

namespace packaudit {
namespace {

using code_facts::HasWord;
using code_facts::HasWordPair;
using code_facts::LastPart;
using code_facts::LastTypePart;
using code_facts::Lower;
using code_facts::OneOf;
using code_facts::OneOfIgnoreCase;
using code_facts::StringLiterals;
using code_facts::Unwrap;
using code_facts::Words;
using tree_checks::Text;
using tree_checks::TypeIs;

bool SensitiveWords(const std::vector<std::string>& words) {
  return HasWord(words,
                 {"password",     "passwd",         "pwd",        "passphrase",  "secret",
                  "secrets",      "signature",      "sign",       "signed",      "signing",
                  "sig",          "hmac",           "token",      "auth",        "authorization",
                  "authenticate", "authentication", "credential", "credentials", "apikey",
                  "salt"}) ||
         HasWordPair(words, "api", "key") || HasWordPair(words, "private", "key") ||
         HasWordPair(words, "access", "key");
}

// The outermost expression of a method chain starting at `node` (x(...).y(...).z()).
TSNode ChainRoot(TSNode node) {
  for (;;) {
    const TSNode parent = ts_node_parent(node);
    if (ts_node_is_null(parent)) return node;
    if (TypeIs(parent, "attribute") || TypeIs(parent, "member_expression") ||
        ((TypeIs(parent, "call") || TypeIs(parent, "call_expression")) &&
         code_facts::CallFunction(parent).id == node.id) ||
        TypeIs(parent, "member_access") || TypeIs(parent, "invokation_expression")) {
      node = parent;
      continue;
    }
    return node;
  }
}

// Whether the value produced at `node` is security-sensitive by the names around it.
bool InSensitiveContext(const FileUnit& unit, TSNode node) {
  const TSNode root = ChainRoot(node);
  std::vector<std::string> words = Words(Text(unit, root));
  for (std::string& word : Words(code_facts::SinkName(unit, root))) words.push_back(word);
  for (std::string& word : Words(code_facts::EnclosingFunctionName(unit, node))) {
    words.push_back(word);
  }
  return SensitiveWords(words);
}

bool IsWeakName(std::string_view name) {
  return OneOfIgnoreCase(name, {"md5", "sha1", "sha", "sha-1"});
}

// The display name of a weak hash: "md5" or "sha1" (PyCryptodome's SHA module is SHA-1).
std::string HashName(std::string_view name) {
  const std::string lower = Lower(name);
  return lower == "md5" ? lower : "sha1";
}

// A reference to MD5 / SHA-1 given as a digest: hashlib.md5, 'sha1', MD5, hashes.SHA1(), ...
// Plain names count only when `names` is set (HMAC: `from hashlib import md5`); a signing call
// given a variable named md5 is more likely passing an indicator value.
std::string WeakDigestRef(const FileUnit& unit, const StringLiterals& literals, TSNode node,
                          bool names) {
  node = Unwrap(node);
  if (ts_node_is_null(node)) return "";
  if (TypeIs(node, "keyword_argument")) {
    const TSNode name = ts_node_child_by_field_name(node, "name", 4);
    if (ts_node_is_null(name) || !OneOf(Text(unit, name), {"digestmod", "algorithm", "hash"})) {
      return "";
    }
    return WeakDigestRef(unit, literals, ts_node_child_by_field_name(node, "value", 5), names);
  }
  if (const CodeString* literal = literals.Of(node)) {
    return IsWeakName(literal->value) ? HashName(literal->value) : "";
  }
  if ((names && TypeIs(node, "identifier")) || TypeIs(node, "attribute")) {
    const std::string_view last = LastPart(Text(unit, node));
    return IsWeakName(last) ? HashName(last) : "";
  }
  if (TypeIs(node, "call")) {
    const TSNode function = code_facts::CallFunction(node);
    if (ts_node_is_null(function)) return "";
    const std::string_view callee = Text(unit, function);
    if (IsWeakName(LastPart(callee))) return HashName(LastPart(callee));
    if (LastPart(callee) == "new" && callee.size() > 4) {
      const std::string_view module = LastPart(callee.substr(0, callee.size() - 4));
      if (IsWeakName(module)) return HashName(module);
    }
  }
  return "";
}

void Emit(const RuleSpec& rule, const FileUnit& unit, TSNode node, const std::string& hash,
          const std::string& use, Emitter& emitter) {
  tree_checks::EmitAt(rule, unit, node, MessageArgs{{"hash", hash}, {"use", use}}, hash + ":" + use,
                      emitter);
}

bool IsHmacCallee(std::string_view callee) {
  const std::string lower = Lower(callee);
  return lower.find("hmac") != std::string::npos &&
         OneOf(LastPart(callee), {"new", "digest", "HMAC"});
}

// Python / JavaScript: whether `node` is inside the arguments of an HMAC or signing call.
bool InsideKeyedCall(const FileUnit& unit, TSNode node) {
  for (TSNode up = ts_node_parent(node); !ts_node_is_null(up); up = ts_node_parent(up)) {
    if (TypeIs(up, "call")) {
      const TSNode function = code_facts::CallFunction(up);
      if (ts_node_is_null(function)) continue;
      const std::string_view callee = Text(unit, function);
      if (IsHmacCallee(callee) || OneOf(LastPart(callee), {"sign", "verify"})) return true;
    }
    if (TypeIs(up, "expression_statement") || TypeIs(up, "block")) return false;
  }
  return false;
}

void CheckPythonCall(const RuleSpec& rule, const FileUnit& unit, const StringLiterals& literals,
                     TSNode call, Emitter& emitter) {
  const TSNode function = code_facts::CallFunction(call);
  const TSNode arguments = code_facts::CallArguments(call);
  if (ts_node_is_null(function) || ts_node_is_null(arguments)) return;
  const std::string_view callee = Text(unit, function);
  const std::string_view last = LastPart(callee);
  const bool hmac = IsHmacCallee(callee);
  if (hmac || OneOf(last, {"sign", "verify"})) {
    for (TSNode argument : tree_checks::NamedChildren(arguments)) {
      const std::string hash = WeakDigestRef(unit, literals, argument, hmac);
      if (hash.empty()) continue;
      Emit(rule, unit, argument, hash, hmac ? "an HMAC" : "a signature", emitter);
      return;
    }
    return;
  }
  if (last == "pbkdf2_hmac") {
    const std::vector<TSNode> positional = code_facts::PositionalArguments(call);
    if (positional.empty()) return;
    const std::string hash = WeakDigestRef(unit, literals, positional.front(), false);
    if (!hash.empty()) Emit(rule, unit, positional.front(), hash, "password hashing", emitter);
    return;
  }
  std::string hash;
  if (OneOf(callee,
            {"hashlib.md5", "hashlib.sha1", "md5", "sha1", "MD5.new", "SHA.new", "SHA1.new"})) {
    hash = HashName(LastPart(callee.substr(0, callee.find(".new"))));
  } else if (callee == "hashlib.new") {
    const std::vector<TSNode> positional = code_facts::PositionalArguments(call);
    if (!positional.empty()) {
      const CodeString* literal = literals.Of(positional.front());
      if (literal != nullptr && IsWeakName(literal->value)) hash = HashName(literal->value);
    }
  }
  if (hash.empty()) return;
  const TSNode security = code_facts::KeywordArgument(unit, call, "usedforsecurity");
  if (!ts_node_is_null(security) && code_facts::IsFalseLiteral(unit, security)) return;
  if (InsideKeyedCall(unit, call) || !InSensitiveContext(unit, call)) return;
  Emit(rule, unit, call, hash, "a secret, password or signature", emitter);
}

void CheckJavaScriptCall(const RuleSpec& rule, const FileUnit& unit, const StringLiterals& literals,
                         TSNode call, Emitter& emitter) {
  const TSNode function = code_facts::CallFunction(call);
  if (ts_node_is_null(function)) return;
  const std::string_view last = LastPart(Text(unit, function));
  if (!OneOf(last, {"createHmac", "createHash"})) return;
  const std::vector<TSNode> positional = code_facts::PositionalArguments(call);
  if (positional.empty()) return;
  const CodeString* literal = literals.Of(positional.front());
  if (literal == nullptr || !IsWeakName(literal->value)) return;
  if (last == "createHmac") {
    Emit(rule, unit, positional.front(), HashName(literal->value), "an HMAC", emitter);
  } else if (InSensitiveContext(unit, call)) {
    Emit(rule, unit, call, HashName(literal->value), "a secret, password or signature", emitter);
  }
}

void CheckPowerShell(const RuleSpec& rule, const FileUnit& unit, TSNode node, Emitter& emitter) {
  if (!TypeIs(node, "type_literal") && !TypeIs(node, "generic_token")) return;
  const std::string_view type = LastTypePart(Text(unit, node));
  if (OneOfIgnoreCase(type, {"HMACMD5", "HMACSHA1"})) {
    Emit(rule, unit, node, Lower(type.substr(4)), "an HMAC", emitter);
    return;
  }
  if (!OneOfIgnoreCase(type, {"MD5", "SHA1", "MD5CryptoServiceProvider",
                              "SHA1CryptoServiceProvider", "SHA1Managed"})) {
    return;
  }
  if (Text(unit, node).find("Cryptography") == std::string_view::npos &&
      !OneOfIgnoreCase(type,
                       {"MD5CryptoServiceProvider", "SHA1CryptoServiceProvider", "SHA1Managed"})) {
    return;
  }
  if (!InSensitiveContext(unit, node)) return;
  const std::string hash = Lower(type).substr(0, Lower(type).rfind("sha1", 0) == 0 ? 4 : 3);
  Emit(rule, unit, node, hash, "a secret, password or signature", emitter);
}

}  // namespace

void CheckWeakHashForSecurity(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr) return;
  const Language language = code_facts::LanguageOf(unit);
  const StringLiterals literals(unit);
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    if (language == Language::kPython && TypeIs(node, "call")) {
      CheckPythonCall(rule, unit, literals, node, emitter);
    } else if (language == Language::kJavaScript && TypeIs(node, "call_expression")) {
      CheckJavaScriptCall(rule, unit, literals, node, emitter);
    } else if (language == Language::kPowerShell) {
      CheckPowerShell(rule, unit, node, emitter);
    }
    return true;
  });
}

}  // namespace packaudit
