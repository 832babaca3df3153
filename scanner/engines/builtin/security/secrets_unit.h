// The secret rules' view of a file unit: the whole file (never the code embedded in a unified
// YAML, which the YAML's own text already holds), its path in its pack and the pack's
// `.secrets-ignore`. Stateless; thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_SECRETS_UNIT_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_SECRETS_UNIT_H_

#include <vector>

#include "core/finding.h"
#include "engines/builtin/security/secrets_text.h"
#include "engines/file_unit.h"

namespace packaudit::secrets {

// Whether the unit is a whole file (secret rules read files as text, not embedded code).
inline bool IsWholeFile(const FileUnit& unit) { return unit.embedded == nullptr; }

// AnalyzeSecrets over the unit's file with its pack's allow-list (none outside packs). The hits
// are computed once per unit and shared by the secret rules through FileUnit::memo; the reference
// lives as long as the unit.
const std::vector<Hit>& AnalyzeUnit(const FileUnit& unit);

// How a hidden hit (hit.hidden != kNone) is reported: as a waived finding. A disable-secrets-
// detection marker is an "inSource" waiver at the marker's line; a .secrets-ignore word or file:
// line is an "external" waiver with justification ".secrets-ignore" at the entry's line.
Suppression SuppressionOf(const FileUnit& unit, const Hit& hit);

}  // namespace packaudit::secrets

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_SECRETS_UNIT_H_
