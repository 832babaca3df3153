#include <gtest/gtest.h>

#include <string>

#include "engines/file_unit.h"

namespace packaudit {
namespace {

TEST(UnitMemoTest, MakesEachValueOnceAndKeepsItsAddress) {
  UnitMemo memo;
  static constexpr char kA = 0;
  static constexpr char kB = 0;
  int made = 0;
  auto make = [&] {
    ++made;
    return std::string("hits");
  };
  const std::string& first = memo.Get<std::string>(&kA, make);
  const std::string& again = memo.Get<std::string>(&kA, make);
  EXPECT_EQ(made, 1);
  EXPECT_EQ(&first, &again);
  EXPECT_EQ(again, "hits");
  // Another key is another slot, and an earlier value stays valid after it is added.
  EXPECT_EQ(memo.Get<int>(&kB,
                          [&] {
                            ++made;
                            return 7;
                          }),
            7);
  EXPECT_EQ(made, 2);
  EXPECT_EQ(first, "hits");
}

}  // namespace
}  // namespace packaudit
