// SEC015: a weak cipher, mode or key size, or a non-cryptographic random source used for a
// secret.
//   Python      DES / DES3 / ARC4 / ARC2 / Blowfish / CAST .new(...) (PyCryptodome);
//               algorithms.TripleDES / ARC4 / Blowfish / CAST5 / IDEA (cryptography); pyDes;
//               MODE_ECB and modes.ECB(...); RSA / DSA keys under 2048 bits (RSA.generate,
//               DSA.generate, rsa.newkeys, rsa/dsa.generate_private_key, PKey.generate_key);
//               random.<fn>(...) whose value becomes a token, password, secret, nonce, salt,
//               OTP or key (by the variable, key or keyword it flows into, or the enclosing
//               function's name).
//   JavaScript  createCipher(iv) / createDecipher(iv) with DES, 3DES, RC4, RC2, Blowfish, CAST,
//               IDEA or an -ecb algorithm; generateKeyPair(Sync) 'rsa' / 'dsa' with
//               modulusLength under 2048; Math.random() for a secret (same context rule).
//   PowerShell  DES / TripleDES / RC2 (CryptoServiceProvider or ::Create()); CipherMode::ECB;
//               RSA/DSACryptoServiceProvider with a size under 2048; Get-Random for a secret.
// random.choice for picking a sample, secrets.*, random.SystemRandom() and AES-GCM are fine.
#include <cctype>
#include <string>

#include "engines/builtin/security/checks_crypto.h"
#include "engines/builtin/tls/code_util.h"

