// SEC012: XML parsed with the standard library parsers (xml.etree, cElementTree, minidom,
// pulldom, sax, expat) rather than defusedxml, in Python code units. Only parsing calls count:
// building XML (Element, SubElement, tostring) is safe, and so is parsing a string literal.
// Names are resolved through the unit's imports (`import xml.etree.ElementTree as ET`).
#include <string>

#include "engines/builtin/security/checks_code.h"
#include "engines/builtin/security/code_support.h"

namespace packaudit {
namespace {

using namespace sec_code;  // NOLINT(build/namespaces): the family's helper namespace

bool IsXmlParser(const std::string& callee) {
  static const char* const kModules[] = {"xml.etree.ElementTree.",
                                         "xml.etree.cElementTree.",
                                         "xml.dom.minidom.",
                                         "xml.dom.pulldom.",
                                         "xml.sax.",
                                         "xml.dom.expatbuilder.",
                                         "xml.parsers.expat.",
                                         "xml.sax.expatreader."};
  static const char* const kFunctions[] = {
      "parse",         "iterparse",   "fromstring",  "fromstringlist", "XML",           "XMLParser",
      "XMLPullParser", "parseString", "make_parser", "ParserCreate",   "create_parser", "XMLID"};
  for (const char* module : kModules) {
    const std::string prefix(module);
    if (callee.rfind(prefix, 0) != 0) continue;
    const std::string rest = callee.substr(prefix.size());
    for (const char* function : kFunctions) {
      if (rest == function) return true;
    }
  }
  return false;
}

}  // namespace

void CheckUnsafeXmlParsing(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || unit.tree->language() != Language::kPython ||
      tree_checks::IsVendoredRuntimeFile(unit)) {
    return;
  }
  const PyImports imports = CollectPyImports(unit);
  Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "call")) return true;
    std::string callee = PyCallee(unit, imports, node);
    if (!IsXmlParser(callee)) {
      // `from xml.etree.ElementTree import *` then a bare fromstring(...).
      bool star = false;
      for (const std::string& module : imports.star_modules) {
        if (callee.find('.') == std::string::npos && IsXmlParser(module + "." + callee)) {
          callee = module + "." + callee;
          star = true;
          break;
        }
      }
      if (!star) return true;
    }
    const std::vector<TSNode> positional = PyPositionalArgs(node);
    if (!positional.empty() && TypeIs(positional[0], "string") && PyIsConstant(positional[0])) {
      return true;
    }
    tree_checks::EmitAt(rule, unit, node, MessageArgs{{"fn", callee}}, callee, emitter);
    return true;
  });
}

}  // namespace packaudit
