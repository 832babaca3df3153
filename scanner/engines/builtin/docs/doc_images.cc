#include "engines/builtin/docs/doc_images.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "engines/builtin/docs/doc_util.h"
#include "parse/markdown.h"

namespace packaudit {
namespace docs {
namespace {

bool HasScheme(std::string_view url) {
  size_t i = 0;
  while (i < url.size() && (std::isalnum(static_cast<unsigned char>(url[i])) || url[i] == '+' ||
                            url[i] == '-' || url[i] == '.')) {
    ++i;
  }
  return i > 0 && i < url.size() && url[i] == ':' &&
         std::isalpha(static_cast<unsigned char>(url[0]));
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The path part of a relative URL: no query or fragment, percent escapes
// decoded.
std::string UrlPath(std::string_view url) {
  const size_t cut = url.find_first_of("?#");
  if (cut != std::string_view::npos) url = url.substr(0, cut);
  std::string out;
  for (size_t i = 0; i < url.size(); ++i) {
    if (url[i] == '%' && i + 2 < url.size() && HexValue(url[i + 1]) >= 0 &&
        HexValue(url[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(url[i + 1]) * 16 + HexValue(url[i + 2]));
      i += 2;
    } else {
      out += url[i];
    }
  }
  return out;
}

// Joins `relative` onto folder `dir` (both pack-relative) and normalises "."
// and ".."; nullopt when the path climbs above the pack root.
std::optional<std::string> Resolve(std::string_view dir, std::string_view relative) {
  std::vector<std::string> parts;
  auto push = [&](std::string_view path) {
    size_t start = 0;
    while (start <= path.size()) {
      size_t slash = path.find('/', start);
      if (slash == std::string_view::npos) slash = path.size();
      const std::string_view part = path.substr(start, slash - start);
      if (part == "..") {
        if (parts.empty()) return false;
        parts.pop_back();
      } else if (!part.empty() && part != ".") {
        parts.emplace_back(part);
      }
      start = slash + 1;
    }
    return true;
  };
  if (!push(dir) || !push(relative)) return std::nullopt;
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += '/';
    out += part;
  }
  return out;
}

std::string ContentRepoPath(const Pack& pack, std::string_view url) {
  static const RE2 kRaw(
      R"(^https?://(?:raw\.githubusercontent\.com/demisto/content/[^/]+|github\.com/demisto/content/(?:raw|blob)/[^/]+)/Packs/([^/]+)/(doc_files/[^?#]+))");
  std::string pack_name, path;
  if (!RE2::PartialMatch(url, kRaw, &pack_name, &path) || pack_name != pack.name) return "";
  return UrlPath(path);
}

ImageRef Classify(const Pack& pack, std::string_view md_rel_dir, std::string url) {
  ImageRef ref;
  ref.url = std::move(url);
  const std::string_view u = Trim(ref.url);
  if (HasScheme(u) || u.starts_with("/")) {
    ref.kind = ImageRef::Kind::kAbsolute;
    ref.content_repo_path = ContentRepoPath(pack, u);
    return ref;
  }
  const auto resolved = Resolve(md_rel_dir, UrlPath(u));
  if (!resolved) {
    ref.kind = ImageRef::Kind::kOutsidePack;
    return ref;
  }
  ref.kind = ImageRef::Kind::kRelative;
  ref.pack_path = *resolved;
  return ref;
}

// Where the destination `url` of the next Markdown image is written, searching from `from`:
// preferably as "](url" on a line with "![" before it, else as "](url" (a reference-style
// definition or a link), else anywhere; npos when not found as written. The position md4c
// reports is not used first because an image without alt text takes the next text's position.
size_t FindImageUrl(std::string_view text, std::string_view url, size_t from) {
  size_t fallback_link = std::string_view::npos;
  for (size_t at = text.find(url, from); at != std::string_view::npos;
       at = text.find(url, at + 1)) {
    const bool inline_dest =
        (at >= 2 && text.substr(at - 2, 2) == "](") || (at >= 3 && text.substr(at - 3, 3) == "](<");
    if (!inline_dest) continue;
    const size_t line_start = text.rfind('\n', at);
    const size_t bang = text.rfind("![", at);
    if (bang != std::string_view::npos &&
        (line_start == std::string_view::npos || bang > line_start)) {
      return at;
    }
    if (fallback_link == std::string_view::npos) fallback_link = at;
  }
  return fallback_link != std::string_view::npos ? fallback_link : text.find(url, from);
}

}  // namespace

bool InDocFiles(std::string_view pack_path) {
  return pack_path.starts_with("doc_files/") || pack_path.find("/doc_files/") != std::string::npos;
}

std::vector<ImageRef> ImagesOf(const Pack& pack, const ParsedFile& file) {
  const SourceFile& source = *file.source;
  const std::string_view text = source.text();
  const std::string rel = pack.RelativePath(source.path());
  const size_t slash = rel.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : rel.substr(0, slash);

  std::optional<MarkdownDoc> storage;
  if (!file.markdown) storage = ParseMarkdown(source);
  const MarkdownDoc& doc = file.markdown ? *file.markdown : *storage;

  std::vector<ImageRef> out;
  size_t cursor = 0;  // Markdown images are found in the text in document order
  for (const MdLink& link : doc.links) {
    if (!link.image || Trim(link.url).empty()) continue;
    ImageRef ref = Classify(pack, dir, link.url);
    const size_t at = FindImageUrl(text, link.url, cursor);
    if (at != std::string_view::npos) {
      ref.begin = at;
      ref.end = at + link.url.size();
      cursor = ref.end;
    } else {  // written differently (escapes, entities): the line md4c reports
      ref.begin = source.LineStart(link.position.line);
      ref.end = source.LineEnd(link.position.line);
    }
    out.push_back(std::move(ref));
  }

  // Byte ranges of HTML comments: an <img> tag inside one is not shown.
  std::vector<std::pair<size_t, size_t>> comments;
  for (size_t open = text.find("<!--"); open != std::string_view::npos;
       open = text.find("<!--", open + 4)) {
    const size_t close = text.find("-->", open + 4);
    comments.emplace_back(open, close == std::string_view::npos ? text.size() : close + 3);
    if (close == std::string_view::npos) break;
    open = close;
  }
  auto in_comment = [&](size_t at) {
    return std::any_of(comments.begin(), comments.end(),
                       [&](const auto& range) { return at >= range.first && at < range.second; });
  };

  static const RE2 kImgTag(R"((?i)<img\s[^>]*?\bsrc\s*=\s*["']([^"']+)["'])");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece src;
  while (RE2::FindAndConsume(&input, kImgTag, &src)) {
    const size_t at = static_cast<size_t>(src.data() - text.data());
    if (in_comment(at)) continue;
    ImageRef ref = Classify(pack, dir, std::string(src.data(), src.size()));
    ref.begin = at;
    ref.end = ref.begin + src.size();
    out.push_back(std::move(ref));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const ImageRef& a, const ImageRef& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace docs
}  // namespace packaudit