namespace packaudit {
namespace {

using code_facts::HasWord;
using code_facts::HasWordPair;
using code_facts::IntegerValue;
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

constexpr long kMinKeyBits = 2048;

void Emit(const RuleSpec& rule, const FileUnit& unit, TSNode node, const std::string& what,
          Emitter& emitter) {
  tree_checks::EmitAt(rule, unit, node, MessageArgs{{"what", what}}, what, emitter);
}

// Whether a random value at `node` becomes a secret, by the names around it.
bool MakesSecret(const FileUnit& unit, TSNode node) {
  std::vector<std::string> words = Words(code_facts::SinkName(unit, node));
  for (std::string& word : Words(code_facts::EnclosingFunctionName(unit, node))) {
    words.push_back(word);
  }
  return HasWord(words, {"token", "tokens", "password", "passwd", "pwd", "passphrase", "secret",
                         "nonce", "salt", "otp", "csrf", "apikey", "credential", "credentials"}) ||
         HasWordPair(words, "api", "key") || HasWordPair(words, "secret", "key") ||
         HasWordPair(words, "session", "id") || HasWordPair(words, "session", "key");
}

void CheckKeySize(const RuleSpec& rule, const FileUnit& unit, TSNode size, std::string_view kind,
                  Emitter& emitter) {
  const std::optional<long> bits = IntegerValue(unit, size);
  if (bits && *bits < kMinKeyBits) {
    Emit(rule, unit, size, std::string(kind) + " key of " + std::to_string(*bits) + " bits",
         emitter);
  }
}

void CheckPythonCall(const RuleSpec& rule, const FileUnit& unit, TSNode call, Emitter& emitter) {
  const TSNode function = code_facts::CallFunction(call);
  if (ts_node_is_null(function)) return;
  const std::string_view callee = Text(unit, function);
  const std::string_view last = LastPart(callee);
  const std::string_view object = callee.size() > last.size()
                                      ? LastPart(callee.substr(0, callee.size() - last.size() - 1))
                                      : std::string_view();
  const std::vector<TSNode> positional = code_facts::PositionalArguments(call);
  if (last == "new" && OneOf(object, {"DES", "DES3", "ARC4", "ARC2", "Blowfish", "CAST"})) {
    Emit(rule, unit, function, std::string(object) + " cipher", emitter);
  } else if (object == "algorithms" &&
             OneOf(last, {"TripleDES", "ARC4", "Blowfish", "CAST5", "IDEA"})) {
    Emit(rule, unit, function, std::string(last) + " cipher", emitter);
  } else if (object == "pyDes" || callee.substr(0, 6) == "pyDes.") {
    Emit(rule, unit, function, "DES cipher (pyDes)", emitter);
  } else if (object == "modes" && last == "ECB") {
    Emit(rule, unit, function, "ECB mode", emitter);
  } else if (last == "generate" && OneOf(object, {"RSA", "DSA"}) && !positional.empty()) {
    CheckKeySize(rule, unit, positional.front(), object, emitter);
  } else if (callee == "rsa.newkeys" && !positional.empty()) {
    CheckKeySize(rule, unit, positional.front(), "RSA", emitter);
  } else if (last == "generate_private_key" && OneOf(object, {"rsa", "dsa"})) {
    TSNode size = code_facts::KeywordArgument(unit, call, "key_size");
    const size_t index = object == "rsa" ? 1 : 0;
    if (ts_node_is_null(size) && positional.size() > index) size = positional[index];
    if (!ts_node_is_null(size))
      CheckKeySize(rule, unit, size, object == "rsa" ? "RSA" : "DSA", emitter);
  } else if (last == "generate_key" && positional.size() >= 2) {
    const std::string_view type = LastPart(Text(unit, positional[0]));
    if (OneOf(type, {"TYPE_RSA", "TYPE_DSA"})) {
      CheckKeySize(rule, unit, positional[1], type.substr(5), emitter);
    }
  } else if (object == "random" && callee == "random." + std::string(last) &&
             OneOf(last, {"random", "randint", "randrange", "choice", "choices", "sample",
                          "getrandbits", "randbytes", "uniform", "shuffle"}) &&
             MakesSecret(unit, call)) {
    Emit(rule, unit, function, std::string(callee) + " for a secret value", emitter);
  }
}

bool IsWeakNodeCipher(std::string_view algorithm) {
  const std::string lower = Lower(algorithm);
  for (std::string_view prefix : {"des", "rc4", "rc2", "bf", "blowfish", "cast", "idea"}) {
    if (lower.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return lower.size() > 4 && lower.compare(lower.size() - 4, 4, "-ecb") == 0;
}

void CheckJavaScriptCall(const RuleSpec& rule, const FileUnit& unit, const StringLiterals& literals,
                         TSNode call, Emitter& emitter) {
  const TSNode function = code_facts::CallFunction(call);
  if (ts_node_is_null(function)) return;
  const std::string_view callee = Text(unit, function);
  const std::string_view last = LastPart(callee);
  const std::vector<TSNode> positional = code_facts::PositionalArguments(call);
  if (callee == "Math.random") {
    if (MakesSecret(unit, call))
      Emit(rule, unit, function, "Math.random for a secret value", emitter);
    return;
  }
  if (positional.empty()) return;
  const CodeString* first = literals.Of(positional.front());
  if (first == nullptr) return;
  if (OneOf(last, {"createCipher", "createCipheriv", "createDecipher", "createDecipheriv"})) {
    if (IsWeakNodeCipher(first->value)) {
      Emit(rule, unit, positional.front(), "cipher '" + first->value + "'", emitter);
    }
    return;
  }
  if (!OneOf(last, {"generateKeyPair", "generateKeyPairSync"}) ||
      !OneOf(first->value, {"rsa", "dsa"}) || positional.size() < 2) {
    return;
  }
  const TSNode options = Unwrap(positional[1]);
  if (!TypeIs(options, "object")) return;
  for (TSNode pair : tree_checks::NamedChildren(options)) {
    if (!TypeIs(pair, "pair")) continue;
    const TSNode key = ts_node_child_by_field_name(pair, "key", 3);
    if (ts_node_is_null(key) || Text(unit, key) != "modulusLength") continue;
    CheckKeySize(rule, unit, ts_node_child_by_field_name(pair, "value", 5),
                 first->value == "rsa" ? "RSA" : "DSA", emitter);
  }
}

// The first decimal number in `text` after `from`, or -1.
long FirstNumberAfter(std::string_view text, size_t from) {
  size_t i = from;
  while (i < text.size() && !std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == text.size()) return -1;
  long value = 0;
  for (size_t digits = 0;
       i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && digits < 9;
       ++i, ++digits) {
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

void CheckPowerShell(const RuleSpec& rule, const FileUnit& unit, TSNode node, Emitter& emitter) {
  if (TypeIs(node, "command")) {
    const TSNode name = ts_node_child_by_field_name(node, "command_name", 12);
    if (!ts_node_is_null(name) && Lower(Text(unit, name)) == "get-random" &&
        MakesSecret(unit, node)) {
      Emit(rule, unit, name, "Get-Random for a secret value", emitter);
    }
    return;
  }
  if (TypeIs(node, "member_access")) {
    TSNode type{};
    TSNode member{};
    for (TSNode child : tree_checks::NamedChildren(node)) {
      if (TypeIs(child, "type_literal")) type = child;
      if (TypeIs(child, "member_name")) member = child;
    }
    if (!ts_node_is_null(type) && !ts_node_is_null(member) &&
        Lower(LastTypePart(Text(unit, type))) == "ciphermode" &&
        Lower(Text(unit, member)) == "ecb") {
      Emit(rule, unit, node, "ECB mode", emitter);
    }
    return;
  }
  if (!TypeIs(node, "type_literal") && !TypeIs(node, "generic_token")) return;
  const std::string_view text = Text(unit, node);
  const std::string_view type = LastTypePart(text);
  const bool qualified = text.find("Cryptography.") != std::string_view::npos;
  if (OneOfIgnoreCase(type, {"DESCryptoServiceProvider", "TripleDESCryptoServiceProvider",
                             "RC2CryptoServiceProvider"}) ||
      (qualified && OneOfIgnoreCase(type, {"DES", "TripleDES", "RC2"}))) {
    Emit(rule, unit, node, std::string(type) + " cipher", emitter);
    return;
  }
  if (!OneOfIgnoreCase(type, {"RSACryptoServiceProvider", "DSACryptoServiceProvider"})) return;
  // The size follows the type: "...Provider(1024)", "]::new(1024)", "-ArgumentList 1024".
  TSNode scope = ts_node_parent(node);
  for (int depth = 0; depth < 6 && !ts_node_is_null(scope); ++depth) {
    if (TypeIs(scope, "command") || TypeIs(scope, "invokation_expression")) break;
    scope = ts_node_parent(scope);
  }
  if (ts_node_is_null(scope)) return;
  const std::string_view scope_text = Text(unit, scope);
  const size_t after =
      ts_node_end_byte(node) - ts_node_start_byte(scope) -
      (text.find('(') != std::string_view::npos ? text.size() - text.find('(') : 0);
  const long bits = FirstNumberAfter(scope_text, after);
  if (bits > 0 && bits < kMinKeyBits) {
    Emit(rule, unit, node,
         std::string(type.substr(0, 3)) + " key of " + std::to_string(bits) + " bits", emitter);
  }
}

}  // namespace

void CheckWeakCipherOrRandom(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr) return;
  const Language language = code_facts::LanguageOf(unit);
  const StringLiterals literals(unit);
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    if (language == Language::kPython) {
      if (TypeIs(node, "call")) {
        CheckPythonCall(rule, unit, node, emitter);
      } else if (TypeIs(node, "attribute")) {
        const TSNode attribute = ts_node_child_by_field_name(node, "attribute", 9);
        if (!ts_node_is_null(attribute) && Text(unit, attribute) == "MODE_ECB") {
          Emit(rule, unit, node, "ECB mode", emitter);
        }
      }
    } else if (language == Language::kJavaScript && TypeIs(node, "call_expression")) {
      CheckJavaScriptCall(rule, unit, literals, node, emitter);
    } else if (language == Language::kPowerShell) {
      CheckPowerShell(rule, unit, node, emitter);
    }
    return true;
  });
}

}  // namespace packaudit
