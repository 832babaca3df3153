// The builtin checks of area "tls" declared in checks_yaml.h, by the name their TOML files use.
#include <array>

#include "engines/builtin/tls/checks_code.h"
#include "engines/builtin/tls/checks_yaml.h"

namespace packaudit {

std::span<const BuiltinEntry> TlsYamlBuiltins() {
  static constexpr std::array<BuiltinEntry, 6> kChecks = {{
      {"tls_http_param_defaults", &CheckHttpParamDefaults, nullptr},
      {"tls_insecure_params", &CheckInsecureParams, nullptr},
      {"tls_insecure_arguments", &CheckInsecureArguments, nullptr},
      {"tls_http_url_examples", &CheckHttpUrlExamples, nullptr},
      // TLS009: the YAML part runs per pack, the code part per code unit.
      {"tls_plain_transport_defaults", &CheckPlainTransportDefaults, &CheckCleartextTransport},
      {"tls_listener_certificates", &CheckListenerCertificates, nullptr},
  }};
  return kChecks;
}

}  // namespace packaudit
