#include "parse/position_cursor.h"

#include <algorithm>

namespace packaudit {

Position PositionCursor::At(size_t offset) {
  offset = std::min(offset, file_.size());
  const int line = file_.LineOf(offset);
  if (!valid_ || line != position_.line) {
    position_ = file_.PositionOf(offset);
  } else if (offset >= offset_) {
    position_.column +=
        static_cast<int>(Utf16Length(file_.text().substr(offset_, offset - offset_)));
  } else {
    position_.column -=
        static_cast<int>(Utf16Length(file_.text().substr(offset, offset_ - offset)));
  }
  valid_ = true;
  offset_ = offset;
  return position_;
}

}  // namespace packaudit
