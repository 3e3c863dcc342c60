#include "analyzer.h"
#include "dictionary.h"
#include "error.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace overlap;

TEST_CASE("overlap::Dictionary") {
  const Analyzer analyzer;
  auto key = [&](const char* word) { return analyzer.word_key(word); };
  const std::string compiled = Dictionary::compile(
      {test_data("dictionary/en_test.dic"), test_data("dictionary/words"), "/nonexistent"},
      analyzer);
  const Dictionary english(compiled, nullptr);
  SUBCASE("knows the words of its files, inflected as stemming joins them") {
    CHECK(english.knows(key("mentoring")));
    CHECK(english.knows(key("clarifying")));
    CHECK(english.knows(key("colours")));
    CHECK(english.knows(key("color"))); // the analyzer unifies British and American spelling
    CHECK(english.knows(key("ledges")));
    CHECK(english.knows(key("chinese"))); // proper nouns, as proposals are analyzed: lower case
    CHECK(english.knows(key("better")));
  }
  SUBCASE("does not know misspelt words, nor what its files write with other characters") {
    CHECK_FALSE(english.knows(key("blokchain")));
    CHECK_FALSE(english.knows(key("absorbtion")));
    CHECK_FALSE(english.knows(""));
    CHECK(english.size() == 6); // mentor, clarify, colour, ledge, chinese, better
  }
  SUBCASE("finds every key among many, and none between them") {
    std::string lines = compiled.substr(0, compiled.find('\n') + 1);
    for (int i = 0; i < 1000; ++i) {
      lines += "k" + std::to_string(10000 + 2 * i) + "\n"; // sorted: same length
    }
    const Dictionary many(lines, nullptr);
    CHECK(many.size() == 1000);
    for (int i = 0; i < 1000; ++i) {
      CHECK(many.knows("k" + std::to_string(10000 + 2 * i)));
      CHECK_FALSE(many.knows("k" + std::to_string(10001 + 2 * i)));
    }
    CHECK_FALSE(many.knows("a"));
    CHECK_FALSE(many.knows("z"));
  }
  SUBCASE("refuses what compile() did not make") {
    CHECK_THROWS_AS(Dictionary("mentor\n", nullptr), Error);
  }
}

TEST_CASE("overlap::Dictionary::system") {
  // CMake refuses to configure without the dictionaries, so a test build has them.
  const Dictionary* english = Dictionary::system();
  REQUIRE(english != nullptr);
  CHECK(english == Dictionary::system()); // made once
  const Analyzer analyzer;
  for (const char* word : {"mentoring", "clarifying", "colour", "color", "ledges", "better"}) {
    CHECK_MESSAGE(english->knows(analyzer.word_key(word)), word);
  }
  for (const char* word : {"blokchain", "substaton", "absorbtion"}) {
    CHECK_MESSAGE(!english->knows(analyzer.word_key(word)), word);
  }
}
