// Internal to parse/: reads the raw bytes of a YAML file around a node to recover what yaml-cpp's
// events do not tell (where the content starts after tags/anchors, scalar styles, where a scalar
// ends, and the line layout of a literal block scalar). Pure functions, thread-safe.
#ifndef PACKAUDIT_PARSE_YAML_LAYOUT_H_
#define PACKAUDIT_PARSE_YAML_LAYOUT_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/source_file.h"

namespace packaudit {

// Offset of a node's content: skips node properties (`&anchor`, `!tag`, `!<uri>`) that start at
// `offset` and the whitespace/comments after them. Returns `offset` when no property is there.
size_t SkipYamlNodeProperties(std::string_view text, size_t offset);

// How a scalar is written, from its first content byte.
enum class YamlScalarStyle { kPlain, kSingleQuoted, kDoubleQuoted, kLiteral, kFolded };
YamlScalarStyle YamlScalarStyleAt(std::string_view text, size_t content_offset);

// Just past the end of a flow scalar (plain or quoted) whose content starts at `content_offset`
// and whose parsed value is `value`; best effort.
size_t YamlFlowScalarEnd(std::string_view text, size_t content_offset, YamlScalarStyle style,
                         std::string_view value);

// Layout of a literal block scalar ("|", "|-", "|+", "|2" ...) whose indicator is at
// `indicator_offset` and whose parsed value is `value`.
struct LiteralBlockLayout {
  int first_line = 1;  // line after the indicator line: line 1 of the value
  size_t indent = 0;   // bytes of indentation stripped from every content line
  int last_line = 1;   // last line holding non-blank content
  size_t end = 0;      // just past the last non-blank content character
};
// nullopt when the value has no non-blank content or the raw lines do not reproduce it.
std::optional<LiteralBlockLayout> LayoutLiteralBlock(const SourceFile& file,
                                                     size_t indicator_offset,
                                                     std::string_view value);

// Just past the block scalar header (indicator plus indentation/chomping indicators).
size_t YamlBlockHeaderEnd(std::string_view text, size_t indicator_offset);

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_YAML_LAYOUT_H_
