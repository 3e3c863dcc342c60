#include "analyzer.h"
#include "binary_io.h"
#include "compounds.h"
#include "corpus.h"
#include "index.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace overlap;

namespace {

struct Fixture {
  Analyzer analyzer;
  Index index = Index::build(load_corpus({test_data("corpus_compounds")}), analyzer);

  std::vector<Term> variants(const std::string& text) {
    return compound_variants(analyzer.analyze(text), index);
  }
  static const Term* find(const std::vector<Term>& terms, const std::string& surface) {
    auto it = std::find_if(terms.begin(), terms.end(),
                           [&](const Term& t) { return t.surface == surface; });
    return it == terms.end() ? nullptr : &*it;
  }
};

} // namespace

TEST_CASE_FIXTURE(Fixture, "compound_variants: one word the corpus writes as two") {
  SUBCASE("wastewater gains the phrase and its words, which count as written") {
    const auto added = variants("wastewater");
    const Term* phrase = find(added, "waste water");
    REQUIRE(phrase != nullptr);
    CHECK(phrase->phrase);
    CHECK(phrase->via == "wastewater");
    CHECK(index.find(phrase->key)); // the corpus' key, which the one word's stem is not
    CHECK(phrase->key != analyzer.word_key("wastewater"));
    REQUIRE(find(added, "waste") != nullptr);
    REQUIRE(find(added, "water") != nullptr);
    CHECK_FALSE(find(added, "water")->alternative); // the corpus lacks "wastewater" itself
  }
  SUBCASE("cybersecurity shares the phrase's key, and gains its words as alternatives") {
    const auto added = variants("cybersecurity");
    CHECK(find(added, "cyber security") == nullptr); // same key as the word: nothing to add
    const Term* security = find(added, "security");
    REQUIRE(security != nullptr);
    CHECK(security->via == "cybersecurity");
    CHECK(security->alternative); // the corpus knows the key: the words add ways to match
    CHECK(find(added, "cyber") != nullptr);
  }
  SUBCASE("no split where the corpus never writes the two words side by side") {
    // "net" + "works" has the key of "networks", but the corpus has it only as one word.
    CHECK(index.word_key("net"));
    CHECK(index.word_key("works"));
    CHECK(variants("networks").empty());
  }
  SUBCASE("a word longer than any compound is not split") {
    std::string word;
    while (word.size() <= max_compound_length) {
      word += "waste";
    }
    CHECK(variants(word + "water").empty());
    CHECK_FALSE(variants("wastewater").empty());
  }
}

TEST_CASE_FIXTURE(Fixture, "Index::compound_split: where a word splits in two corpus words") {
  // A corpus word's split comes from a table made with the index; another word's is searched.
  CHECK(index.word_key("lawnmower"));
  CHECK(index.compound_split("lawnmower") == 4U);
  CHECK_FALSE(index.word_key("wastewater"));
  CHECK(index.compound_split("wastewater") == 5U);
  CHECK_FALSE(index.compound_split("networks"));    // "net works" is never written
  CHECK_FALSE(index.compound_split("groundwater")); // nor "ground water"
  CHECK_FALSE(index.compound_split("water"));       // too short for two parts
  CHECK_FALSE(index.compound_split("waste-water")); // letters only
  SUBCASE("the corpus word splits as a proposal's would") {
    const auto added = variants("lawnmower");
    const Term* phrase = find(added, "lawn mower");
    REQUIRE(phrase != nullptr);
    CHECK(index.find(phrase->key));
    CHECK(phrase->alternative); // the corpus knows the one word too
  }
}

TEST_CASE_FIXTURE(Fixture, "compound_variants: two words the corpus writes as one") {
  // "ground water" and "groundwater" stem apart: "groundwater" and "groundwat".
  const auto added = variants("ground water protection");
  const Term* joined = find(added, "groundwater");
  REQUIRE(joined != nullptr);
  CHECK(joined->key == analyzer.word_key("groundwater"));
  CHECK(joined->key != analyzer.analyze("ground water")[2].key);
  CHECK(joined->via == "ground water");
  CHECK(joined->alternative);
  CHECK_FALSE(joined->phrase);
}

TEST_CASE_FIXTURE(Fixture, "Index::read refuses a compound split that leaves its word") {
  // Any byte of a stored index may be damaged: a split read from the cache must stand inside its
  // word, or the index is refused (and rebuilt), never used to cut a word out of bounds.
  BinaryWriter out;
  index.write(out);
  const std::string good = out.bytes();
  std::size_t refused = 0;
  for (std::size_t at = 0; at < good.size(); ++at) {
    std::string bad = good;
    bad[at] = static_cast<char>(max_compound_length - min_compound_part); // a split past most words
    BinaryReader in(bad);
    try {
      const Index read = Index::read(in, nullptr);
      for (const std::string_view word : read.words_with_prefix("")) {
        if (const auto split = read.compound_split(word)) {
          CHECK(*split + min_compound_part <= word.size());
        }
      }
    } catch (const CorruptCache&) {
      ++refused;
    }
  }
  CHECK(refused > 0);
}
