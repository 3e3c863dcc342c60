#include "csv.h"
#include "error.h"

#include <doctest/doctest.h>

using namespace overlap;

TEST_CASE("overlap::parse_csv") {
  SUBCASE("RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes") {
    auto rows = parse_csv("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", "t.csv");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields == std::vector<std::string>{"a", "b", "c"});
    CHECK(rows[1].fields == std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"});
    CHECK(rows[1].line == 2);
  }
  SUBCASE("LF line ends, empty fields, blank lines and no final line break") {
    auto rows = parse_csv("a,,c\n\n,\nlast", "t.csv");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fields == std::vector<std::string>{"a", "", "c"});
    CHECK(rows[1].fields == std::vector<std::string>{"", ""});
    CHECK(rows[1].line == 3);
    CHECK(rows[2].fields == std::vector<std::string>{"last"});
  }
  SUBCASE("an empty quoted field is a field") {
    auto rows = parse_csv("\"\"\n", "t.csv");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].fields == std::vector<std::string>{""});
  }
  SUBCASE("errors name the line") {
    CHECK_THROWS_WITH_AS(parse_csv("a\n\"open,\nstill", "t.csv"),
                         "t.csv:2: a quoted field is never closed", Error);
    CHECK_THROWS_WITH_AS(parse_csv("a\n\"x\"y,z\n", "t.csv"),
                         "t.csv:2: text after the closing quote of a field", Error);
  }
}

TEST_CASE("overlap::csv_row quotes only what needs it") {
  CHECK(csv_row({"plain", "a,b", "q\"q", "line\nbreak", " pad", ""}) ==
        "plain,\"a,b\",\"q\"\"q\",\"line\nbreak\",\" pad\",\r\n");
  const std::vector<std::string> fields{"x, y", "\"", "", "multi\r\nline"};
  auto rows = parse_csv(csv_row(fields), "t.csv");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].fields == fields);
}
