#include "analyzer.h"
#include "error.h"
#include "test_data.h"
#include "thesaurus.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace overlap;

namespace {

bool has_key(const std::vector<Term>& terms, const std::string& key) {
  return std::any_of(terms.begin(), terms.end(), [&](const Term& t) { return t.key == key; });
}

} // namespace

TEST_CASE("overlap::Thesaurus") {
  Analyzer analyzer;
  Thesaurus thesaurus;
  thesaurus.add_group({"IoT", "internet of things"}, analyzer);
  thesaurus.add_group({"DLT", "distributed ledger technology"}, analyzer);

  SUBCASE("an acronym adds its expansion, with the phrase") {
    auto added = thesaurus.expand(analyzer.analyze("IoT devices"), analyzer, 0.8F);
    CHECK(has_key(added, analyzer.word_key("internet")));
    CHECK(has_key(added, analyzer.word_key("internet") + analyzer.word_key("things")));
    CHECK(added.front().weight == doctest::Approx(0.8F));
    CHECK(added.front().via == "IoT");
  }
  SUBCASE("an expansion adds its acronym") {
    auto added = thesaurus.expand(analyzer.analyze("a distributed ledger technology platform"),
                                  analyzer, 0.8F);
    CHECK(has_key(added, "dlt"));
  }
  SUBCASE("words of an expression must stand together") {
    CHECK(thesaurus
              .expand(analyzer.analyze("distributed systems and ledger technology"), analyzer, 0.8F)
              .empty());
  }
  SUBCASE("loads from YAML and reports errors with line and column") {
    auto loaded = Thesaurus::load(test_data("thesaurus_small.yaml"), analyzer);
    CHECK(loaded.size() == 2);
    CHECK_THROWS_WITH(
        Thesaurus::load(test_data("bad/thesaurus_single.yaml"), analyzer),
        doctest::Contains("thesaurus_single.yaml:2:3: a group must be a list of two or more"));
  }
}
