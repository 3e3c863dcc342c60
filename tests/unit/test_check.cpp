#include "check.h"
#include "corpus_cache.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace overlap;

TEST_CASE("overlap::Checker runs the whole pipeline") {
  Checker checker(load_corpus({test_data("corpus_small")}));
  CheckOptions options;
  options.rank.from = "ITU-T";
  auto report =
      checker.check("Machine learning in IMT-2030 network management, with AI trustworthiness",
                    "proposal.txt", options);
  REQUIRE_FALSE(report.matches.empty());
  CHECK(report.matches[0].entry->id == "ISO/IEC JTC 1/SC 42");
  for (const auto& m : report.matches) {
    CHECK(m.entry->orgs != std::vector<std::string>{"ITU-T"}); // the proposer's own groups are out
  }
  CHECK_FALSE(report.matches[0].matched.empty());
  CHECK(report.input == "proposal.txt");
}

TEST_CASE("overlap::Report::partners lists medium and high groups by organization") {
  Checker checker(load_corpus({test_data("corpus_small")}));
  auto report =
      checker.check("blockchain distributed ledger smart contracts token consensus", "-", {});
  auto partners = report.partners();
  REQUIRE_FALSE(partners.empty());
  CHECK(partners[0].first == "ISO");
  CHECK(partners[0].second == std::vector<std::string>{"ISO/TC 307"});
}

TEST_CASE("overlap::Checker refuses text without words, and takes any script") {
  Checker checker(load_corpus({test_data("corpus_small")}));
  for (const char* text :
       {"!!! --- ...", "the and of", "\xC2\xA0\xE3\x80\x80", "\xE2\x82\xAC \xF0\x9F\x98\x80"}) {
    CHECK_THROWS_WITH(checker.check(text, "p.txt", {}),
                      doctest::Contains("p.txt: nothing to score: the input has no words"));
  }
  // Words of other scripts are words: no error, and nothing in this corpus matches them.
  for (const char* text :
       {"\xE4\xBA\xBA\xE5\xB7\xA5\xE7\x9F\xA5\xE8\x83\xBD\xE3\x81\xA8\xE6\xA9\x9F\xE6\xA2\xB0",
        "\xD0\x9C\xD0\xB0\xD1\x88\xD0\xB8\xD0\xBD\xD0\xBD\xD0\xBE\xD0\xB5",
        "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x83\xD8\xA7\xD8\xA1"}) {
    CHECK(checker.check(text, "p.txt", {}).matches.empty());
  }
}

TEST_CASE("overlap::Checker gives the same report for the same text") {
  Checker checker(load_corpus({test_data("corpus_small")}));
  const char* text = "smart grid power systems with blockchain ledgers and machine learning";
  auto a = checker.check(text, "p.txt", {});
  auto b = checker.check(text, "p.txt", {});
  REQUIRE(a.matches.size() == b.matches.size());
  for (std::size_t i = 0; i < a.matches.size(); ++i) {
    CHECK(a.matches[i].entry == b.matches[i].entry);
    CHECK(a.matches[i].score == b.matches[i].score);
    CHECK(a.matches[i].matched == b.matches[i].matched);
  }
}

TEST_CASE("overlap::Checker picks the levels for evidence unless told") {
  const Checker plain(load_corpus({test_data("corpus_small")}));
  CHECK_FALSE(plain.index().has_evidence());
  CHECK(plain.default_levels().medium == LevelThresholds{}.medium);

  const Checker with(
      compile_corpus({test_data("corpus_small")}, test_data("import/evidence_small.tsv")));
  CHECK(with.index().has_evidence());
  CHECK(with.default_levels().medium == evidence_levels.medium);
  CHECK(evidence_levels.medium > LevelThresholds{}.medium); // evidence raises scores

  // Every match gets the level of its score under the evidence thresholds, or under those given.
  const std::string text = "smart contracts and interoperability between distributed ledgers";
  for (const Match& m : with.check(text, "p.txt", {}).matches) {
    CHECK(m.level == level_of(m.score, evidence_levels));
  }
  CheckOptions strict;
  strict.rank.levels = LevelThresholds{0.99F, 0.98F, 0.05F};
  for (const Match& m : with.check(text, "p.txt", strict).matches) {
    CHECK(m.level == Level::low);
  }
}

