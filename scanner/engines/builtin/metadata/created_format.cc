// META015: `created` must be an ISO-8601 timestamp: YYYY-MM-DDTHH:MM:SS, optional fraction of a
// second, then Z or a +hh:mm offset, with a date and time that exist. demisto-sdk writes and
// expects the Z form; offsets and fractions are accepted because they are valid ISO-8601 and
// unambiguous. A missing `created` is not reported (the key is optional).
#include <re2/re2.h>

#include <string>

#include "core/date.h"
#include "engines/builtin/metadata/checks.h"
#include "engines/builtin/metadata/metadata_util.h"

namespace packaudit {
namespace {

bool IsIsoTimestamp(std::string_view text) {
  static const RE2 kTimestamp(
      R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):?(\d{2}))$)");
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  std::string offset_hours, offset_minutes;
  if (!RE2::FullMatch(text, kTimestamp, &year, &month, &day, &hour, &minute, &second, &offset_hours,
                      &offset_minutes)) {
    return false;
  }
  if (!Date::FromParts(year, month, day)) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (!offset_hours.empty() && (std::stoi(offset_hours) > 23 || std::stoi(offset_minutes) > 59)) {
    return false;
  }
  return true;
}

}  // namespace

void CheckCreatedFormat(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                        Emitter& emitter) {
  const DocNode* created = metadata::Value(pack, "created");
  if (created == nullptr) return;
  if (created->IsScalar() && IsIsoTimestamp(created->scalar)) return;
  metadata::EmitAtKey(rule, pack, "created", {{"created", std::string(created->Text())}},
                      "created " + std::string(created->Text()), emitter);
}

}  // namespace packaudit
