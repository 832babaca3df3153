// META001: pack_metadata.json is missing, does not parse as JSON, or is not a JSON object.
// A present but broken file gets the finding on its line 1 (ENG001 reports the parse position
// itself). A missing file is reported only when the pack folder itself was scanned (a file
// directly in the pack root was seen): scanning a few files deep inside a pack is not evidence
// that the pack lacks metadata. The finding then goes on line 1 of the pack README, else of the
// first file in the pack root.
#include <string>

#include "engines/builtin/metadata/checks.h"

namespace packaudit {
namespace {

std::string DescribeKind(const DocNode& doc) {
  switch (doc.kind) {
    case DocNode::Kind::kSequence:
      return "is not a JSON object (it holds a list)";
    case DocNode::Kind::kScalar:
      return "is not a JSON object (it holds a single value)";
    case DocNode::Kind::kNull:
      return "is not a JSON object (it holds null or nothing)";
    case DocNode::Kind::kMap:
      break;
  }
  return "is not a JSON object";
}

const ParsedFile* RootFileOf(const Pack& pack) {
  if (pack.readme != nullptr) return pack.readme;
  for (const ParsedFile* file : pack.files) {
    if (pack.RelativePath(file->source->path()).find('/') == std::string::npos) return file;
  }
  return nullptr;
}

}  // namespace

void CheckMetadataFile(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                       Emitter& emitter) {
  if (pack.metadata != nullptr) return;
  if (pack.metadata_file != nullptr) {
    const ParsedFile& file = *pack.metadata_file;
    const std::string problem =
        file.doc ? DescribeKind(*file.doc) : std::string("does not parse as JSON");
    emitter.AtLine(rule, *file.source, 1, {{"problem", problem}}, "pack_metadata.json " + problem);
    return;
  }
  const ParsedFile* anchor = RootFileOf(pack);
  if (anchor == nullptr) return;
  emitter.AtLine(rule, *anchor->source, 1, {{"problem", "is missing"}},
                 "pack_metadata.json is missing");
}

}  // namespace packaudit
