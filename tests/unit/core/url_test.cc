#include "core/url.h"

#include <gtest/gtest.h>

namespace packaudit {
namespace {

TEST(UrlTest, ParsesTheParts) {
  const auto url = ParseUrl("  HTTPS://user:pw@API.Example.com:8443/v1/items?api_key=1#top ");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->scheme, "https");
  EXPECT_EQ(url->host, "api.example.com");
  EXPECT_EQ(url->port, "8443");
  EXPECT_EQ(url->path, "/v1/items");
  EXPECT_EQ(url->query, "api_key=1");
}

TEST(UrlTest, ParsesIpv6AndBareHosts) {
  const auto v6 = ParseUrl("http://[::1]:8080/x");
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->host, "::1");
  EXPECT_EQ(v6->port, "8080");
  const auto bare = ParseUrl("wss://stream.vendor.io");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->host, "stream.vendor.io");
  EXPECT_EQ(bare->path, "");
}

TEST(UrlTest, RejectsWhatIsNotAnAbsoluteUrl) {
  EXPECT_FALSE(ParseUrl("www.example.com/path"));
  EXPECT_FALSE(ParseUrl("https:///path"));
  EXPECT_FALSE(ParseUrl("://host"));
  EXPECT_FALSE(ParseUrl("1http://host"));
  EXPECT_FALSE(ParseUrl("http://[::1/x"));
}

TEST(UrlTest, FindsUrlsInFreeText) {
  const std::string text =
      "See [the notice](https://vendor.com/privacy). Data goes to https://api.vendor.com/v2, "
      "or (http://legacy.vendor.com/x) and \"ftp://files.vendor.com/a\".";
  const auto matches = FindUrls(text);
  ASSERT_EQ(matches.size(), 4u);
  EXPECT_EQ(text.substr(matches[0].begin, matches[0].end - matches[0].begin),
            "https://vendor.com/privacy");
  EXPECT_EQ(matches[1].url.host, "api.vendor.com");
  EXPECT_EQ(text.substr(matches[1].begin, matches[1].end - matches[1].begin),
            "https://api.vendor.com/v2");
  EXPECT_EQ(text.substr(matches[2].begin, matches[2].end - matches[2].begin),
            "http://legacy.vendor.com/x");
  EXPECT_EQ(matches[3].url.scheme, "ftp");
}

TEST(UrlTest, KeepsBalancedBracketsAndHonoursTheCap) {
  const std::string text = "https://en.wikipedia.org/wiki/Foo_(bar) https://a.io https://b.io";
  const auto matches = FindUrls(text, 2);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].url.path, "/wiki/Foo_(bar)");
  EXPECT_EQ(matches[1].url.host, "a.io");
}

TEST(UrlTest, MatchesHostsByDomainSuffix) {
  EXPECT_TRUE(HostHasSuffix("www.google-analytics.com", "google-analytics.com"));
  EXPECT_TRUE(HostHasSuffix("google-analytics.com", "google-analytics.com"));
  EXPECT_TRUE(HostHasSuffix("SSL.Google-Analytics.com.", "google-analytics.com"));
  EXPECT_FALSE(HostHasSuffix("notgoogle-analytics.com", "google-analytics.com"));
  EXPECT_FALSE(HostHasSuffix("google-analytics.com.evil.io", "google-analytics.com"));
  EXPECT_FALSE(HostHasSuffix("com", "google-analytics.com"));
}

TEST(UrlTest, KnowsLoopbackAndDocumentationHosts) {
  EXPECT_TRUE(IsLoopbackHost("localhost"));
  EXPECT_TRUE(IsLoopbackHost("127.0.0.1"));
  EXPECT_TRUE(IsLoopbackHost("::1"));
  EXPECT_FALSE(IsLoopbackHost("127.0.0.1.nip.io"));
  EXPECT_FALSE(IsLoopbackHost("localhost.vendor.com"));
  EXPECT_TRUE(IsDocumentationHost("api.example.com"));
  EXPECT_TRUE(IsDocumentationHost("server.test"));
  EXPECT_FALSE(IsDocumentationHost("example.io"));
  EXPECT_FALSE(IsDocumentationHost("myexample.com"));
}

TEST(UrlTest, RecognisesHostNameShapes) {
  EXPECT_TRUE(LooksLikeHostName("api.segment.io"));
  EXPECT_TRUE(LooksLikeHostName("images-api.nasa.gov"));
  EXPECT_FALSE(LooksLikeHostName("ZeroTrustGate.IP"));
  EXPECT_FALSE(LooksLikeHostName("Api.Segment.io"));
  EXPECT_FALSE(LooksLikeHostName("localhost"));
  EXPECT_FALSE(LooksLikeHostName("3.11.10"));
  EXPECT_FALSE(LooksLikeHostName("-bad.com"));
  EXPECT_FALSE(LooksLikeHostName("a..com"));
}

TEST(UrlTest, FindsRegistrableDomains) {
  EXPECT_EQ(RegistrableDomain("images-api.nasa.gov"), "nasa.gov");
  EXPECT_EQ(RegistrableDomain("API.EU.Vendor.com."), "vendor.com");
  EXPECT_EQ(RegistrableDomain("vendor.com"), "vendor.com");
  EXPECT_EQ(RegistrableDomain("www.bbc.co.uk"), "bbc.co.uk");
  EXPECT_EQ(RegistrableDomain("api.myapp.herokuapp.com"), "myapp.herokuapp.com");
  EXPECT_EQ(RegistrableDomain("api.brightsky.example.com"), "brightsky.example.com");
  EXPECT_EQ(RegistrableDomain("api.acme-security.example"), "acme-security.example");
  EXPECT_EQ(RegistrableDomain("co.uk"), "co.uk");
  EXPECT_EQ(RegistrableDomain("localhost"), "localhost");
  EXPECT_EQ(RegistrableDomain("10.1.2.3"), "10.1.2.3");
  EXPECT_EQ(RegistrableDomain("::1"), "::1");
}

}  // namespace
}  // namespace packaudit
