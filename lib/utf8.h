#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace overlap {

// Appends code point `cp` to `out` as UTF-8; surrogates and values above U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t cp);

// Byte offset of the first byte of `bytes` that is not part of a valid UTF-8 sequence, or npos.
std::size_t first_invalid_utf8(std::string_view bytes);

// `bytes` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string replace_invalid_utf8(std::string_view bytes);

// UTF-16 code `units` as UTF-8; an unpaired surrogate becomes U+FFFD when `lossy`, else throws
// overlap::Error naming `name` with its position.
std::string utf16_to_utf8_checked(const std::u16string& units, const std::string& name,
                                  bool lossy = false);

} // namespace overlap
