#include "analyzer.h"
#include "capitals.h"
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

  SUBCASE("an acronym adds its expansion's phrase, not its words apart") {
    auto added = thesaurus.expand(analyzer.analyze("IoT devices"), analyzer, 0.8F);
    CHECK(has_key(added, analyzer.word_key("internet") + analyzer.word_key("things")));
    CHECK_FALSE(has_key(added, analyzer.word_key("internet")));
    CHECK_FALSE(has_key(added, analyzer.word_key("things")));
    CHECK(added.front().weight == doctest::Approx(0.8F));
    CHECK(added.front().via == "IoT");
  }
  SUBCASE("an expansion stands in its word's sentence (passages.h)") {
    auto added = thesaurus.expand(analyzer.analyze("Sensors. IoT devices"), analyzer, 0.8F);
    REQUIRE_FALSE(added.empty());
    CHECK(added.front().sentence == 1);
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

TEST_CASE("overlap::Thesaurus: an acronym in capitals is one only where the text writes it so") {
  Analyzer analyzer;
  Thesaurus thesaurus;
  thesaurus.add_group({"UPS", "uninterruptible power supply"}, analyzer);
  thesaurus.add_group({"AI", "artificial intelligence"}, analyzer);
  thesaurus.add_group({"EV", "electric vehicle"}, analyzer);
  thesaurus.add_group({"IoT", "internet of things"}, analyzer);
  const std::string power = analyzer.word_key("uninterruptible") + analyzer.word_key("power");
  auto expand = [&](std::string_view text) {
    return thesaurus.expand(analyzer.analyze(text), analyzer, 0.8F, text);
  };
  CHECK_FALSE(has_key(expand("Support for start-ups and check-ups"), power));
  CHECK(has_key(expand("A UPS for data centres"), power));
  CHECK(has_key(thesaurus.expand(analyzer.analyze("start-ups"), analyzer, 0.8F), power)); // no text
  // A plural with a lower-case s is the acronym's; air-insulated switchgear (AIS) is not AI.
  CHECK(has_key(expand("Charging of EVs"),
                analyzer.word_key("electric") + analyzer.word_key("vehicle")));
  CHECK_FALSE(has_key(expand("Gas-insulated and AIS substations"),
                      analyzer.word_key("artificial") + analyzer.word_key("intelligence")));
  // An expansion still adds its acronym, and acronyms with lower-case letters match as before.
  CHECK(has_key(expand("an uninterruptible power supply"), analyzer.word_key("ups")));
  // ... and its capital twin, which meets the entries that write it only in capitals.
  CHECK(has_key(expand("an uninterruptible power supply"), capital_key(analyzer.word_key("ups"))));
  CHECK(
      has_key(expand("iot sensors"), analyzer.word_key("internet") + analyzer.word_key("things")));
  CHECK(Thesaurus::is_acronym("HEMP"));
  CHECK_FALSE(Thesaurus::is_acronym("IoT"));
  CHECK_FALSE(Thesaurus::is_acronym("CO2"));
}
