// DOC018: images shown by a README or description file must be files of the pack's doc_files/
// folder, referenced by a relative path that exists. An absolute URL (any scheme, "//host" or
// "/path") is reported, except links to the content-assets repository, which the content
// repository's own validation accepts for images too large for a pack. Findings sit on the
// image's URL in the Markdown file.
#include "engines/builtin/docs/checks.h"
#include "engines/builtin/docs/doc_images.h"

namespace packaudit {
namespace {

bool IsDocument(FileKind kind) {
  return kind == FileKind::kPackReadme || kind == FileKind::kItemReadme ||
         kind == FileKind::kPlaybookReadme || kind == FileKind::kIntegrationDescription;
}

// What is wrong with the reference ("" when nothing).
std::string Problem(const Pack& pack, const docs::ImageRef& ref) {
  switch (ref.kind) {
    case docs::ImageRef::Kind::kAbsolute:
      if (ref.url.find("content-assets") != std::string::npos) return "";
      if (!ref.content_repo_path.empty()) {
        return "is an absolute link to the pack's own " + ref.content_repo_path +
               "; use a relative path to it";
      }
      return "is absolute; store the image in the pack's doc_files/ folder and "
             "use a relative "
             "path";
    case docs::ImageRef::Kind::kOutsidePack:
      return "points outside the pack; store the image in the pack's doc_files/ "
             "folder";
    case docs::ImageRef::Kind::kRelative:
      if (!docs::InDocFiles(ref.pack_path)) {
        return "resolves to " + ref.pack_path + ", which is not in a doc_files/ folder";
      }
      if (pack.FileAt(ref.pack_path) == nullptr) {
        return "resolves to " + ref.pack_path + ", which does not exist in the pack";
      }
      return "";
  }
  return "";
}

}  // namespace

void CheckDocImageLinks(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                        Emitter& emitter) {
  for (const ParsedFile* file : pack.files) {
    if (!IsDocument(file->kind)) continue;
    for (const docs::ImageRef& ref : docs::ImagesOf(pack, *file)) {
      const std::string problem = Problem(pack, ref);
      if (problem.empty()) continue;
      emitter.AtBytes(rule, *file->source, ref.begin, ref.end,
                      {{"url", ref.url}, {"problem", problem}}, ref.url);
    }
  }
}

}  // namespace packaudit
