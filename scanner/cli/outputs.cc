#include "cli/outputs.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "reports/html_writer.h"
#include "reports/json_writer.h"
#include "reports/markdown_writer.h"
#include "reports/sarif_writer.h"
#include "reports/text_writer.h"

namespace packaudit {
namespace fs = std::filesystem;

namespace {

// The Markdown summary's link base: --markdown-link-base, else the GitHub Actions blob URL of
// the commit when GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA are all set, else "".
std::string MarkdownLinkBase(const ScanArgs& args) {
  if (!args.markdown_link_base.empty()) return args.markdown_link_base;
  const char* server = std::getenv("GITHUB_SERVER_URL");
  const char* repository = std::getenv("GITHUB_REPOSITORY");
  const char* sha = std::getenv("GITHUB_SHA");
  if (!server || !*server || !repository || !*repository || !sha || !*sha) return "";
  std::string base = server;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/" + repository + "/blob/" + sha + "/";
}

}  // namespace

std::string AutomationId(const std::vector<std::string>& scope) {
  std::string category;
  for (const auto& s : scope) {
    if (!category.empty()) category += "+";
    for (char c : s) {
      const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ||
                      c == '.' || c == '/';
      category += ok ? c : '_';
    }
  }
  while (!category.empty() && category.back() == '/') category.pop_back();
  if (category.empty() || category == ".") category = "root";
  return "packaudit/" + category + "/";
}

Status WriteFile(const std::string& path, const std::string& content) {
  std::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::Error("cannot write " + path);
  out << content;
  out.close();
  if (!out) return Status::Error("cannot write " + path);
  return Status::Ok();
}

Status WriteOutputs(const ScanArgs& args, const ScanResult& result, const GateSummary& gate,
                    std::ostream& out) {
  SarifOptions sarif_options;
  sarif_options.automation_id = AutomationId(result.scope);
  sarif_options.exit_code = gate.exit_code;
  if (!args.sarif.empty()) {
    if (Status s = WriteFile(args.sarif, RenderSarif(result, sarif_options)); !s.ok()) return s;
  }
  if (!args.github_sarif.empty()) {
    SarifOptions github = sarif_options;
    github.github = true;
    if (Status s = WriteFile(args.github_sarif, RenderSarif(result, github)); !s.ok()) return s;
  }
  if (!args.html.empty()) {
    HtmlOptions html;
    html.fail_on = gate.fail_on;
    html.gate_count = gate.count;
    html.exit_code = gate.exit_code;
    if (Status s = WriteFile(args.html, RenderHtml(result, html)); !s.ok()) return s;
  }
  if (!args.markdown.empty()) {
    MarkdownOptions markdown;
    markdown.fail_on = gate.fail_on;
    markdown.gate_failed = gate.exit_code != 0;
    markdown.gate_count = gate.count;
    markdown.link_base = MarkdownLinkBase(args);
    if (Status s = WriteFile(args.markdown, RenderMarkdown(result, markdown)); !s.ok()) return s;
  }
  if (args.format == "json") {
    out << RenderJson(result, gate.exit_code);
  } else if (args.format == "sarif") {
    out << RenderSarif(result, sarif_options);
  } else {
    TextOptions text;
    text.fail_on = gate.fail_on;
    text.gate_failed = gate.exit_code != 0;
    text.gate_count = gate.count;
    out << RenderText(result, text);
  }
  out.flush();
  return Status::Ok();
}

}  // namespace packaudit
