// Uses headers that are not installed and names the compiler cannot resolve: the findings after
// the broken part must still be reported with the right lines.
#include <vendor/sdk.hpp>
#include <missing/other.h>

namespace vendor {

class Buffer {
 public:
  void strcpy(const char *text);  // a member named like the C function
};

int Upload(VendorSession &session, const std::string &path) {
  UnknownType value = session.Open(path);  // does not resolve
  char line[128];
  // ruleid: SEC024
  strcpy(line, path.c_str());
  // ruleid: SEC010
  return system(session.Command().c_str());
}

void UseMember(Buffer &buffer, const char *text) {
  // ok: SEC024
  buffer.strcpy(text);
}

void Legacy(const char *name) {
  char out[32];
  // ruleid: SEC024
  sprintf(out, "%s", name);
  // ruleid: TLS001
  const char *endpoint = "http://api.vendor-legacy.com/upload";
  // ok: TLS001
  const char *schema = "http://www.w3.org/2001/XMLSchema";
  (void)endpoint;
  (void)schema;
}

}  // namespace vendor
