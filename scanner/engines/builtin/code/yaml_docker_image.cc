// CODE014 (Python 2) and CODE015 (docker image problems) over integrations and scripts.
//
// CODE014: `subtype: python2`, or a `dockerimage` from a Python 2 repository (demisto/python and
// demisto/python-deb hold only Python 2 images; Python 3 lives in demisto/python3).
// CODE015: a Python or PowerShell item (JavaScript runs without docker) whose `dockerimage` is
// missing, has no tag or the `latest` tag, is not under demisto/ or demistoextended/, or is a
// repository listed in rules/data/deprecated-docker-images.txt. One finding per item, naming
// every problem. Whether a tag is the newest one cannot be known offline and is not checked.
#include <algorithm>
#include <string>
#include <vector>

#include "engines/builtin/code/checks_yaml.h"
#include "model/item_yaml.h"
#include "rules/data_file.h"

namespace packaudit {
namespace {

constexpr std::string_view kDeprecatedImagesFile = "data/deprecated-docker-images.txt";

bool IsPython2Repository(std::string_view repository) {
  return repository == "demisto/python" || repository == "demisto/python-deb";
}

const std::vector<std::string>& DeprecatedImages() {
  static const std::vector<std::string> kImages = [] {
    const auto text = EmbeddedRuleData(kDeprecatedImagesFile);
    return text ? DataLines(*text) : std::vector<std::string>{};
  }();
  return kImages;
}

bool IsCodeItem(const Item& item) {
  return (item.type == ItemType::kIntegration || item.type == ItemType::kScript) &&
         ScriptSettings(item) != nullptr;
}

std::string JoinProblems(const std::vector<std::string>& problems) {
  std::string out;
  for (const std::string& p : problems) out += (out.empty() ? "" : "; ") + p;
  return out;
}

}  // namespace

void CheckPython2(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                  Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (!IsCodeItem(item)) continue;
    const DocNode& settings = *ScriptSettings(item);
    if (TextOf(settings, "subtype") == "python2") {
      EmitAtNode(rule, *item.yaml, settings.Get("subtype"), {{"what", "subtype: python2"}},
                 "subtype: python2", emitter);
    }
    const std::string image(TextOf(settings, "dockerimage"));
    if (!image.empty() && IsPython2Repository(ParseDockerImage(image).repository)) {
      EmitAtNode(rule, *item.yaml, settings.Get("dockerimage"),
                 {{"what", "the Python 2 image " + image}}, image, emitter);
    }
  }
}

void CheckDockerImage(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                      Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (!IsCodeItem(item)) continue;
    const std::string_view language = ItemLanguage(item);
    if (language != "python" && language != "powershell") continue;
    const DocNode& settings = *ScriptSettings(item);
    const std::string image(TextOf(settings, "dockerimage"));
    if (image.empty()) {
      const DocNode* anchor = settings.Get("dockerimage");
      if (anchor == nullptr) anchor = settings.Get("type");
      EmitAtNode(rule, *item.yaml, anchor,
                 {{"image", "(none)"}, {"problems", "no dockerimage is set"}}, "dockerimage",
                 emitter);
      continue;
    }
    const DockerImageRef ref = ParseDockerImage(image);
    std::vector<std::string> problems;
    if (ref.repository.rfind("demisto/", 0) != 0 &&
        ref.repository.rfind("demistoextended/", 0) != 0) {
      problems.push_back("not an image of the trusted demisto/ or demistoextended/ organisations");
    }
    if (ref.tag.empty() || ref.tag == "latest") {
      problems.push_back("the tag must be a fixed version, not latest or empty");
    }
    // Missing, floating and untrusted images are errors; a deprecated one alone is a warning.
    const bool blocking = !problems.empty();
    const auto& deprecated = DeprecatedImages();
    if (std::find(deprecated.begin(), deprecated.end(), ref.repository) != deprecated.end()) {
      problems.push_back("the image is deprecated");
    }
    if (problems.empty()) continue;
    Finding& finding = EmitAtNode(rule, *item.yaml, settings.Get("dockerimage"),
                                  {{"image", image}, {"problems", JoinProblems(problems)}}, image,
                                  emitter);
    if (!blocking) finding.severity = Severity::kWarning;
  }
}

}  // namespace packaudit
