#include "stopwords.h"

#include <doctest/doctest.h>

#include <string>

using namespace overlap;

TEST_CASE("overlap::stopword_of answers for both languages at once, as the two lists do") {
  for (const char* word :
       {"a", "the", "of", "les", "de", "en", "pour", "network", "", "standardization",
        "proposition", "particulierement", "abcdefghijklmnopq"}) {
    CAPTURE(word);
    const StopwordOf of = stopword_of(word);
    CHECK(of.english == is_english_stopword(word));
    CHECK(of.french == is_french_stopword(word));
  }
  CHECK(stopword_of("a").english); // in both lists
  CHECK(stopword_of("a").french);
  CHECK(stopword_of("the").english);
  CHECK_FALSE(stopword_of("the").french);
  CHECK(stopword_of("les").french);
  CHECK_FALSE(stopword_of("les").english);
  CHECK_FALSE(stopword_of("network").english);
}
