#include "analyzer.h"
#include "capitals.h"
#include "check.h"
#include "corpus.h"
#include "index.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace overlap;

namespace {

bool matches(const Report& report, const std::string& id) {
  return std::any_of(report.matches.begin(), report.matches.end(),
                     [&](const Match& m) { return m.entry->id == id; });
}

} // namespace

TEST_CASE("overlap::capital_words") {
  const std::vector<std::string_view> words =
      capital_words("UPS, EVs and start-ups; IoT, CO2, A, LONGWORD, \xc3\x89UPS and ups");
  REQUIRE(words.size() == 2);
  CHECK(words[0] == "UPS");
  CHECK(words[1] == "EV"); // a plural with a lower-case s
  Analyzer analyzer;
  CHECK(capital_keys("UPS and EVs", analyzer) ==
        std::vector<std::string>{analyzer.word_key("ev"), analyzer.word_key("ups")});
  CHECK(is_capital_key(capital_key("up")));
  CHECK_FALSE(is_capital_key("up"));
}

TEST_CASE("overlap::analyze_expression gives an acronym in capitals its capital twin") {
  Analyzer analyzer;
  const std::vector<Term> ups = analyze_expression("UPS", analyzer);
  REQUIRE(ups.size() == 2);
  CHECK(ups[0].key == analyzer.word_key("ups"));
  CHECK(ups[1].key == capital_key(ups[0].key));
  CHECK(analyze_expression("IoT", analyzer).size() == 1);
  CHECK(analyze_expression("power supply", analyzer).size() ==
        analyzer.analyze("power supply").size());
}

TEST_CASE("overlap::Index files apart what an entry writes only in capitals") {
  Analyzer analyzer;
  const Corpus corpus = load_corpus({test_data("corpus_capitals")});
  const Index index = Index::build(corpus, analyzer);
  const std::string up = analyzer.word_key("ups");
  const auto lower = index.find(up);
  const auto capitals = index.find(capital_key(up));
  REQUIRE(lower);
  REQUIRE(capitals);
  REQUIRE(index.postings(*lower).size() == 1);
  CHECK(corpus.entries[index.postings(*lower)[0].entry].id == "ISO/TC 279");
  REQUIRE(index.postings(*capitals).size() == 1);
  CHECK(corpus.entries[index.postings(*capitals)[0].entry].id == "IEC/TC 22");
  // Still one word: both keys weigh as the word did before it was filed apart.
  CHECK(index.idf(*lower) == doctest::Approx(index.idf(*capitals)));
}

TEST_CASE("overlap::Checker: a word the corpus writes only in capitals is met only in capitals") {
  const Checker checker(load_corpus({test_data("corpus_capitals")}));
  const Report start_ups = checker.check("Support for start-ups", "start-ups.txt", {});
  CHECK(matches(start_ups, "ISO/TC 279"));
  CHECK_FALSE(matches(start_ups, "IEC/TC 22")); // not through "UPS"
  const Report ups = checker.check("Batteries for UPS in hospitals", "ups.txt", {});
  CHECK(matches(ups, "IEC/TC 22"));
  // A plural in capitals is the acronym too ("upss" was a word of its own before).
  const Report upss = checker.check("Batteries for UPSs in hospitals", "upss.txt", {});
  CHECK(matches(upss, "IEC/TC 22"));
}