TEST_CASE("overlap::Checker reads the field a title names first, and says what it did") {
  Checker checker(load_corpus({test_data("corpus_small")}));
  const Report report = checker.check("Blockchain and distributed ledger technologies - Trust in "
                                      "machine learning models\n\nScope: audit trails of models.",
                                      "p.txt", {});
  CHECK(report.query.heading.text == "Blockchain and distributed ledger technologies");
  REQUIRE_FALSE(report.matches.empty());
  const Match& named = report.matches.front();
  CHECK(named.entry->id == "ISO/TC 307");
  CHECK(named.heading_cover == doctest::Approx(1.0F));
  CHECK(named.heading_factor == doctest::Approx(1.0F + ScoringParams{}.heading_boost));
  for (const Match& m : report.matches) {
    if (m.entry->id == "ISO/IEC JTC 1/SC 42") {
      CHECK(m.heading_factor == 1.0F); // its title is not named
    }
  }
  // A text without a title line of its own has all of its first line for heading.
  CHECK(checker.check("smart contracts", "p.txt", {}).query.heading.text == "smart contracts");
}

TEST_CASE("overlap::Checker: a match on one word outside the group's title is at most low") {
  Checker checker(load_corpus({test_data("corpus_small")}));
  CheckOptions any_score_is_high; // so that only the breadth of a match can lower its level
  any_score_is_high.rank.levels = LevelThresholds{0.001F, 0.0005F, 0.0001F};
  auto ledger = [&](const std::string& text) {
    for (const Match& m : checker.check(text, "p.txt", any_score_is_high).matches) {
      if (m.entry->id == "ISO/TC 307") {
        return m;
      }
    }
    FAIL("ISO/TC 307 not matched");
    return Match{};
  };
  const Match one = ledger("Consensus");
  CHECK(one.words == 1);
  CHECK_FALSE(one.title_met);
  CHECK(one.level == Level::low);
  CHECK(ledger("Blockchain").level == Level::high); // a word of its title names its subject
  const Match two = ledger("Consensus and tokens");
  CHECK(two.words == 2);
  CHECK(two.level == Level::high);
}

TEST_CASE("overlap::Checker reads a proposal in HTML as its text") {
  Checker checker(load_corpus({test_data("corpus_small")}));
  const std::string html =
      "<p>Blockchain and distributed ledger technologies - Smart contracts</p>"
      "<p>Scope: audit of <em>smart</em> contracts.<br />Excluded: tokens.</p>";
  const Report report = checker.check(html, "p.html", {});
  // The title is the first paragraph, not the markup around it.
  CHECK(report.query.heading.text == "Blockchain and distributed ledger technologies");
  // Tags are not words.
  for (const Term& t : checker.terms(html, {})) {
    CHECK(t.surface.find("br") == std::string::npos);
    CHECK(t.surface != "em");
    CHECK(t.surface != "p");
  }
  REQUIRE_FALSE(report.matches.empty());
  CHECK(report.matches.front().entry->id == "ISO/TC 307");
}

TEST_CASE("overlap::Checker: a cited Recommendation points to the Study Group of its series") {
  // The shipped corpus: its Study Groups name the series they own.
  static const Checker checker(load_corpus({OVERLAP_CORPUS_DIR}));
  const std::string text = "Procedures for the exchange of messages between network nodes\n\n"
                           "Extends Recommendation ITU-T Q.4102 with new procedures.";
  const Report report = checker.check(text, "p.txt", {});
  REQUIRE_FALSE(report.matches.empty());
  CHECK(report.matches.front().entry->id == "ITU-T SG11");
  CHECK(std::find(report.matches.front().matched.begin(), report.matches.front().matched.end(),
                  "Q-series") != report.matches.front().matched.end());
}

