// The PRIV004 tracker list: the shipped data file is well formed and holds the catalog's hosts;
// matching is by domain suffix (and path prefix for host+path entries); host references in text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engines/builtin/privacy/hosts_tracker_list.h"
#include "rules/data_file.h"

namespace packaudit {
namespace {

TEST(TrackerListTest, ShippedFileIsWellFormedAndHoldsTheCatalogHosts) {
  const auto text = EmbeddedRuleData("data/tracker-hosts.txt");
  ASSERT_TRUE(text.has_value());
  std::vector<std::string> malformed;
  const auto entries = ParseTrackerList(*text, &malformed);
  EXPECT_TRUE(malformed.empty()) << malformed.front();
  EXPECT_EQ(entries.size(), TrackerEntries().size());
  for (const char* listed :
       {"google-analytics.com", "googletagmanager.com", "doubleclick.net", "connect.facebook.net",
        "facebook.com/tr", "api.segment.io", "mixpanel.com", "amplitude.com", "hotjar.com",
        "fullstory.com", "heapanalytics.com", "bluekai.com", "liveramp.com", "acxiom.com",
        "clearbit.com"}) {
    bool found = false;
    for (const TrackerEntry& e : entries) found = found || e.Text() == listed;
    EXPECT_TRUE(found) << listed;
  }
}

TEST(TrackerListTest, ParsesEntriesAndRejectsMalformedLines) {
  std::vector<std::string> malformed;
  const auto entries = ParseTrackerList(
      "# comment\nads.vendor.com/px advertising\nstats.io analytics\nNoCategory.com\n"
      "two words.com x y\n",
      &malformed);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].domain, "ads.vendor.com");
  EXPECT_EQ(entries[0].path, "/px");
  EXPECT_EQ(entries[0].category, "advertising");
  EXPECT_EQ(entries[1].Text(), "stats.io");
  EXPECT_EQ(malformed.size(), 2u);
}

TEST(TrackerListTest, MatchesByDomainSuffixAndPathPrefix) {
  ASSERT_NE(MatchTracker("www.google-analytics.com", "/collect"), nullptr);
  EXPECT_EQ(MatchTracker("www.google-analytics.com", "")->domain, "google-analytics.com");
  EXPECT_EQ(MatchTracker("notgoogle-analytics.com", ""), nullptr);
  EXPECT_EQ(MatchTracker("google-analytics.com.evil.io", ""), nullptr);
  ASSERT_NE(MatchTracker("www.facebook.com", "/tr"), nullptr);
  EXPECT_NE(MatchTracker("www.facebook.com", "/tr/"), nullptr);
  EXPECT_EQ(MatchTracker("www.facebook.com", "/trackkit"), nullptr);
  EXPECT_EQ(MatchTracker("www.facebook.com", "/"), nullptr);
  EXPECT_EQ(MatchTracker("segment.io", ""), nullptr);  // only api.segment.io is listed
}

TEST(TrackerListTest, PrefilterIsCaseInsensitive) {
  EXPECT_TRUE(MayMentionTracker("see WWW.Google-Analytics.COM"));
  EXPECT_FALSE(MayMentionTracker("https://api.vendor.io/v1"));
}

TEST(TrackerListTest, FindsUrlsAndProtocolRelativeReferences) {
  const auto refs = FindHostRefs(
      "<script src=\"//connect.facebook.net/en_US/fbevents.js\"></script> and "
      "https://www.facebook.com/tr?id=1 and a//b and http://x.io//y");
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0].host, "connect.facebook.net");
  EXPECT_EQ(refs[0].path, "/en_US/fbevents.js");
  EXPECT_EQ(refs[1].host, "www.facebook.com");
  EXPECT_EQ(refs[1].path, "/tr");
  EXPECT_EQ(refs[2].host, "x.io");
}

TEST(TrackerListTest, BareHostValues) {
  HostRef ref;
  ASSERT_TRUE(BareHostRef("  api.segment.io ", ref));
  EXPECT_EQ(ref.host, "api.segment.io");
  EXPECT_EQ(ref.path, "");
  ASSERT_TRUE(BareHostRef("www.facebook.com/tr?id=1", ref));
  EXPECT_EQ(ref.path, "/tr");
  ASSERT_TRUE(BareHostRef("//connect.facebook.net/en_US/fbevents.js", ref));
  EXPECT_EQ(ref.host, "connect.facebook.net");
  EXPECT_FALSE(BareHostRef("Vendor.Host", ref));
  EXPECT_FALSE(BareHostRef("Mixpanel.Com", ref));
  EXPECT_FALSE(BareHostRef("we use mixpanel.com", ref));
  EXPECT_FALSE(BareHostRef("https://api.segment.io", ref));
}

}  // namespace
}  // namespace packaudit
