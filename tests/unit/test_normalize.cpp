#include "normalize.h"

#include <doctest/doctest.h>

using overlap::normalize;

TEST_CASE("overlap::normalize") {
  SUBCASE("folds case") {
    CHECK(normalize("Smart GRID") == "smart grid");
  }
  SUBCASE("removes diacritics") {
    CHECK(normalize("sécurité énergétique") == "securite energetique");
  }
  SUBCASE("composed and decomposed forms give the same text") {
    CHECK(normalize("Caf\xc3\xa9") == normalize("Cafe\xcc\x81"));
    CHECK(normalize("Caf\xc3\xa9") == "cafe");
  }
  SUBCASE("dotted capital I folds to i, dotless i stays a letter") {
    CHECK(normalize("\xc4\xb0stanbul") == "istanbul");
    CHECK(normalize("\xc4\xb1") == "\xc4\xb1");
  }
  SUBCASE("compatibility forms: ligatures and full-width letters") {
    CHECK(normalize("\xef\xac\x81le") == "file");
    CHECK(normalize("\xef\xbc\xa1\xef\xbc\xa9") == "ai");
  }
  SUBCASE("typographic apostrophes and dashes become ASCII") {
    CHECK(normalize("operator\xe2\x80\x99s") == "operator's");
    CHECK(normalize("cyber\xe2\x80\x90security") == "cyber-security");
  }
  SUBCASE("German sharp s folds to ss") {
    CHECK(normalize("Stra\xc3\x9f"
                    "e") == "strasse");
  }
}
