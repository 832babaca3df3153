#include "walk/classify.h"

#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace packaudit {
namespace {

struct Case {
  const char* path;  // relative to the pack root, or a display path outside any pack
  const char* kind;  // FileKindName
};

// Realistic paths for every FileKind, then the precedence corner cases.
const std::vector<Case> kCases = {
    {"pack_metadata.json", "pack_metadata"},
    {"README.md", "pack_readme"},
    {"ReleaseNotes/1_0_1.md", "release_note"},
    {"ReleaseNotes/1_0_1.json", "release_note_json"},
    {".secrets-ignore", "secrets_ignore"},
    {".pack-ignore", "pack_ignore"},
    {"Author_image.png", "author_image"},
    {"CONTRIBUTORS.json", "contributors"},
    {"Integrations/HelloWorld/HelloWorld.yml", "integration_yaml"},
    {"Integrations/HelloWorld/HelloWorld_unified.yml", "integration_yaml"},
    {"Integrations/integration-HelloWorld.yml", "integration_yaml"},
    {"Integrations/Foo/Foo.yaml", "integration_yaml"},
    {"Scripts/Http/Http.yml", "script_yaml"},
    {"Scripts/script-Http.yml", "script_yaml"},
    {"Playbooks/playbook-Indicator_Enrichment_-_Censys.yml", "playbook_yaml"},
    {"TestPlaybooks/playbook-EclecticIQTest.yml", "test_playbook_yaml"},
    {"TestPlaybooks/NonCircleTests/playbook-Slow.yml", "test_playbook_yaml"},
    {"Integrations/EclecticIQ/EclecticIQ_description.md", "integration_description"},
    {"Integrations/Censys/Censys_image.png", "item_image"},
    {"Integrations/CensysV2/README.md", "item_readme"},
    {"Scripts/Http/README.md", "item_readme"},
    {"Playbooks/playbook-Indicator_Enrichment_-_Censys_README.md", "playbook_readme"},
    {"Integrations/HelloWorld/command_examples", "command_examples"},
    {"Integrations/HelloWorld/command_examples.txt", "command_examples"},
    {"Integrations/HelloWorld/HelloWorld.py", "python"},
    {"Scripts/Tool/Tool.PY", "python"},
    {"Integrations/HelloWorld/HelloWorld_test.py", "python_test"},
    {"Integrations/HelloWorld/test_helpers.py", "python_test"},
    {"Integrations/HelloWorld/conftest.py", "python_test"},
    {"Scripts/Http/Http.js", "javascript"},
    {"Integrations/Exo/Exo.ps1", "powershell"},
    {"Integrations/Exo/ExoHelpers.psm1", "powershell"},
    {"Integrations/Exo/Exo.Tests.ps1", "powershell_test"},
    // A pack's own copy of a platform runtime file; the original script item stays code.
    {"Integrations/Foo/CommonServerPython.py", "vendored_runtime"},
    {"Integrations/Foo/demistomock.py", "vendored_runtime"},
    {"Scripts/Ps/CommonServerPowerShell.ps1", "vendored_runtime"},
    {"CommonServerPython.py", "vendored_runtime"},
    {"Scripts/CommonServerPython/CommonServerPython.py", "python"},
    {"Scripts/CommonServerPowerShell/CommonServerPowerShell.ps1", "powershell"},
    {"Integrations/Foo/MyCommonServerPython.py", "python"},
    {"Integrations/Native/parser.c", "c_source"},
    {"Integrations/Native/parser.h", "c_source"},
    {"Integrations/Native/engine.cc", "cpp_source"},
    {"Integrations/Native/engine.cpp", "cpp_source"},
    {"Integrations/Native/engine.cxx", "cpp_source"},
    {"Integrations/Native/engine.hpp", "cpp_source"},
    {"Integrations/Native/engine.hh", "cpp_source"},
    {"Layouts/layoutscontainer-Hello_World_Alert.json", "content_json"},
    {"IncidentFields/incidentfield-Hello_World_ID.json", "content_json"},
    {"IncidentTypes/incidenttype-Hello_World.json", "content_json"},
    {"IndicatorFields/indicatorfield-Score.json", "content_json"},
    {"IndicatorTypes/reputation-Hash.json", "content_json"},
    {"Classifiers/classifier-mapper-incoming-HelloWorld.json", "content_json"},
    {"Dashboards/dashboard-Censys_SOAR_Dashboard.json", "content_json"},
    {"Widgets/widget-Top.json", "content_json"},
    {"Reports/report-Weekly.json", "content_json"},
    {"Lists/list-Allowed.json", "content_json"},
    {"Jobs/job-Nightly.json", "content_json"},
    {"LayoutRules/HelloWorld_Hello_World_Alert.json", "content_json"},
    {"PreProcessRules/preprocessrule-Dedup.json", "content_json"},
    {"Connections/connection-Main.json", "content_json"},
    {"ModelingRules/Foo/Foo_schema.json", "content_json"},
    {"ParsingRules/Foo/Foo.json", "content_json"},
    {"XSIAMDashboards/Foo/Foo.json", "content_json"},
    {"GenericDefinitions/genericdefinition-Asset.json", "content_json"},
    {"ModelingRules/Foo/Foo.yml", "other_yaml"},
    {".pre-commit-config.yaml", "other_yaml"},
    {"Integrations/Foo/Foo.json", "other_json"},
    {"Config/approved_tags.json", "other_json"},
    {"doc_files/Setup.md", "markdown"},
    {"Integrations/HelloWorld/CHANGELOG.md", "markdown"},
    {"Scripts/Http/Http_description.md", "markdown"},
    {"Layouts/README.md", "markdown"},
    {"Integrations/HelloWorld/test_data/response.json", "test_data"},
    {"Integrations/HelloWorld/test_data/mail.eml", "test_data"},
    {"doc_files/playbook.png", "image"},
    {"doc_files/diagram.SVG", "image"},
    {"doc_files/a.jpg", "image"},
    {"doc_files/a.jpeg", "image"},
    {"doc_files/a.gif", "image"},
    {"doc_files/a.ico", "image"},
    {"doc_files/a.webp", "image"},
    {"Integrations/Foo/Bar.exe", "binary"},
    {"Scripts/Tool/lib.dll", "binary"},
    {"a.so", "binary"},
    {"a.dylib", "binary"},
    {"a.jar", "binary"},
    {"a.class", "binary"},
    {"Integrations/Foo/__x.pyc", "binary"},
    {"a.pyo", "binary"},
    {"dist/pkg-1.0-py3-none-any.whl", "binary"},
    {"a.egg", "binary"},
    {"bundle.zip", "binary"},
    {"a.tar", "binary"},
    {"vendor.tar.gz", "binary"},
    {"a.tgz", "binary"},
    {"a.bz2", "binary"},
    {"a.xz", "binary"},
    {"a.7z", "binary"},
    {"a.rar", "binary"},
    {"firmware.bin", "binary"},
    {"a.o", "binary"},
    {"liba.a", "binary"},
    {"a.deb", "binary"},
    {"a.rpm", "binary"},
    {"setup.msi", "binary"},
    {"Integrations/HelloWorld/Pipfile", "text"},
    {"Integrations/HelloWorld/Pipfile.lock", "text"},
    {"Integrations/HelloWorld/requirements.txt", "text"},
    {"Scripts/run.sh", "text"},
    {"data.csv", "text"},

    // Precedence corner cases (see the comment at the top of classify.cc).
    {"Integrations/Foo/test_data/Foo_test.py", "test_data"},
    {"Integrations/Foo/test_data/sample.yml", "test_data"},
    {"test_data/pack_metadata.json", "test_data"},
    {"Integrations/Foo/test_data/README.md", "test_data"},
    {"Integrations/Foo/test_data/logo.png", "image"},
    {"Integrations/Foo/test_data/archive.zip", "binary"},
    {"Integrations/Foo/test_data/Foo_image.png", "image"},
    {"Integrations/Foo/README.png", "image"},
    {"Integrations/Foo/Foo_image.jpg", "image"},
    {"doc_files/Author_image.png", "author_image"},
    {"Integrations/Foo/README.md", "item_readme"},
    {"Integrations/Foo/sub/README.md", "markdown"},
    {"Integrations/README.md", "markdown"},
    {"Playbooks/README.md", "markdown"},
    {"Playbooks/playbook-X.md", "markdown"},
    {"Playbooks/sub/playbook-X.yml", "other_yaml"},
    {"ReleaseNotes/1_0_1.txt", "text"},
    {"Integrations/Foo/testing.py", "python"},
    {"Integrations/Foo/latest_test.pyx", "text"},
    {"Integrations/Foo/Foo.tests.ps1", "powershell_test"},
    {"Integrations/Foo/Foo_description.txt", "text"},
    {"Integrations/Foo/Foo.PNG", "image"},
    {"Layouts/Foo/layout.yml", "other_yaml"},
    {"Readme.md", "markdown"},
    {"pack_metadata.json.bak", "text"},
    {"", "text"},

    // Display paths outside any pack: pack-root names are still decided by name.
    {"MyPack/pack_metadata.json", "pack_metadata"},
    {"repo/Packs/Foo/Integrations/Foo/Foo.yml", "integration_yaml"},
    {"MyPack/README.md", "markdown"},
};

TEST(ClassifyTest, Table) {
  for (const Case& c : kCases) {
    EXPECT_EQ(FileKindName(ClassifyPath(c.path)), c.kind) << c.path;
  }
}

TEST(ClassifyTest, TableCoversEveryKind) {
  std::set<std::string> covered;
  for (const Case& c : kCases) {
    ASSERT_TRUE(ParseFileKind(c.kind).has_value()) << c.kind;
    covered.insert(c.kind);
  }
  for (int i = 0; i < kFileKindCount; ++i) {
    const std::string name(FileKindName(static_cast<FileKind>(i)));
    EXPECT_EQ(covered.count(name), 1u) << "no case for " << name;
  }
}

TEST(ClassifyTest, PackRootOf) {
  EXPECT_EQ(PackRootOf("Packs/Foo/Integrations/X/X.py"), "Packs/Foo");
  EXPECT_EQ(PackRootOf("a/Packs/Foo/README.md"), "a/Packs/Foo");
  EXPECT_EQ(PackRootOf("Foo/README.md"), "");
  EXPECT_EQ(PackRootOf("Packs/README.md"), "");  // "README.md" is a file, not a pack folder
  EXPECT_EQ(PackRootOf("Packs/Foo"), "");
  EXPECT_EQ(PackRootOf("Packs/Foo/pack_metadata.json"), "Packs/Foo");
  EXPECT_EQ(PackRootOf("Packs/Outer/test_data/Packs/Inner/README.md"),
            "Packs/Outer/test_data/Packs/Inner");
  EXPECT_EQ(PackRootOf("/abs/Packs/Foo/a.py"), "/abs/Packs/Foo");
  EXPECT_EQ(PackRootOf("MyPacks/Foo/a.py"), "");
  EXPECT_EQ(PackRootOf("Packs//Foo/a.py"), "");
  EXPECT_EQ(PackRootOf(""), "");
}

}  // namespace
}  // namespace packaudit
