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
    CHECK(read_input(test_data("text_bad_utf8.txt"), lossy) ==
          "valid \xEF\xBF\xBD\xEF\xBF\xBD bytes");
  }
  SUBCASE("refuses binary input") {
    CHECK_THROWS_WITH(read_input(test_data("text_binary.txt")),
                      doctest::Contains("binary input (NUL byte at offset 3)"));
  }
  SUBCASE("refuses blank input") {
    CHECK_THROWS_WITH(read_input(test_data("text_blank.txt")),
                      doctest::Contains("nothing to score"));
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

TEST_CASE("overlap::decode_input on hostile bytes") {
  overlap::InputOptions lossy;
  lossy.lossy = true;
  SUBCASE("UTF-16 big endian with a byte order mark") {
    CHECK(decode_input(std::string("\xFE\xFF\0h\0i", 6), "x") == "hi");
  }
  SUBCASE("UTF-16: CRLF, odd length, unpaired surrogates, U+0000") {
    CHECK(decode_input(std::string("\xFF\xFEh\0\r\0\n\0i\0", 10), "x") == "h\ni");
    CHECK_THROWS_WITH(decode_input(std::string("\xFF\xFEh\0i", 5), "x"),
                      doctest::Contains("odd number of bytes"));
    const std::string lone("\xFF\xFEh\0\x00\xD8i\0", 8);
    CHECK_THROWS_WITH(decode_input(lone, "x"),
                      doctest::Contains("unpaired surrogate at code unit 1"));
    CHECK(decode_input(lone, "x", lossy) == "h\xEF\xBF\xBDi");
    CHECK_THROWS_WITH(decode_input(std::string("\xFF\xFEh\0\0\0i\0", 8), "x"),
                      doctest::Contains("binary input (U+0000 in UTF-16 text)"));
  }
  SUBCASE("UTF-32 is refused with a clear message, not misread as UTF-16") {
    CHECK_THROWS_WITH(decode_input(std::string("\xFF\xFE\0\0h\0\0\0", 8), "x"),
                      doctest::Contains("UTF-32 input is not supported"));
    CHECK_THROWS_WITH(decode_input(std::string("\0\0\xFE\xFF\0\0\0h", 8), "x"),
                      doctest::Contains("UTF-32 input is not supported"));
  }
  SUBCASE("UTF-16 without a byte order mark is binary, with a hint") {
    CHECK_THROWS_WITH(
        decode_input(std::string("h\0i\0", 4), "x"),
        doctest::Contains("binary input (NUL byte at offset 1); if this is UTF-16 text, "
                          "it needs a byte order mark"));
    CHECK_THROWS_WITH(decode_input(std::string("abc\0def", 7), "x"),
                      doctest::Contains("binary input (NUL byte at offset 3)"));
    CHECK_THROWS_WITH_AS(decode_input(std::string("abc\0def", 7), "x"),
                         "x: binary input (NUL byte at offset 3)", overlap::Error);
  }
  SUBCASE("offsets count the UTF-8 byte order mark") {
    CHECK_THROWS_WITH(decode_input("\xEF\xBB\xBFok \xFF", "x"),
                      doctest::Contains("invalid UTF-8 at byte offset 6"));
  }
  SUBCASE("lone CR line ends, and blank input after decoding") {
    CHECK(decode_input("a\rb\r\nc", "x") == "a\nb\nc");
    CHECK_THROWS_WITH(decode_input("\xEF\xBB\xBF \r\n\t", "x"),
                      doctest::Contains("nothing to score"));
    CHECK_THROWS_WITH(decode_input("\xFF\xFE", "x"), doctest::Contains("nothing to score"));
    CHECK_THROWS_WITH(decode_input("", "x"), doctest::Contains("nothing to score"));
  }
}

TEST_CASE("overlap::read_input names what it cannot read") {
  SUBCASE("a regular file over the limit is refused with its size, before it is read") {
    overlap::InputOptions small;
    small.max_bytes = 10;
    CHECK_THROWS_WITH(read_input(test_data("text_power.txt"), small),
                      doctest::Contains("text_power.txt: input of "));
    CHECK_THROWS_WITH(
        read_input(test_data("text_power.txt"), small),
        doctest::Contains("bytes is larger than the limit of 10 bytes (see --max-input-size)"));
  }
  SUBCASE("a file that opens but cannot be read") {
    CHECK_THROWS_WITH(read_input("/proc/self/mem"),
                      doctest::Contains("/proc/self/mem: read failed: "));
  }
}
