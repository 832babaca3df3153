// Phone numbers in shipped text (PRIV011): written in international form ("+44 20 7946 1234") or
// after a phone label ("Phone: (415) 867-5309", "mobilePhone": "4158675309"). Numbers that are
// fictional or not personal are left out: the NANP 555 range (area code or exchange 555, the
// range film and documentation use), toll-free NANP numbers (800, 833, 844, 855, 866, 877,
// 888: always a company line), the UK drama ranges, and placeholders whose number or last seven
// digits are one repeated digit or a counting run ("+7 (900) 000-00-00", "+81-90-1234-5678") or
// use two digits or fewer ("050505050").
// Dates, IP addresses, versions and hashes do not match: an unlabelled number needs a leading '+'
// after a separator. Stateless and thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_DOCS_PHONE_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_DOCS_PHONE_H_

#include <string>
#include <string_view>
#include <vector>

namespace packaudit {
namespace privacy_docs {

struct PhoneMatch {
  size_t begin = 0;  // byte range of the number in the text
  size_t end = 0;
  std::string digits;  // the digits only (no '+', no separators)
};

// Every real-looking phone number of `text`, in order.
std::vector<PhoneMatch> FindPhoneNumbers(std::string_view text);

}  // namespace privacy_docs
}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_DOCS_PHONE_H_