TEST_CASE("overlap::Checker matches a compound in one word against the corpus' two") {
  Checker checker(load_corpus({test_data("corpus_compounds")}));
  const auto report = checker.check("Wastewater treatment plants", "-", {});
  REQUIRE_FALSE(report.matches.empty());
  CHECK(report.matches[0].entry->id == "ISO/TC 902");
  const auto& matched = report.matches[0].matched;
  CHECK(std::find(matched.begin(), matched.end(), "waste water (for wastewater)") != matched.end());
}

TEST_CASE("overlap::Checker: what a proposal leaves out ranks, but does not raise the level") {
  Checker checker(load_corpus({test_data("corpus_small")}));
  auto ledger = [&](const std::string& text) {
    const Report report = checker.check(text, "p.txt", {});
    REQUIRE_FALSE(report.matches.empty());
    REQUIRE(report.matches[0].entry->id == "ISO/TC 307");
    return report.matches[0];
  };
  const Match covered =
      ledger("Machine learning for network management. Blockchain ledgers and smart contracts "
             "are covered.");
  const Match excluded =
      ledger("Machine learning for network management. Blockchain ledgers and smart contracts "
             "are excluded.");
  CHECK(covered.excluded_share == 0);
  CHECK(covered.level == Level::medium);
  CHECK(excluded.score == doctest::Approx(covered.score)); // the ranking is the same
  CHECK(excluded.excluded_share > 0.9F);                   // all but "network"
  CHECK(excluded.level == Level::low);
  CHECK(excluded.matched[0] == "smart contracts (excluded)");
  CHECK(std::find(excluded.matched.begin(), excluded.matched.end(), "network") !=
        excluded.matched.end());
  // A word that the covered text has too is no excluded term.
  CHECK(ledger("Blockchain ledgers for smart contracts. Smart contracts in banking are excluded.")
            .excluded_share == 0);
}

TEST_CASE("overlap::Checker: a topic that one sentence of a broad proposal gives scores as that "
          "sentence") {
  // The shipped corpus: a proposal's weight against a real corpus.
  static const Checker checker(load_corpus({OVERLAP_CORPUS_DIR}));
  const std::string text =
      "Commercial buildings - Operation and maintenance\n\nScope: This document gives requirements "
      "for the operation and maintenance of commercial buildings: cleaning schedules, waste "
      "sorting "
      "and handling, elevator and escalator maintenance, fire safety drills, occupant comfort "
      "surveys, parking management, landscaping and irrigation, pest control, procurement of "
      "supplies, staff training and energy accounting. It sets out the duties of the facility "
      "manager, the contracts with service providers, the records kept for inspections and the "
      "handling of complaints from tenants and visitors. It also covers the numbering plan and "
      "call "
      "routing of the telephone exchange of the building.";
  CheckOptions with;
  with.rank.from = "ISO";
  CheckOptions without = with;
  without.sentence_weight = 0;
  auto find = [](const Report& r, const std::string& id) {
    const auto it = std::find_if(r.matches.begin(), r.matches.end(),
                                 [&](const Match& m) { return m.entry->id == id; });
    REQUIRE(it != r.matches.end());
    return *it;
  };
  const Report report = checker.check(text, "p.txt", with);
  const Match lifted = find(report, "ITU-T SG2");
  const Match whole = find(checker.check(text, "p.txt", without), "ITU-T SG2");
  CHECK(lifted.score > whole.score + 0.05F);
  REQUIRE(lifted.sentence);
  CHECK_FALSE(whole.sentence);
  CHECK(lifted.sentence->weight == doctest::Approx(0.4));
  CHECK(lifted.sentence->weight * lifted.sentence->raw > lifted.sentence->whole);
  std::vector<std::string> terms;
  for (std::size_t t : lifted.sentence->terms) {
    terms.push_back(report.query.terms[t].surface);
  }
  CHECK(std::find(terms.begin(), terms.end(), "call routing") != terms.end());
  CHECK(std::find(terms.begin(), terms.end(), "cleaning") == terms.end()); // another sentence's
}
