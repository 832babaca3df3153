// SEC001 (entropy) and SEC002 (indicators): the visible candidates of the shared tokenizer.
#include <cstdio>
#include <string>

#include "engines/builtin/security/checks_secrets.h"
#include "engines/builtin/security/secrets_unit.h"

namespace packaudit {

void CheckSecretEntropy(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  for (const secrets::Hit& hit : secrets::AnalyzeUnit(unit)) {
    if (hit.kind != secrets::HitKind::kEntropy || hit.hidden != secrets::HiddenBy::kNone) continue;
    char entropy[16];
    std::snprintf(entropy, sizeof(entropy), "%.2f", hit.entropy);
    // The message holds only the score; the value is the region, redacted by the pipeline.
    emitter.AtBytes(rule, *unit.file, hit.begin, hit.end, {{"entropy", entropy}},
                    std::string(unit.file->text().substr(hit.begin, hit.end - hit.begin)));
  }
}

void CheckSecretIndicators(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  for (const secrets::Hit& hit : secrets::AnalyzeUnit(unit)) {
    if (hit.kind == secrets::HitKind::kEntropy || hit.hidden != secrets::HiddenBy::kNone) continue;
    emitter.AtBytes(rule, *unit.file, hit.begin, hit.end,
                    {{"kind", std::string(secrets::HitLabel(hit.kind))}},
                    std::string(unit.file->text().substr(hit.begin, hit.end - hit.begin)));
  }
}

}  // namespace packaudit
