#include "dictionary.h"
#include "error.h"

#include <doctest/doctest.h>

using namespace overlap;

TEST_CASE("overlap::Dictionary") {
  const Dictionary* english = Dictionary::system();
  // CMake refuses to configure without the dictionaries, so a test build has them.
  REQUIRE(english != nullptr);
  SUBCASE("knows English words, inflected, in either spelling") {
    CHECK(english->knows("mentoring"));
    CHECK(english->knows("clarifying"));
    CHECK(english->knows("colour"));
    CHECK(english->knows("color"));
    CHECK(english->knows("ledges"));
  }
  SUBCASE("knows proper nouns written in lower case, as proposals are analyzed") {
    CHECK(english->knows("chinese"));
  }
  SUBCASE("does not know misspelt words") {
    CHECK_FALSE(english->knows("blokchain"));
    CHECK_FALSE(english->knows("substaton"));
    CHECK_FALSE(english->knows("absorbtion"));
    CHECK_FALSE(english->knows(""));
  }
  SUBCASE("a missing dictionary is an error naming its file") {
    try {
      Dictionary("/nonexistent", {"en_US"});
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.file() == "/nonexistent/en_US.aff");
    }
  }
}
