// Builtin checks of area "privacy" (privacy-notice link and contact, data-flow disclosure, personal
// data in shipped files (PRIV001-003, PRIV011)), registered by name in registry_docs.cc and joined
// into the area's table by registry.cc. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_DOCS_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_DOCS_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> PrivacyDocsBuiltins();

// PRIV001: a partner or developer pack links no privacy notice (docs_notice.cc).
void CheckPrivacyNotice(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                        Emitter& emitter);
// PRIV002: a partner or developer pack gives no contact for privacy inquiries (docs_notice.cc).
void CheckPrivacyContact(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                         Emitter& emitter);
// PRIV003: an integration sends data out and no README says what is sent, stored or retained
// (docs_disclosure.cc).
void CheckDataFlowDisclosure(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                             Emitter& emitter);
// PRIV011: personal e-mail addresses, phone numbers and screenshots in shipped files
// (docs_personal_data.cc).
void CheckPersonalData(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                       Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_DOCS_H_
