// Version: a pack version "x.y.z" (also parsed from release-note names "x_y_z").
#ifndef PACKAUDIT_MODEL_VERSION_H_
#define PACKAUDIT_MODEL_VERSION_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace packaudit {

struct Version {
  int major = 0;
  int minor = 0;
  int patch = 0;

  // Exactly three non-negative integers separated by `separator` ('.' or '_'); else nullopt.
  static std::optional<Version> Parse(std::string_view text, char separator = '.');
  std::string ToString() const;
  friend auto operator<=>(const Version&, const Version&) = default;
};

}  // namespace packaudit

#endif  // PACKAUDIT_MODEL_VERSION_H_
