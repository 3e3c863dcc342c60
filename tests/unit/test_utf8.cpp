#include "utf8.h"

#include <doctest/doctest.h>

#include <string>

using overlap::first_invalid_utf8;

TEST_CASE("overlap::first_invalid_utf8 finds a bad byte wherever it stands") {
  // ASCII is skipped eight bytes at a time: a bad byte or a sequence may stand at any offset of
  // such a block, or straddle two.
  const std::string ascii = "abcdefghijklmnopqrstuvwxyz012345";
  for (std::size_t at = 0; at <= ascii.size(); ++at) {
    CAPTURE(at);
    std::string text = ascii;
    text.insert(at, "\xC3\xA9"); // é
    CHECK(first_invalid_utf8(text) == std::string::npos);
    text = ascii;
    text.insert(at, "\xFF");
    CHECK(first_invalid_utf8(text) == at);
    text = ascii;
    text.insert(at, "\xE2\x82"); // a three-byte sequence cut short
    CHECK(first_invalid_utf8(text) == at);
  }
  CHECK(first_invalid_utf8("") == std::string::npos);
  CHECK(first_invalid_utf8(ascii) == std::string::npos);
}
