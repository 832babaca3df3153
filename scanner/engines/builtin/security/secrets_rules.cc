// SEC001 (entropy) and SEC002 (indicators): every candidate of the shared tokenizer. Candidates a
// disable-secrets-detection marker or the pack's .secrets-ignore hides are reported as waived
// findings (Finding::suppressions), so they stay visible to reviewers but never count.
#include <cstdio>
#include <string>

#include "engines/builtin/security/checks_secrets.h"
#include "engines/builtin/security/secrets_unit.h"

namespace packaudit {

void CheckSecretEntropy(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  for (const secrets::Hit& hit : secrets::AnalyzeUnit(unit)) {
    if (hit.kind != secrets::HitKind::kEntropy) continue;
    char entropy[16];
    std::snprintf(entropy, sizeof(entropy), "%.2f", hit.entropy);
    // The message holds only the score; the value is the region, redacted by the pipeline.
    Finding& f =
        emitter.AtBytes(rule, *unit.file, hit.begin, hit.end, {{"entropy", entropy}},
                        std::string(unit.file->text().substr(hit.begin, hit.end - hit.begin)));
    if (hit.hidden != secrets::HiddenBy::kNone) {
      f.suppressions.push_back(secrets::SuppressionOf(unit, hit));
    }
  }
}

void CheckSecretIndicators(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  for (const secrets::Hit& hit : secrets::AnalyzeUnit(unit)) {
    if (hit.kind == secrets::HitKind::kEntropy) continue;
    Finding& f =
        emitter.AtBytes(rule, *unit.file, hit.begin, hit.end,
                        {{"kind", std::string(secrets::HitLabel(hit.kind))}},
                        std::string(unit.file->text().substr(hit.begin, hit.end - hit.begin)));
    if (hit.hidden != secrets::HiddenBy::kNone) {
      f.suppressions.push_back(secrets::SuppressionOf(unit, hit));
    }
  }
}

}  // namespace packaudit
