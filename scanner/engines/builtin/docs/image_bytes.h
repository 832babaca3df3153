// Image helpers for the documentation checks: a strict base64 decoder (for the
// `image: data:image/png;base64,...` of a unified integration YAML) and a PNG
// header reader (signature plus IHDR width and height). Pure functions;
// thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_DOCS_IMAGE_BYTES_H_
#define PACKAUDIT_ENGINES_BUILTIN_DOCS_IMAGE_BYTES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace packaudit {
namespace docs {

// Decodes standard base64 (RFC 4648 alphabet, '=' padding optional, ASCII
// whitespace ignored). nullopt on any other character or a malformed tail.
std::optional<std::string> DecodeBase64(std::string_view text);

struct PngSize {
  uint32_t width = 0;
  uint32_t height = 0;
};

// Width and height from a PNG's IHDR chunk; nullopt when `bytes` is not a PNG
// (bad signature, or the first chunk is not a complete IHDR).
std::optional<PngSize> ReadPngSize(std::string_view bytes);

}  // namespace docs
}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_DOCS_IMAGE_BYTES_H_
