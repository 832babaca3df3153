// Date: a calendar date (proleptic Gregorian, no time zone) for date-dependent rules such as the
// Adopt-a-Pack transition window. Plain value; thread-safe.
#ifndef PACKAUDIT_CORE_DATE_H_
#define PACKAUDIT_CORE_DATE_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace packaudit {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  // Strict "YYYY-MM-DD"; nullopt for anything else or an impossible date (2025-02-30).
  static std::optional<Date> ParseIso(std::string_view text);
  // A date from its parts, or nullopt when it does not exist.
  static std::optional<Date> FromParts(int year, int month, int day);
  // Today's date in UTC.
  static Date Today();
  // The date `days` after (negative: before) this one.
  Date AddDays(long days) const;

  std::string ToIso() const;  // "YYYY-MM-DD"
  long DaysSinceEpoch() const;  // days since 1970-01-01

  friend auto operator<=>(const Date&, const Date&) = default;
};

// Days from `a` to `b` (positive when b is later).
inline long DaysBetween(const Date& a, const Date& b) {
  return b.DaysSinceEpoch() - a.DaysSinceEpoch();
}

// A month's number from its English name, long or three-letter short ("March", "mar", "Sept"),
// case-insensitive; nullopt otherwise.
std::optional<int> MonthFromName(std::string_view name);

}  // namespace packaudit

#endif  // PACKAUDIT_CORE_DATE_H_
