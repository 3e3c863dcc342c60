#include "analyzer.h"
#include "corpus.h"
#include "dictionary.h"
#include "index.h"
#include "test_data.h"
#include "typos.h"

#include <doctest/doctest.h>

using namespace overlap;

TEST_CASE("overlap::edit_distance") {
  CHECK(edit_distance("ledger", "ledger", 2) == 0);
  CHECK(edit_distance("ledger", "ledgre", 2) == 1); // swap of neighbours
  CHECK(edit_distance("blockchain", "blokchain", 2) == 1);
  CHECK(edit_distance("substation", "substaton", 2) == 1);
  CHECK(edit_distance("abc", "xyz", 1) == 2); // stops past the limit
}

TEST_CASE("overlap::correct_typos") {
  Analyzer analyzer;
  Index index = Index::build(load_corpus({test_data("corpus_small")}), analyzer);
  SUBCASE("a misspelt word gains the corpus word, with less weight") {
    auto added = correct_typos(analyzer.analyze("blokchain substaton"), index, 0.5F);
    REQUIRE(added.size() == 2);
    CHECK(added[0].surface == "blockchain");
    CHECK(added[0].via == "blokchain");
    CHECK(added[0].weight == doctest::Approx(0.5F));
    CHECK(added[1].surface == "substation");
  }
  SUBCASE("a word the dictionary knows is no typo, though the corpus lacks it") {
    // "ledges" is one edit from the corpus word "ledger".
    auto added = correct_typos(analyzer.analyze("ledges blokchain"), index, 0.5F);
    REQUIRE(added.size() == 2);
    CHECK(added[0].surface == "ledger");
    const DictionarySource english = [] {
      static const std::string compiled =
          Dictionary::compile({test_data("dictionary/en_test.dic")}, Analyzer());
      static const Dictionary dictionary(compiled, nullptr);
      return &dictionary;
    };
    added = correct_typos(analyzer.analyze("ledges blokchain"), index, 0.5F, english);
    REQUIRE(added.size() == 1);
    CHECK(added[0].surface == "blockchain");
  }
  SUBCASE("known words, short words and far words are left alone") {
    CHECK(correct_typos(analyzer.analyze("blockchain grid xqzvwk"), index, 0.5F).empty());
  }
  SUBCASE("the budget grows with word length") {
    CHECK(typo_budget(4) == 0);
    CHECK(typo_budget(6) == 1);
    CHECK(typo_budget(12) == 2);
  }
}
