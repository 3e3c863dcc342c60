#include "french_inflection.h"

#include <doctest/doctest.h>

using overlap::french_inflection_key;

TEST_CASE("overlap::french_inflection_key removes inflection only") {
  SUBCASE("plural, feminine and participle forms meet their word") {
    CHECK(french_inflection_key("electriques") == french_inflection_key("electrique"));
    CHECK(french_inflection_key("reseaux") == french_inflection_key("reseau"));
    CHECK(french_inflection_key("signaux") == french_inflection_key("signal"));
    CHECK(french_inflection_key("chargee") == french_inflection_key("charge"));
    CHECK(french_inflection_key("charger") == french_inflection_key("charge"));
    CHECK(french_inflection_key("nouvelles") == french_inflection_key("nouvel"));
  }
  SUBCASE("derivations stay apart") {
    CHECK(french_inflection_key("isole") != french_inflection_key("isolant"));
    CHECK(french_inflection_key("consommation") != french_inflection_key("consommateur"));
    CHECK(french_inflection_key("renouvellement") != french_inflection_key("renouvelable"));
  }
  SUBCASE("short words keep at least three letters") {
    CHECK(french_inflection_key("eaux") == "eau");
    CHECK(french_inflection_key("gaz") == "gaz");
    CHECK(french_inflection_key("aux") == "aux");
    CHECK(french_inflection_key("ces") == "ces");
  }
}
