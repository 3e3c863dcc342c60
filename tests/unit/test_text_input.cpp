#include "error.h"
#include "test_data.h"
#include "text_input.h"

#include <doctest/doctest.h>

using overlap::decode_input;
using overlap::read_input;

TEST_CASE("overlap::read_input") {
  SUBCASE("drops a UTF-8 byte order mark and CRLF line ends") {
    CHECK(read_input(test_data("text_bom_crlf.txt")) == "Blockchain ledgers\nfor trade\n");
  }
  SUBCASE("decodes UTF-16 with a byte order mark") {
    CHECK(read_input(test_data("text_utf16le.txt")) == "Blockchain");
  }
  SUBCASE("refuses invalid UTF-8 with the byte offset, or replaces it when lossy") {
    CHECK_THROWS_WITH(read_input(test_data("text_bad_utf8.txt")),
                      doctest::Contains("invalid UTF-8 at byte offset 6"));
    overlap::InputOptions lossy;
    lossy.lossy = true;
    CHECK(read_input(test_data("text_bad_utf8.txt"), lossy) == "valid \xEF\xBF\xBD\xEF\xBF\xBD bytes");
  }
  SUBCASE("refuses binary input") {
    CHECK_THROWS_WITH(read_input(test_data("text_binary.txt")),
                      doctest::Contains("binary input (NUL byte at offset 3)"));
  }
  SUBCASE("refuses blank input") {
    CHECK_THROWS_WITH(read_input(test_data("text_blank.txt")), doctest::Contains("nothing to score"));
  }
  SUBCASE("names the file when it is missing or a directory") {
    CHECK_THROWS_WITH(read_input(test_data("no_such_file.txt")),
                      doctest::Contains("no_such_file.txt: cannot open"));
    CHECK_THROWS_WITH(read_input(test_data("bad")), doctest::Contains("is a directory"));
  }
  SUBCASE("enforces the size limit") {
    overlap::InputOptions small;
    small.max_bytes = 10;
    CHECK_THROWS_WITH(read_input(test_data("text_power.txt"), small),
                      doctest::Contains("larger than the limit of 10 bytes"));
  }
  SUBCASE("rejects overlong encodings and surrogates") {
    CHECK_THROWS_AS(decode_input("\xC0\xAF", "x"), overlap::Error);
    CHECK_THROWS_AS(decode_input("\xED\xA0\x80", "x"), overlap::Error);
    CHECK(decode_input("\xF0\x9F\x98\x80 ok", "x") == "\xF0\x9F\x98\x80 ok");
  }
}
