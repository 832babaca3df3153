// BuildOutboundInventory over small in-memory packs: sources, derived and disclosed flags,
// exclusions (comments, docstrings, messages, tests, placeholders, namespaces, platform) and
// deterministic order.
#include "model/outbound_hosts.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "walk/classify.h"

namespace packaudit {
namespace {

class InventoryTest : public ::testing::Test {
 protected:
  void Add(const std::string& path_in_pack, const std::string& text) {
    auto source = std::make_unique<SourceFile>("Packs/Demo/" + path_in_pack, text);
    files_.push_back(
        std::make_unique<ParsedFile>(ParseFile(std::move(source), ClassifyPath(path_in_pack))));
  }

  std::vector<OutboundHost> Build(size_t max_locations = kDefaultMaxHostLocations) {
    std::vector<const ParsedFile*> parsed;
    for (const auto& f : files_) parsed.push_back(f.get());
    packs_ = BuildPacks(parsed, {"Packs/Demo"}, "");
    EXPECT_EQ(packs_.size(), 1u);
    return packs_.empty() ? std::vector<OutboundHost>{}
                          : BuildOutboundInventory(packs_[0], max_locations);
  }

  static const OutboundHost* Find(const std::vector<OutboundHost>& inventory,
                                  const std::string& host) {
    for (const OutboundHost& h : inventory) {
      if (h.host == host) return &h;
    }
    return nullptr;
  }

  static std::vector<std::string> Hosts(const std::vector<OutboundHost>& inventory) {
    std::vector<std::string> out;
    for (const OutboundHost& h : inventory) out.push_back(h.host);
    return out;
  }

  void AddIntegration(const std::string& code) {
    Add("pack_metadata.json", R"({"name": "Demo", "support": "community"})");
    Add("Integrations/Demo/Demo.yml",
        "commonfields:\n"
        "  id: Demo\n"
        "name: Demo\n"
        "description: Talks to the Demo service.\n"
        "configuration:\n"
        "- name: url\n"
        "  display: Server URL\n"
        "  defaultvalue: https://api.demo-vendor.com\n"
        "  type: 0\n"
        "- name: feed_source\n"
        "  display: Mirror\n"
        "  defaultvalue: https://mirror.feeds.org/list.txt\n"
        "  type: 0\n"
        "script:\n"
        "  type: python\n"
        "  script: ''\n"
        "  commands:\n"
        "  - name: demo-get\n"
        "    arguments:\n"
        "    - name: page\n"
        "      defaultValue: https://pages.demo-vendor.com/start\n");
    Add("Integrations/Demo/Demo.py", code);
  }

