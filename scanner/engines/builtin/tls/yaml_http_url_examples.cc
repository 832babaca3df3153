// TLS008: the setup texts give an http:// example for the server URL, which users then copy.
// Where it looks:
//   - integration params: the `display` and `additionalinfo` texts. An http:// URL there counts
//     when the param is about an address (its name or display says url, server, host, endpoint or
//     address) or the text itself does;
//   - setup docs: the integration description (`<Name>_description.md`, or `detaileddescription`
//     in unified YAML), and the configuration sections of the item and pack READMEs (under a
//     heading that says configure, setup, instance, authentication, prerequisites, parameters or
//     getting started). In docs an http:// URL counts when its line is about an address (url,
//     server, host, endpoint, address outside the URL itself).
// Never counted: URLs in fenced code blocks (command examples, outputs and indicators such as
// `!url url=http://...` are not the server URL), markdown link destinations (`[text](http://...)`
// points the reader somewhere; it is not an example to type), `http://` with no host (texts that
// say "http:// is not supported"), loopback hosts and XML namespace/schema URIs.
#include <algorithm>
#include <array>
#include <string>

#include "engines/builtin/tls/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

constexpr std::array<std::string_view, 5> kAddressWords = {"url", "server", "host", "endpoint",
                                                           "address"};
constexpr std::array<std::string_view, 8> kSetupHeadingWords = {
    "configur",    "setup",        "set up",     "instance",
    "authenticat", "prerequisite", "parameters", "getting started"};
constexpr std::array<std::string_view, 4> kNamespaceHosts = {"w3.org", "schemas.xmlsoap.org",
                                                             "schemas.microsoft.com", "purl.org"};

template <size_t N>
bool ContainsAny(std::string_view lower_text, const std::array<std::string_view, N>& words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
    return lower_text.find(w) != std::string_view::npos;
  });
}

// One http:// URL found in a text: its byte range within the text.
struct UrlSpan {
  size_t begin = 0;
  size_t end = 0;
};

bool EndsUrl(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ')' || c == '>' || c == ']' ||
         c == '"' || c == '\'' || c == '`' || c == '|' || c == ',';
}

// The http:// URLs of `line` that are examples (see the file comment), in order.
std::vector<UrlSpan> HttpExamples(std::string_view line) {
  std::vector<UrlSpan> spans;
  const std::string lower = tls_yaml::Lower(line);
  for (size_t at = lower.find("http://"); at != std::string::npos;
       at = lower.find("http://", at + 7)) {
    size_t end = at + 7;
    while (end < line.size() && !EndsUrl(line[end])) ++end;
    while (end > at + 7 && (line[end - 1] == '.' || line[end - 1] == ';' || line[end - 1] == ':')) {
      --end;
    }
    if (at >= 2 && line.substr(at - 2, 2) == "](") continue;  // a link destination
    if (at >= 6 && lower.substr(at - 6, 6) == "href=\"") continue;
    std::string host;
    tls_yaml::UrlHost(line.substr(at, end - at), "http", &host);
    if (host.empty() || tls_yaml::IsLoopbackHost(host)) continue;
    if (ContainsAny(host, kNamespaceHosts)) continue;
    spans.push_back({at, end});
  }
  return spans;
}

// Whether `line` without its URLs speaks of an address.
bool SpeaksOfAddress(std::string_view line, const std::vector<UrlSpan>& spans) {
  std::string rest = tls_yaml::Lower(line);
  for (const UrlSpan& span : spans) {
    std::fill(rest.begin() + static_cast<long>(span.begin),
              rest.begin() + static_cast<long>(span.end), ' ');
  }
  return ContainsAny(std::string_view(rest), kAddressWords);
}

class ExampleFinder {
 public:
  ExampleFinder(const RuleSpec& rule, const SourceFile& file, Emitter& emitter)
      : rule_(rule), file_(file), emitter_(emitter) {}

  // Bytes [begin, end) of the file as one text (a YAML scalar). `about_address`: the context
  // already says the text is about an address.
  void ScanText(size_t begin, size_t end, bool about_address) {
    ForEachLine(begin, end, [&](size_t line_begin, std::string_view line) {
      EmitExamples(line_begin, line, about_address);
    });
  }

