#include "scan/finalize.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/fingerprint.h"
#include "scan/scanner.h"

namespace packaudit {
namespace {

// Cuts `text` to at most `max` bytes without splitting a UTF-8 sequence; marks the cut.
std::string Cap(std::string_view text, size_t max) {
  if (text.size() <= max) return std::string(text);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

struct ByteRange {
  size_t begin;
  size_t end;
};

// Text of [begin, end) with every secret range replaced by the redaction token.
std::string Redacted(std::string_view bytes, size_t begin, size_t end,
                     const std::vector<ByteRange>& secrets) {
  std::string out;
  size_t pos = begin;
  for (const ByteRange& s : secrets) {  // sorted by begin
    if (s.end <= pos || s.begin >= end) continue;
    const size_t from = std::max(s.begin, pos);
    out.append(bytes.substr(pos, from - pos));
    out.append(kRedactionToken);
    pos = std::min(s.end, end);
  }
  if (pos < end) out.append(bytes.substr(pos, end - pos));
  return out;
}

// `text` with every occurrence of each secret replaced by the redaction token.
std::string WithoutSecrets(std::string text, const std::vector<std::string>& secrets) {
  for (const std::string& secret : secrets) {
    for (size_t at = text.find(secret); at != std::string::npos;
         at = text.find(secret, at + sizeof(kRedactionToken) - 1)) {
      text.replace(at, secret.size(), kRedactionToken);
    }
  }
  return text;
}

}  // namespace

void AddSourceDetails(const SourceFile* file, std::vector<Finding*>& findings) {
  if (file == nullptr) {
    const std::vector<std::string> hashes = LineHashes("");
    for (Finding* f : findings) f->line_hash = hashes.front();
    return;
  }
  std::vector<ByteRange> secrets;
  std::vector<std::string> secret_texts;  // also kept out of every message of the file
  for (const Finding* f : findings) {
    if (!f->redact) continue;
    const ByteRange range{file->OffsetOf({f->region.start_line, f->region.start_column}),
                          file->OffsetOf({f->region.end_line, f->region.end_column})};
    secrets.push_back(range);
    if (range.end > range.begin) {
      secret_texts.emplace_back(file->text().substr(range.begin, range.end - range.begin));
    }
  }
  std::sort(secrets.begin(), secrets.end(),
            [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  const std::vector<std::string> hashes = LineHashes(file->text());
  const std::string_view bytes = file->text();
  for (Finding* f : findings) {
    const int line = std::clamp(f->region.start_line, 1, static_cast<int>(hashes.size()));
    f->line_hash = hashes[line - 1];

    const size_t begin = file->OffsetOf({f->region.start_line, f->region.start_column});
    const size_t end = std::max(begin, file->OffsetOf({f->region.end_line, f->region.end_column}));
    f->snippet = Cap(Redacted(bytes, begin, end, secrets), kMaxSnippetBytes);

    f->context_start_line = std::max(1, f->region.start_line - kContextLines);
    f->context_end_line = std::min(file->line_count(), f->region.end_line + kContextLines);
    std::string context;
    for (int l = f->context_start_line; l <= f->context_end_line; ++l) {
      if (l > f->context_start_line) context += '\n';
      context += Cap(Redacted(bytes, file->LineStart(l), file->LineEnd(l), secrets),
                     kMaxContextLineBytes);
    }
    f->context = std::move(context);
    if (!secret_texts.empty()) f->message = WithoutSecrets(std::move(f->message), secret_texts);
    if (f->redact) {
      // The fingerprint keeps a digest of the secret, never the secret itself.
      f->match_text = "redacted:" + StableHash(f->match_text);
    }
  }
}

void SortAndFingerprint(std::vector<Finding>& findings) {
  std::sort(findings.begin(), findings.end(), FindingLess);
  findings.erase(std::unique(findings.begin(), findings.end(),
                             [](const Finding& a, const Finding& b) {
                               return a.rule_id == b.rule_id && a.path == b.path &&
                                      a.region == b.region && a.message == b.message;
                             }),
                 findings.end());
  std::map<std::tuple<std::string, std::string, std::string>, int> occurrences;
  for (Finding& f : findings) {
    std::string normalized = NormalizeForFingerprint(f.match_text);
    const int n = ++occurrences[{f.rule_id, f.path, normalized}];
    f.fingerprint = LocationFingerprint(f.rule_id, f.path, normalized, n);
    f.match_text.clear();
  }
}

}  // namespace packaudit
