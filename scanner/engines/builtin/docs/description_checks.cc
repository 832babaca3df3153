// DOC014 and DOC015: integration description files (<Name>_description.md, or
// the YAML's `detaileddescription` in a unified integration).
#include "engines/builtin/docs/checks.h"
#include "engines/builtin/docs/doc_util.h"
#include "model/item_yaml.h"
#include "parse/markdown.h"

namespace packaudit {
namespace {

// The key sentence of the beta disclaimer ("Note: This is a beta Integration,
// which lets you implement and test pre-release software. ..."), compared
// without case, emphasis or line breaks.
constexpr std::string_view kBetaSentence = "this is a beta integration";

bool HasBetaDisclaimer(std::string_view text) {
  std::string plain;
  for (char c : text) {
    if (c != '*' && c != '_' && c != '`') plain += c;
  }
  return docs::FoldSpaces(plain).find(kBetaSentence) != std::string::npos;
}

}  // namespace

void CheckContributedBlock(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.embedded != nullptr) return;
  const SourceFile& file = *unit.file;
  for (const MdHeading& heading : ParseMarkdown(file).headings) {
    const std::string text = docs::FoldSpaces(heading.text);
    if (!text.ends_with("contributed integration")) continue;
    const int line = heading.position.line;
    emitter.AtBytes(rule, file, file.LineStart(line), file.LineEnd(line),
                    {{"heading", std::string(docs::Trim(heading.text))}}, text);
  }
}

void CheckBetaDescription(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                          Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration) continue;
    const DocNode* doc = ItemDoc(item);
    if (doc == nullptr || !TruthyOf(*doc, "beta")) continue;
    const std::string name =
        std::string(TextOf(*doc, "name")).empty() ? item.name : std::string(TextOf(*doc, "name"));
    const ParsedFile* description = docs::ItemDescription(pack, item);
    const DocNode* detailed = doc->Get("detaileddescription");
    const bool has_detailed = detailed != nullptr && !detailed->Empty();
    if (description == nullptr && !has_detailed) {
      docs::EmitAtKey(rule, *item.yaml, doc, "beta",
                      {{"integration", name}, {"problem", "has no description file"}},
                      "beta no description " + item.name, emitter);
      continue;
    }
    if (description != nullptr) {
      if (HasBetaDisclaimer(description->source->text())) continue;
      const int line = description->markdown && description->markdown->first_line_number > 0
                           ? description->markdown->first_line_number
                           : 1;
      emitter.AtLine(rule, *description->source, line,
                     {{"integration", name},
                      {"problem",
                       "has a description without the beta "
                       "disclaimer"}},
                     "beta disclaimer " + item.name);
      continue;
    }
    if (HasBetaDisclaimer(detailed->Text())) continue;
    docs::EmitAtKey(rule, *item.yaml, doc, "detaileddescription",
                    {{"integration", name},
                     {"problem", "has a detaileddescription without the beta disclaimer"}},
                    "beta disclaimer " + item.name, emitter);
  }
}

}  // namespace packaudit
