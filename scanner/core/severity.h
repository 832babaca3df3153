// Severity of a finding and of a rule's default configuration (SARIF levels note/warning/error).
#ifndef PACKAUDIT_CORE_SEVERITY_H_
#define PACKAUDIT_CORE_SEVERITY_H_

#include <optional>
#include <string_view>

namespace packaudit {

// Ordered: kNote < kWarning < kError. kNone is only a gate threshold ("never fail").
enum class Severity { kNote = 0, kWarning = 1, kError = 2 };

std::string_view SeverityName(Severity severity);  // "note" | "warning" | "error"
std::optional<Severity> ParseSeverity(std::string_view text);

}  // namespace packaudit

#endif  // PACKAUDIT_CORE_SEVERITY_H_
