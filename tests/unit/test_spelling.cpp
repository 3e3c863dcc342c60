#include "spelling.h"

#include <doctest/doctest.h>

using overlap::american_spelling;

TEST_CASE("overlap::american_spelling") {
  SUBCASE("-ise and -isation become -ize and -ization") {
    CHECK(american_spelling("organisation") == "organization");
    CHECK(american_spelling("standardised") == "standardized");
    CHECK(american_spelling("digitalisation") == "digitalization");
  }
  SUBCASE("words that keep -ise") {
    CHECK(american_spelling("expertise") == "expertise");
    CHECK(american_spelling("enterprise") == "enterprise");
    CHECK(american_spelling("exercise") == "exercise");
    CHECK(american_spelling("precise") == "precise");
    CHECK(american_spelling("otherwise") == "otherwise");
  }
  SUBCASE("doubled l") {
    CHECK(american_spelling("labelling") == "labeling");
    CHECK(american_spelling("modelled") == "modeled");
    CHECK(american_spelling("signalling") == "signaling");
    CHECK(american_spelling("label") == "label");
  }
  SUBCASE("-yse becomes -yze") {
    CHECK(american_spelling("electrolyser") == "electrolyzer");
    CHECK(american_spelling("analysed") == "analyzed");
    CHECK(american_spelling("catalysing") == "catalyzing");
  }
  SUBCASE("prefixes") {
    CHECK(american_spelling("sulphuric") == "sulfuric");
    CHECK(american_spelling("paediatric") == "pediatric");
  }
  SUBCASE("American words pass unchanged") {
    CHECK(american_spelling("center") == "center");
    CHECK(american_spelling("analysis") == "analysis");
  }
}
