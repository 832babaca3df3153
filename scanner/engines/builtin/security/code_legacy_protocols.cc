// SEC019: cleartext legacy protocol clients in Python code units: telnetlib clients, ftplib.FTP
// (FTP_TLS is fine), SNMP v1/v2c (pysnmp CommunityData) and weak SNMPv3 (UsmUserData without a
// privacy key, or with MD5, DES or "no auth/priv" protocols). Names are resolved through the
// unit's imports; pysnmp names also match when imported with `*`.
#include <string>

#include "engines/builtin/security/checks_code.h"
#include "engines/builtin/security/code_support.h"

namespace packaudit {
namespace {

using namespace sec_code;  // NOLINT(build/namespaces): the family's helper namespace

std::string LastPart(const std::string& name) {
  const size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(dot + 1);
}

// A pysnmp name: resolved into pysnmp, or a bare name (pysnmp is usually star-imported).
bool IsPysnmp(const std::string& callee, std::string_view name) {
  if (LastPart(callee) != name) return false;
  return callee == name || callee.rfind("pysnmp.", 0) == 0;
}

std::string WeakSnmpV3(const FileUnit& unit, TSNode call) {
  const std::vector<TSNode> positional = PyPositionalArgs(call);
  const TSNode auth = PyKeywordArg(unit, call, "authProtocol");
  const TSNode priv = PyKeywordArg(unit, call, "privProtocol");
  const std::string auth_text = ts_node_is_null(auth) ? "" : std::string(Text(unit, auth));
  const std::string priv_text = ts_node_is_null(priv) ? "" : std::string(Text(unit, priv));
  if (auth_text.find("NoAuth") != std::string::npos) return "SNMPv3 without authentication";
  if (priv_text.find("NoPriv") != std::string::npos ||
      (positional.size() < 3 && ts_node_is_null(PyKeywordArg(unit, call, "privKey")) &&
       !PyHasSplat(call))) {
    return "SNMPv3 without privacy: the traffic is not encrypted";
  }
  if (auth_text.find("MD5") != std::string::npos) return "SNMPv3 with MD5 authentication";
  if (priv_text.find("DES") != std::string::npos) return "SNMPv3 with DES encryption";
  return "";
}

}  // namespace

void CheckLegacyProtocols(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || unit.tree->language() != Language::kPython ||
      tree_checks::IsVendoredRuntimeFile(unit)) {
    return;
  }
  const PyImports imports = CollectPyImports(unit);
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "call")) return true;
    const std::string callee = PyCallee(unit, imports, node);
    std::string what;
    if (PyCalleeIn(unit, imports, node, {"telnetlib.Telnet", "telnetlib3.open_connection"})) {
      what = "Telnet sends credentials and data in cleartext";
    } else if (PyCalleeIn(unit, imports, node, {"ftplib.FTP"})) {
      what = "FTP sends credentials and files in cleartext (use ftplib.FTP_TLS or SFTP)";
    } else if (IsPysnmp(callee, "CommunityData")) {
      what = "SNMP v1/v2c sends the community string in cleartext";
    } else if (IsPysnmp(callee, "UsmUserData")) {
      what = WeakSnmpV3(unit, node);
    }
    if (what.empty()) return true;
    tree_checks::EmitAt(rule, unit, node, MessageArgs{{"fn", callee}, {"detail", what}}, callee,
                        emitter);
    return true;
  });
}

}  // namespace packaudit
