// PackJson writes the outbound-host inventory as computed (no recomputation), with stable keys.
#include "reports/pack_json.h"

#include <gtest/gtest.h>

namespace packaudit {
namespace {

TEST(PackJsonTest, WritesTheOutboundHostInventory) {
  PackSummary pack;
  pack.name = "Foo";
  pack.path = "Packs/Foo";
  OutboundHost host;
  host.host = "images-api.nasa.gov";
  host.sources = {HostSource::kYamlDefault, HostSource::kCodeLiteral};
  host.hard_coded = true;
  host.items = {"RandomPhoto"};
  host.occurrences = 3;
  host.locations = {HostLocation{"Packs/Foo/Scripts/RandomPhoto/RandomPhoto.py", 7,
                                 HostSource::kCodeLiteral, 100, 140}};
  pack.outbound_hosts = {host};
  const auto json = PackJson(pack);
  ASSERT_TRUE(json.contains("outbound_hosts"));
  EXPECT_EQ(
      json["outbound_hosts"].dump(),
      R"([{"host":"images-api.nasa.gov","sources":["yaml_default","code_literal"],)"
      R"("derived_from_server_url":false,"hard_coded":true,"disclosed":false,)"
      R"("items":["RandomPhoto"],"occurrences":3,"locations":[{"path":)"
      R"("Packs/Foo/Scripts/RandomPhoto/RandomPhoto.py","line":7,"source":"code_literal"}]}])");
}

TEST(PackJsonTest, EmptyInventoryIsAnEmptyArray) {
  const auto json = PackJson(PackSummary{});
  EXPECT_EQ(json["outbound_hosts"].dump(), "[]");
}

}  // namespace
}  // namespace packaudit