  std::vector<std::unique_ptr<ParsedFile>> files_;
  std::vector<Pack> packs_;
};

TEST_F(InventoryTest, ListsYamlDefaultsAndCodeLiterals) {
  AddIntegration(
      "import requests\n"
      "# https://commented.tracker.io/ never counts\n"
      "NASA = 'https://images-api.nasa.gov/search?q=moon'\n"
      "def main():\n"
      "    requests.get(NASA)\n"
      "    requests.get('https://images-api.nasa.gov/asset')\n");
  const auto inventory = Build();
  EXPECT_EQ(Hosts(inventory),
            (std::vector<std::string>{"api.demo-vendor.com", "images-api.nasa.gov",
                                      "mirror.feeds.org", "pages.demo-vendor.com"}));

  const OutboundHost* server = Find(inventory, "api.demo-vendor.com");
  ASSERT_NE(server, nullptr);
  EXPECT_EQ(server->sources, std::vector<HostSource>{HostSource::kUrlParamDefault});
  EXPECT_TRUE(server->derived_from_server_url);
  EXPECT_FALSE(server->hard_coded);
  ASSERT_EQ(server->locations.size(), 1u);
  EXPECT_EQ(server->locations[0].path, "Packs/Demo/Integrations/Demo/Demo.yml");
  EXPECT_EQ(server->locations[0].line, 8);
  EXPECT_EQ(server->items, std::vector<std::string>{"Demo"});

  const OutboundHost* mirror = Find(inventory, "mirror.feeds.org");
  ASSERT_NE(mirror, nullptr);
  EXPECT_EQ(mirror->sources, std::vector<HostSource>{HostSource::kYamlDefault});
  EXPECT_FALSE(mirror->derived_from_server_url);
  EXPECT_FALSE(mirror->hard_coded);

  const OutboundHost* nasa = Find(inventory, "images-api.nasa.gov");
  ASSERT_NE(nasa, nullptr);
  EXPECT_EQ(nasa->sources, std::vector<HostSource>{HostSource::kCodeLiteral});
  EXPECT_TRUE(nasa->hard_coded);
  EXPECT_FALSE(nasa->derived_from_server_url);
  EXPECT_FALSE(nasa->disclosed);
  EXPECT_EQ(nasa->occurrences, 2u);
  ASSERT_EQ(nasa->locations.size(), 1u);  // first per file and source
  EXPECT_EQ(nasa->locations[0].line, 3);
  EXPECT_EQ(HostSourceName(nasa->sources[0]), "code_literal");
}

TEST_F(InventoryTest, ServerParamFallbacksAndTheServerHostAreDerived) {
  AddIntegration(
      "def main():\n"
      "    params = demisto.params()\n"
      "    base = params.get('url', 'https://fallback.demo-cloud.io')\n"
      "    other = params.get('server_url') or 'https://other.demo-cloud.io'\n"
      "    again = 'https://api.demo-vendor.com/v2'\n"
      "    plain = params.get('proxy', 'https://proxy.demo-cloud.io')\n"
      "    path = params['url'] + '/api/v1'\n");
  const auto inventory = Build();
  for (const char* host : {"fallback.demo-cloud.io", "other.demo-cloud.io"}) {
    const OutboundHost* h = Find(inventory, host);
    ASSERT_NE(h, nullptr) << host;
    EXPECT_TRUE(h->derived_from_server_url) << host;
    EXPECT_TRUE(h->hard_coded) << host;
  }
  const OutboundHost* again = Find(inventory, "api.demo-vendor.com");
  ASSERT_NE(again, nullptr);
  EXPECT_TRUE(again->derived_from_server_url);
  EXPECT_EQ(again->sources,
            (std::vector<HostSource>{HostSource::kUrlParamDefault, HostSource::kCodeLiteral}));
  const OutboundHost* proxy = Find(inventory, "proxy.demo-cloud.io");
  ASSERT_NE(proxy, nullptr);
  EXPECT_FALSE(proxy->derived_from_server_url);
}

TEST_F(InventoryTest, DisclosedByHostOrRegistrableDomainInTheDocs) {
  AddIntegration(
      "A = 'https://images-api.nasa.gov/search'\n"
      "B = 'https://auth.demo-vendor.com/token'\n"
      "C = 'https://hidden.elsewhere.net/x'\n"
      "D = 'https://cdn.notnasa.gov/x'\n");
  Add("README.md", "# Demo\n\nPhotos come from NASA's image library at nasa.gov.\n");
  Add("Integrations/Demo/README.md", "Sign-in goes to `demo-vendor.com`.\n");
  const auto inventory = Build();
  EXPECT_TRUE(Find(inventory, "images-api.nasa.gov")->disclosed);
  EXPECT_TRUE(Find(inventory, "auth.demo-vendor.com")->disclosed);
  EXPECT_FALSE(Find(inventory, "hidden.elsewhere.net")->disclosed);
  EXPECT_FALSE(Find(inventory, "cdn.notnasa.gov")->disclosed);
}

TEST_F(InventoryTest, TopLevelUnifiedYamlIsDisclosedByItsReadmeBesideIt) {
  Add("pack_metadata.json", R"({"name": "Demo"})");
  Add("Integrations/integration-Feed.yml",
      "commonfields:\n"
      "  id: Feed\n"
      "name: Feed\n"
      "script:\n"
      "  type: python\n"
      "  script: |-\n"
      "    URL = 'https://feed.vendor-feeds.io/list'\n");
  Add("Integrations/integration-Feed_README.md", "Reads https://feed.vendor-feeds.io/list.\n");
  const auto inventory = Build();
  ASSERT_EQ(Hosts(inventory), std::vector<std::string>{"feed.vendor-feeds.io"});
  EXPECT_TRUE(inventory[0].disclosed);
  EXPECT_EQ(inventory[0].locations[0].line, 7);
}

TEST_F(InventoryTest, LeavesOutWhatIsNotAnOutboundRequest) {
  AddIntegration(
      "NS = {'soap': 'http://schemas.xmlsoap.org/soap/envelope/', 'x': "
      "'http://www.w3.org/2001/XMLSchema'}\n"
      "def f():\n"
      "    \"\"\"Calls https://docstring.vendor.io/api for data.\"\"\"\n"
      "    return_error('See https://message.vendor.io/help for details')\n"
      "    local = 'http://localhost:8080/x'\n"
      "    lan = 'http://192.168.1.10/api'\n"
      "    doc = 'https://example.com/path'\n"
      "    docs = 'https://xsoar.pan.dev/docs/integrations'\n"
      "    site = 'https://www.paloaltonetworks.com/cortex'\n"
      "    hole = f'https://{region}.vendor.io/api'\n"
      "    tld = f'https://api.vendor.{tld}'\n"
      "    context = 'Vendor.Host'\n"
      "    bare = 'images-api.nasa.gov'\n");
  Add("Integrations/Demo/Demo_test.py", "URL = 'https://tests-only.vendor.io/x'\n");
  const auto inventory = Build();
  EXPECT_EQ(Hosts(inventory), (std::vector<std::string>{"api.demo-vendor.com", "mirror.feeds.org",
                                                        "pages.demo-vendor.com"}));
}

TEST_F(InventoryTest, CodeEmbeddedInUnifiedYamlHasRealFileLines) {
  Add("pack_metadata.json", R"({"name": "Demo"})");
  Add("Scripts/script-Photo.yml",
      "commonfields:\n"
      "  id: Photo\n"
      "name: Photo\n"
      "type: python\n"
      "script: |-\n"
      "  # https://in-a-comment.vendor.io/\n"
      "  res = requests.get('https://images-api.nasa.gov/search')\n");
  const auto inventory = Build();
  ASSERT_EQ(Hosts(inventory), std::vector<std::string>{"images-api.nasa.gov"});
  ASSERT_EQ(inventory[0].locations.size(), 1u);
  EXPECT_EQ(inventory[0].locations[0].path, "Packs/Demo/Scripts/script-Photo.yml");
  EXPECT_EQ(inventory[0].locations[0].line, 7);
  EXPECT_EQ(inventory[0].items, std::vector<std::string>{"script-Photo"});
}

TEST_F(InventoryTest, CapsLocationsButCountsEveryOccurrence) {
  Add("pack_metadata.json", R"({"name": "Demo"})");
  for (int i = 0; i < 4; ++i) {
    Add("Scripts/S" + std::to_string(i) + "/S" + std::to_string(i) + ".py",
        "A = 'https://api.vendor.io/a'\nB = 'https://api.vendor.io/b'\n");
  }
  const auto capped = Build(2);
  ASSERT_EQ(capped.size(), 1u);
  EXPECT_EQ(capped[0].occurrences, 8u);
  ASSERT_EQ(capped[0].locations.size(), 2u);
  EXPECT_EQ(capped[0].locations[0].path, "Packs/Demo/Scripts/S0/S0.py");
  EXPECT_EQ(capped[0].locations[1].path, "Packs/Demo/Scripts/S1/S1.py");
}

TEST(OutboundHostsTest, IgnoredHosts) {
  for (const char* host :
       {"localhost", "127.0.0.1", "10.2.3.4", "172.20.0.1", "192.168.0.1", "169.254.169.254",
        "example.com", "www.example.org", "server.test", "www.w3.org", "schemas.xmlsoap.org",
        "xsoar.pan.dev", "www.paloaltonetworks.com"}) {
    EXPECT_TRUE(IsIgnoredOutboundHost(host)) << host;
  }
  for (const char* host : {"api.vendor.example.com", "api.acme.example", "8.8.8.8", "172.32.0.1",
                           "images-api.nasa.gov", "notw3.org"}) {
    EXPECT_FALSE(IsIgnoredOutboundHost(host)) << host;
  }
}

}  // namespace
}  // namespace packaudit
