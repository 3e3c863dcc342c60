#include "csv_reader.h"
#include "error.h"

#include <doctest/doctest.h>

using namespace overlap;

TEST_CASE("overlap::parse_csv") {
  auto rows = parse_csv("a,b,c\r\n1,\"x, \"\"y\"\"\nnext line\",\n\n3,4,5", "t.csv");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].fields == std::vector<std::string>{"a", "b", "c"});
  CHECK(rows[1].fields == std::vector<std::string>{"1", "x, \"y\"\nnext line", ""});
  CHECK(rows[1].line == 2);
  CHECK(rows[2].fields == std::vector<std::string>{"3", "4", "5"});
  CHECK(rows[2].line == 5);
  CHECK_THROWS_WITH_AS(parse_csv("a\n\"open", "t.csv"), "t.csv:2: unterminated quoted field",
                       Error);
}
