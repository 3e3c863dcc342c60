#include "itu_series.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace overlap;

namespace {

std::vector<std::string> keys(std::string_view text) {
  std::vector<std::string> out;
  for (const SeriesTerm& t : itu_series_terms(text)) {
    out.push_back(t.key);
  }
  return out;
}

} // namespace

TEST_CASE("overlap::itu_series_terms") {
  SUBCASE("a citation gives its series, hundreds and thousands") {
    CHECK(keys("Recommendation ITU-T Y.4102 describes") ==
          std::vector<std::string>{"y-series", "y.4100-series", "y.4000-series"});
    CHECK(keys("ITU-T X.509 certificates") == std::vector<std::string>{"x-series", "x.500-series"});
    CHECK(keys("see Q.50") == std::vector<std::string>{"q-series"});
    CHECK(keys("Y.4000") == std::vector<std::string>{"y-series", "y.4000-series"});
    CHECK(keys("F.746.17") == std::vector<std::string>{"f-series", "f.700-series"});
    CHECK(keys("G.7716/Y.1707") == std::vector<std::string>{"g-series", "g.7700-series",
                                                            "g.7000-series", "y-series",
                                                            "y.1700-series", "y.1000-series"});
    CHECK(itu_series_terms("H.264").front().surface == "H-series");
  }
  SUBCASE("a series named as such") {
    CHECK(keys("the Q-series and the H series") ==
          std::vector<std::string>{"q-series", "h-series"});
    CHECK(keys("in the X.800-series") == std::vector<std::string>{"x-series", "x.800-series"});
  }
  SUBCASE("what only looks like one") {
    CHECK(keys("Annex E.12, Table G.10, figure F.11, clause D.20").empty()); // a document's parts
    CHECK(keys("A.12 B.13 C.14").empty());         // A to C read like annex numbers
    CHECK(keys("T.4 and e.164").empty());          // one digit; lower case
    CHECK(keys("IEC 61850 and ISO 9001").empty()); // standards of ISO and IEC
    CHECK(keys("ABX.509 and 2X.509").empty());     // inside a word
    CHECK(keys("Y.123456").empty());               // more digits than a Recommendation has
    CHECK(keys("A series of tests; Zseries").empty());
  }
}