  // Bytes [begin, end) as Markdown. `setup_only`: only lines in setup sections count.
  void ScanDoc(size_t begin, size_t end, bool setup_only) {
    bool in_code = false;
    bool in_setup = !setup_only;
    int setup_level = 0;
    ForEachLine(begin, end, [&](size_t line_begin, std::string_view line) {
      const std::string_view trimmed = tls_yaml::Trim(line);
      if (trimmed.substr(0, 3) == "```" || trimmed.substr(0, 3) == "~~~") {
        in_code = !in_code;
        return;
      }
      if (in_code) return;
      if (setup_only && !trimmed.empty() && trimmed.front() == '#') {
        const int level =
            static_cast<int>(std::min(trimmed.find_first_not_of('#'), trimmed.size()));
        if (ContainsAny(std::string_view(tls_yaml::Lower(trimmed)), kSetupHeadingWords)) {
          in_setup = true;
          setup_level = level;
        } else if (in_setup && level <= setup_level) {
          in_setup = false;
        }
        return;
      }
      if (in_setup) EmitExamples(line_begin, line, false);
    });
  }

 private:
  template <typename Fn>
  void ForEachLine(size_t begin, size_t end, Fn fn) {
    const std::string_view text = file_.text();
    end = std::min(end, text.size());
    size_t start = begin;
    while (start < end) {
      size_t stop = text.find('\n', start);
      if (stop == std::string_view::npos || stop > end) stop = end;
      fn(start, text.substr(start, stop - start));
      start = stop + 1;
    }
  }

  void EmitExamples(size_t line_begin, std::string_view line, bool about_address) {
    const std::vector<UrlSpan> spans = HttpExamples(line);
    if (spans.empty() || !(about_address || SpeaksOfAddress(line, spans))) return;
    for (const UrlSpan& span : spans) {
      const std::string url(line.substr(span.begin, span.end - span.begin));
      emitter_.AtBytes(rule_, file_, line_begin + span.begin, line_begin + span.end, {{"url", url}},
                       url);
    }
  }

  const RuleSpec& rule_;
  const SourceFile& file_;
  Emitter& emitter_;
};

bool ParamIsAddress(const DocNode& param) {
  const std::string text = tls_yaml::Lower(std::string(TextOf(param, "name")) + " " +
                                           std::string(TextOf(param, "display")));
  return ContainsAny(std::string_view(text), kAddressWords);
}

void ScanItemYaml(const RuleSpec& rule, const Item& item, Emitter& emitter) {
  const SourceFile& file = *item.yaml->source;
  ExampleFinder finder(rule, file, emitter);
  for (const DocNode* param : Params(item)) {
    const bool address = ParamIsAddress(*param);
    for (std::string_view key : {"display", "additionalinfo"}) {
      const DocNode* text = param->Get(key);
      if (text == nullptr || !text->IsScalar()) continue;
      finder.ScanText(file.OffsetOf(text->position), file.OffsetOf(text->end), address);
    }
  }
  if (item.type != ItemType::kIntegration) return;
  const DocNode* description = ItemDoc(item)->Get("detaileddescription");
  if (description != nullptr && description->IsScalar()) {
    finder.ScanDoc(file.OffsetOf(description->position), file.OffsetOf(description->end), false);
  }
}

}  // namespace

void CheckHttpUrlExamples(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                          Emitter& emitter) {
  for (const Item& item : ItemYamlViews(pack)) ScanItemYaml(rule, item, emitter);
  for (const ParsedFile* file : pack.files) {
    const bool description = file->kind == FileKind::kIntegrationDescription;
    const bool readme = file->kind == FileKind::kItemReadme || file->kind == FileKind::kPackReadme;
    if ((!description && !readme) || file->source == nullptr) continue;
    ExampleFinder finder(rule, *file->source, emitter);
    finder.ScanDoc(0, file->source->size(), readme);
  }
}

}  // namespace packaudit
