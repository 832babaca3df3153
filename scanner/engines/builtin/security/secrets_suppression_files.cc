// SEC008, per pack: the allow-list files XSOAR authors use to silence checks.
// - `.secrets-ignore`: every `file:` line (a note saying what the file would report; a warning when
//   it hides a high-entropy string), every entry that is itself a high-entropy string (a warning,
//   redacted), and every word entry that hides high-entropy strings (a warning at the entry,
//   redacted). The hidden strings themselves are SEC001 findings marked as waived.
// - `.pack-ignore`: every ignore of IN100, IN153, IN145, PA113, BA119 or BA124 (a note in a
//   `[file:...]` section, a warning in the pack-wide `[pack]` section).
#include <algorithm>
#include <array>
#include <map>
#include <string>

#include "core/text.h"
#include "engines/builtin/security/checks_secrets.h"
#include "engines/builtin/security/secrets_text.h"

namespace packaudit {
namespace {

using secrets::HiddenBy;
using secrets::Hit;
using secrets::HitKind;

std::string Plural(size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

void AuditSecretsIgnore(const RuleSpec& rule, const Pack& pack, const ParsedFile& file,
                        Emitter& emitter) {
  const SourceFile& source = *file.source;
  const SecretsIgnore ignore = ParseSecretsIgnore(source.text());

  // What the entries hide, file by file.
  std::map<std::string, std::pair<size_t, size_t>> hidden_by_file;  // file: path -> counts
  std::map<std::string, size_t> strings_by_word;  // allow word -> high-entropy strings hidden
  for (const ParsedFile* other : pack.files) {
    if (other == &file || !IsTextKind(other->kind) || other->source->has_nul()) continue;
    const std::string in_pack = pack.RelativePath(other->source->path());
    secrets::SecretsInput input{other->source->text(), other->source->path(), in_pack, &ignore};
    for (const Hit& hit : secrets::AnalyzeSecrets(input)) {
      if (hit.hidden == HiddenBy::kFileEntry) {
        auto& counts = hidden_by_file[in_pack];
        (hit.kind == HitKind::kEntropy ? counts.first : counts.second)++;
      }
      if (hit.kind == HitKind::kEntropy && hit.hidden == HiddenBy::kAllowWord) {
        ++strings_by_word[hit.allow_word];
      }
    }
  }

  for (const SecretsIgnoreEntry& entry : ignore.entries) {
    const size_t line_begin = source.LineStart(entry.line);
    const std::string_view line = source.Line(entry.line);
    const size_t offset = line.find(entry.text);
    const size_t begin = line_begin + (offset == std::string_view::npos ? 0 : offset);
    if (entry.is_file) {
      std::string what = "`.secrets-ignore` exempts `" + entry.file + "` from the secret rules";
      if (pack.FileAt(entry.file) == nullptr) {
        what += ", but the pack has no such file";
      } else {
        const auto counts = hidden_by_file[entry.file];
        if (counts.first + counts.second == 0) {
          what += ", but the file holds nothing the secret rules report";
        } else {
          what += "; it hides ";
          if (counts.first > 0) what += Plural(counts.first, "high-entropy string");
          if (counts.first > 0 && counts.second > 0) what += " and ";
          if (counts.second > 0) what += Plural(counts.second, "indicator");
        }
      }
      Finding& f = emitter.AtBytes(rule, source, begin, begin + entry.text.size(),
                                   {{"what", what}}, entry.text);
      if (hidden_by_file[entry.file].first > 0) f.severity = Severity::kWarning;
      continue;
    }
    if (entry.too_short) continue;
    const secrets::Span value = secrets::SecretValueIn(entry.text);
    if (value.empty()) {
      std::string lower = entry.text;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const size_t strings = strings_by_word[lower];
      if (strings == 0) continue;
      Finding& f = emitter.AtBytes(
          rule, source, begin, begin + entry.text.size(),
          {{"what", "a .secrets-ignore entry hides " + Plural(strings, "high-entropy string") +
                        " (possible secrets) from SEC001; they are listed as waived SEC001 "
                        "findings, redacted"}},
          entry.text);
      f.severity = Severity::kWarning;
      f.redact = true;
      continue;
    }
    Finding& f = emitter.AtBytes(
        rule, source, begin + value.begin, begin + value.end,
        {{"what",
          "a .secrets-ignore entry is itself a high-entropy string (possible secret); "
          "the value is redacted here"}},
        entry.text);
    f.severity = Severity::kWarning;
    f.redact = true;
  }
}

void AuditPackIgnore(const RuleSpec& rule, const ParsedFile& file, Emitter& emitter) {
  static constexpr std::array<std::string_view, 6> kSecurityCodes = {"IN100", "IN153", "IN145",
                                                                     "PA113", "BA119", "BA124"};
  const SourceFile& source = *file.source;
  std::string section;
  for (int n = 1; n <= source.line_count(); ++n) {
    const std::string_view line = Trim(source.Line(n));
    if (line.starts_with("[") && line.ends_with("]")) {
      section = std::string(Trim(line.substr(1, line.size() - 2)));
      continue;
    }
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos || Trim(line.substr(0, eq)) != "ignore") continue;
    if (section != "pack" && !section.starts_with("file:")) continue;
    size_t pos = eq + 1;
    while (pos <= line.size()) {
      const size_t comma = std::min(line.find(',', pos), line.size());
      const std::string_view raw = line.substr(pos, comma - pos);
      const std::string_view code = Trim(raw);
      if (std::find(kSecurityCodes.begin(), kSecurityCodes.end(), code) != kSecurityCodes.end()) {
        // `code` views the file's text: its offset is its distance from the start.
        const size_t begin = static_cast<size_t>(code.data() - source.text().data());
        const bool pack_wide = section == "pack";
        Finding& f = emitter.AtBytes(
            rule, source, begin, begin + code.size(),
            {{"what", "`.pack-ignore` ignores the security validation " + std::string(code) +
                          (pack_wide ? " for the whole pack (`[pack]` section)"
                                     : " for `" + section.substr(5) + "`")}},
            section + ":" + std::string(code));
        if (pack_wide) f.severity = Severity::kWarning;
      }
      pos = comma + 1;
    }
  }
}

}  // namespace

void CheckSuppressionFiles(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                           Emitter& emitter) {
  (void)context;
  if (const ParsedFile* f = pack.FileAt(".secrets-ignore"); f != nullptr && !f->source->has_nul()) {
    AuditSecretsIgnore(rule, pack, *f, emitter);
  }
  if (const ParsedFile* f = pack.FileAt(".pack-ignore"); f != nullptr && !f->source->has_nul()) {
    AuditPackIgnore(rule, *f, emitter);
  }
}

}  // namespace packaudit
