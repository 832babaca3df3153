#include "core/date.h"

#include <gtest/gtest.h>

namespace packaudit {
namespace {

TEST(DateTest, ParsesStrictIsoDates) {
  EXPECT_EQ(Date::ParseIso("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_FALSE(Date::ParseIso("2023-02-29"));
  EXPECT_FALSE(Date::ParseIso("2024-13-01"));
  EXPECT_FALSE(Date::ParseIso("2024-1-01"));
  EXPECT_FALSE(Date::ParseIso("2024-01-01T00:00:00Z"));
  EXPECT_FALSE(Date::ParseIso("yyyy-mm-dd"));
}

TEST(DateTest, DayArithmeticCrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ((Date{1970, 1, 1}).DaysSinceEpoch(), 0);
  EXPECT_EQ((Date{2000, 3, 1}).DaysSinceEpoch() - (Date{2000, 2, 28}).DaysSinceEpoch(), 2);
  EXPECT_EQ(DaysBetween(Date{2022, 8, 3}, Date{2022, 11, 1}), 90);
  EXPECT_EQ((Date{2025, 12, 31}).AddDays(1), (Date{2026, 1, 1}));
  EXPECT_EQ((Date{2024, 3, 1}).AddDays(-1), (Date{2024, 2, 29}));
  EXPECT_EQ((Date{1969, 12, 31}).DaysSinceEpoch(), -1);
  EXPECT_EQ((Date{2026, 11, 22}).ToIso(), "2026-11-22");
}

TEST(DateTest, OrdersChronologically) {
  EXPECT_LT((Date{2025, 12, 31}), (Date{2026, 1, 1}));
  EXPECT_LT((Date{2026, 1, 2}), (Date{2026, 2, 1}));
}

TEST(DateTest, TodayIsAPlausibleDate) {
  const Date today = Date::Today();
  EXPECT_GE(today.year, 2024);
  EXPECT_TRUE(Date::FromParts(today.year, today.month, today.day).has_value());
}

TEST(DateTest, MonthNamesLongShortAnyCase) {
  EXPECT_EQ(MonthFromName("November"), 11);
  EXPECT_EQ(MonthFromName("NOV"), 11);
  EXPECT_EQ(MonthFromName("sept"), 9);
  EXPECT_EQ(MonthFromName("mAr"), 3);
  EXPECT_FALSE(MonthFromName("Ma"));
  EXPECT_FALSE(MonthFromName("Novem"));
  EXPECT_FALSE(MonthFromName(""));
}

}  // namespace
}  // namespace packaudit
