#include "acronyms.h"

#include <doctest/doctest.h>

using overlap::find_acronym_definitions;
using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST_CASE("overlap::find_acronym_definitions") {
  SUBCASE("initials spell the acronym") {
    CHECK(find_acronym_definitions("A digital product passport (DPP) for batteries.") ==
          Pairs{{"DPP", "digital product passport"}});
  }
  SUBCASE("small words may count or be skipped") {
    CHECK(find_acronym_definitions("the Internet of Things (IoT) and quality of service (QoS)") ==
          Pairs{{"IoT", "internet of things"}, {"QoS", "quality of service"}});
    CHECK(find_acronym_definitions("use of battery energy storage systems (BESS)") ==
          Pairs{{"BESS", "battery energy storage systems"}});
  }
  SUBCASE("a parenthesis that is not a definition is ignored") {
    CHECK(find_acronym_definitions("see the annex (ISO) and other text (NOTE 2)").empty());
    CHECK(find_acronym_definitions("smart grid (SG)").size() == 1);
    CHECK(find_acronym_definitions("electric cars (EV)").empty());
  }
  SUBCASE("runs of small words take neither exponential time nor deep recursion") {
    std::string many_a = "power";
    for (int i = 0; i < 2000; ++i) {
      many_a += " a";
    }
    CHECK(find_acronym_definitions(many_a + " (ZAAAAAAAAA)").empty());
    std::string many_of = "power";
    for (int i = 0; i < 200000; ++i) {
      many_of += " of";
    }
    CHECK(find_acronym_definitions(many_of + " (PO)").empty());
    CHECK(find_acronym_definitions(many_of + " operation (PO)").empty()); // a run of 200001 words
    CHECK(find_acronym_definitions("power of operation (PO)") ==
          Pairs{{"PO", "power of operation"}});
  }
}
