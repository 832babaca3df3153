// Image references of a pack's Markdown documents: Markdown images (from the
// parsed structure) and HTML <img src="..."> tags (md4c keeps raw HTML as
// markup, so they are read from the text), each with the line it is written on
// and the pack path it resolves to. Pure functions; thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_DOCS_DOC_IMAGES_H_
#define PACKAUDIT_ENGINES_BUILTIN_DOCS_DOC_IMAGES_H_

#include <string>
#include <vector>

#include "model/pack.h"

namespace packaudit {
namespace docs {

struct ImageRef {
  enum class Kind {
    kAbsolute,     // a URL with a scheme, "//host/..." or "/path"
    kOutsidePack,  // a relative path that climbs out of the pack
    kRelative,     // a relative path inside the pack: `pack_path` is set
  };
  std::string url;  // as written
  Kind kind = Kind::kAbsolute;
  std::string pack_path;  // kRelative: path from the pack root ("doc_files/x.png")
  // For kAbsolute links to this pack's own doc_files in the public content repository
  // (raw.githubusercontent.com/demisto/content/<ref>/Packs/<Pack>/doc_files/...): the path in
  // the pack they name; "" otherwise.
  std::string content_repo_path;
  size_t begin = 0;  // byte range of the URL in the file (best effort)
  size_t end = 0;
};

// The images `file` (a Markdown file of `pack`) shows, in document order.
std::vector<ImageRef> ImagesOf(const Pack& pack, const ParsedFile& file);

// Whether a pack path lies in a doc_files folder.
bool InDocFiles(std::string_view pack_path);

}  // namespace docs
}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_DOCS_DOC_IMAGES_H_
