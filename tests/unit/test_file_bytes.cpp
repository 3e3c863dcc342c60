#include "error.h"
#include "file_bytes.h"
#include "test_data.h"

#include <doctest/doctest.h>

using overlap::read_bytes;

TEST_CASE("overlap::read_bytes") {
  SUBCASE("reads a file as it is") {
    CHECK(read_bytes(test_data("text_bom_crlf.txt"), 1000) ==
          "\xEF\xBB\xBF"
          "Blockchain ledgers\r\nfor trade\r\n");
  }
  SUBCASE("names the file and the reason it cannot be read") {
    CHECK_THROWS_WITH(
        read_bytes(test_data("no_such_file.txt"), 1000),
        doctest::Contains("no_such_file.txt: cannot open: No such file or directory"));
    CHECK_THROWS_WITH(read_bytes(test_data("bad"), 1000),
                      doctest::Contains("bad: is a directory, not a file"));
    CHECK_THROWS_WITH(read_bytes("/proc/self/mem", 1000),
                      doctest::Contains("/proc/self/mem: read failed: "));
  }
  SUBCASE("refuses a regular file over the limit by its size, with the hint") {
    CHECK_THROWS_WITH(
        read_bytes(test_data("text_power.txt"), 10, "see --max-input-size"),
        doctest::Contains("bytes is larger than the limit of 10 bytes (see --max-input-size)"));
    CHECK_THROWS_WITH(read_bytes(test_data("text_power.txt"), 10),
                      doctest::Contains("bytes is larger than the limit of 10 bytes"));
  }
  SUBCASE("stops reading a stream at the limit") {
    // /dev/zero never ends: only the limit ends the read.
    CHECK_THROWS_WITH(
        read_bytes("/dev/zero", 100000),
        doctest::Contains("/dev/zero: input is larger than the limit of 100000 bytes"));
  }
}
