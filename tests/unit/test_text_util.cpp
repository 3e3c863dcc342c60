#include "text_util.h"

#include <doctest/doctest.h>

using namespace overlap;

TEST_CASE("overlap::join") {
  CHECK(join({}, ", ").empty());
  CHECK(join({"a"}, ", ") == "a");
  CHECK(join({"ISO", "IEC"}, "/") == "ISO/IEC");
}

TEST_CASE("overlap::fixed") {
  CHECK(fixed(0.5, 2) == "0.50");
  CHECK(fixed(0.12345, 3) == "0.123");
}

TEST_CASE("overlap::ascii_lower and ascii_upper leave other bytes alone") {
  CHECK(ascii_lower("A.TXT") == "a.txt");
  CHECK(ascii_lower("\xC3\x89t\xC3\xA9") == "\xC3\x89t\xC3\xA9");
  CHECK(ascii_upper("ups.txt") == "UPS.TXT");
  CHECK(ascii_upper("\xC3\xA9t\xC3\xA9") == "\xC3\xA9T\xC3\xA9");
}

TEST_CASE("overlap::markdown_cell") {
  CHECK(markdown_cell("a | b\nc") == "a \\| b c");
}
