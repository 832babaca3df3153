#include "cli/outputs.h"

#include <cctype>
#include <filesystem>
#include <fstream>

#include "reports/json_writer.h"
#include "reports/sarif_writer.h"
#include "reports/text_writer.h"

namespace packaudit {
namespace fs = std::filesystem;

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
  if (!args.html.empty()) return Status::Error("--html is not available yet");
  if (!args.markdown.empty()) return Status::Error("--markdown is not available yet");
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
