// DOC002-DOC005: the pack README (README.md at the pack root). Lengths and
// comparisons use the visible text: HTML comments are invisible on the
// Marketplace page, so they do not count. A pack without a README is DOC001's
// finding; these checks then say nothing.
#include <algorithm>

#include "engines/builtin/docs/checks.h"
#include "engines/builtin/docs/doc_util.h"

namespace packaudit {
namespace {

// Pack-level README findings sit on the first visible line of the README (line
// 1 when empty).
int AnchorLine(const ParsedFile& readme) {
  return readme.markdown && readme.markdown->first_line_number > 0
             ? readme.markdown->first_line_number
             : 1;
}

bool HasItem(const Pack& pack, ItemType type) {
  return std::any_of(pack.items.begin(), pack.items.end(),
                     [&](const Item& item) { return item.type == type && item.yaml != nullptr; });
}

}  // namespace

void CheckPackReadmeEmpty(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                          Emitter& emitter) {
  if (pack.readme == nullptr) return;
  if (!docs::VisibleText(pack.readme->source->text()).empty()) return;
  const bool partner = pack.support == "partner";
  const bool playbook = HasItem(pack, ItemType::kPlaybook);
  if (!partner && !playbook) return;
  const std::string reason = partner && playbook ? "a partner pack with playbooks"
                             : partner           ? "a partner pack"
                                                 : "a pack with playbooks";
  emitter.AtLine(rule, *pack.readme->source, 1, {{"pack", pack.name}, {"reason", reason}},
                 "empty README");
}

void CheckPackReadmeShort(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                          Emitter& emitter) {
  if (pack.readme == nullptr) return;
  const size_t length = docs::CodePointCount(docs::VisibleText(pack.readme->source->text()));
  if (length == 0) return;  // empty: DOC002
  const bool strict = pack.support == "partner" || pack.certified;
  const size_t minimum = strict ? 300 : 31;
  if (length >= minimum) return;
  const std::string who = pack.certified ? "a certified pack"
                          : strict       ? "a partner pack"
                                         : "a pack";
  emitter.AtLine(
      rule, *pack.readme->source, AnchorLine(*pack.readme),
      {{"length", std::to_string(length)}, {"minimum", std::to_string(minimum)}, {"who", who}},
      "short README");
}

void CheckPackReadmeIsDescription(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                                  Emitter& emitter) {
  if (pack.readme == nullptr || pack.metadata == nullptr) return;
  const DocNode* description = pack.metadata->Get("description");
  if (description == nullptr) return;
  const std::string wanted = docs::FoldSpaces(description->Text());
  if (wanted.empty()) return;
  if (docs::FoldSpaces(docs::VisibleText(pack.readme->source->text())) != wanted) return;
  emitter.AtLine(rule, *pack.readme->source, AnchorLine(*pack.readme), {{"pack", pack.name}},
                 "README equals description");
}

void CheckPackReadmeWhatItDoes(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                               Emitter& emitter) {
  if (pack.readme == nullptr) return;
  if (!HasItem(pack, ItemType::kIntegration) && !HasItem(pack, ItemType::kPlaybook)) return;
  // Any heading or line of visible text that asks the question (markup such as
  // "##" or "**" around it does not matter; the question mark is optional).
  const std::string visible = docs::Lower(docs::VisibleText(pack.readme->source->text()));
  size_t start = 0;
  while (start <= visible.size()) {
    size_t end = visible.find('\n', start);
    if (end == std::string::npos) end = visible.size();
    std::string line;
    for (char c : visible.substr(start, end - start)) {
      if (c == '#' || c == '*' || c == '_' || c == '>' || c == '`') continue;
      line += c;
    }
    if (docs::FoldSpaces(line).starts_with("what does this pack do")) return;
    start = end + 1;
  }
  emitter.AtLine(rule, *pack.readme->source, AnchorLine(*pack.readme), {{"pack", pack.name}},
                 "what does this pack do");
}

}  // namespace packaudit
