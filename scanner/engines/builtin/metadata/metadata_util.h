// Helpers shared by the metadata checks: text of pack_metadata.json values, placing findings on
// its keys and values, the data lists under rules/data/ and a few string predicates.
//
// Ownership: returned pointers and views point into the Pack's parsed files or into the
// embedded rule data, which outlive every check. Thread-safe: the data lists are loaded once
// (function-local static) and read-only afterwards.
#ifndef PACKAUDIT_ENGINES_BUILTIN_METADATA_METADATA_UTIL_H_
#define PACKAUDIT_ENGINES_BUILTIN_METADATA_METADATA_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "engines/emitter.h"
#include "model/pack.h"

namespace packaudit {
namespace metadata {

// The pack_metadata.json values that hold lists of free words.
inline constexpr std::string_view kListFields[] = {"categories", "tags", "useCases", "keywords"};

// `text` without leading and trailing whitespace.
using ::packaudit::Trim;
// ASCII lower case and comparison.
using ::packaudit::EqualsIgnoreCase;
using ::packaudit::Lower;
bool ContainsIgnoreCase(std::string_view text, std::string_view needle);

// The metadata value of a top-level key, or nullptr (no metadata object, or key absent).
const DocNode* Value(const Pack& pack, std::string_view key);
// Trimmed scalar text of a top-level key ("" when absent or not a scalar).
std::string_view Text(const Pack& pack, std::string_view key);

// A finding on the top-level key `key` of pack_metadata.json (key through value when the value
// ends on the key's line); on the line of the opening brace when the key is absent. The pack
// must have a metadata object.
void EmitAtKey(const RuleSpec& rule, const Pack& pack, std::string_view key,
               const MessageArgs& args, std::string match_text, Emitter& emitter);
// A finding on one value node of pack_metadata.json (an element of a list field).
void EmitAtNode(const RuleSpec& rule, const Pack& pack, const DocNode& node,
                const MessageArgs& args, std::string match_text, Emitter& emitter);

// The entries of rules/data/<name> (see rules/data_file.h); empty when the file is missing.
const std::vector<std::string>& DataList(std::string_view name);
// Whether `value` is one of `list` (exact comparison).
bool InList(const std::vector<std::string>& list, std::string_view value);
// The value of "<field>: <value>" in rules/data/panw-support-defaults.txt ("" when absent).
std::string_view PanwDefault(std::string_view field);

// Whether the pack has a playbook, an incident type or a layout (the content that makes a
// use case: demisto-sdk PA123 asks for one of them when the "Use Case" tag is set).
bool HasUseCaseContent(const Pack& pack);

// A url in the form used for comparisons: trimmed, lower case, without trailing '/'.
std::string NormalizeUrl(std::string_view url);
// Why `url` is not a usable https url ("" when it is): whitespace, no scheme, not https, no host.
std::string UrlProblem(std::string_view url);
// Whether `email` is a syntactically valid address (local@domain.tld, no whitespace).
bool IsValidEmail(std::string_view email);

}  // namespace metadata
}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_METADATA_METADATA_UTIL_H_
