#include "analyzer.h"
#include "check.h"
#include "corpus_cache.h"
#include "error.h"
#include "glossary.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace overlap;

namespace {

const Term* find(const std::vector<Term>& terms, const std::string& surface) {
  auto it = std::find_if(terms.begin(), terms.end(),
                         [&](const Term& t) { return t.surface == surface && !t.phrase; });
  return it == terms.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("overlap::Glossary translates French words and expressions") {
  Analyzer analyzer;
  const Glossary glossary = Glossary::load(test_data("corpus_french/french.yaml"), analyzer);
  CHECK(glossary.size() == 5);

  SUBCASE("the usual English counts, the others are alternatives") {
    const auto french = analyzer.analyze("Sécurité des ascenseurs", Language::french);
    const auto translated = glossary.translate(french, analyzer, 0.9F);
    const Term* safety = find(translated.terms, "safety");
    REQUIRE(safety != nullptr);
    CHECK(safety->weight == doctest::Approx(0.9F));
    CHECK_FALSE(safety->alternative);
    CHECK(safety->via == "sécurité");
    REQUIRE(find(translated.terms, "security") != nullptr);
    CHECK(find(translated.terms, "security")->alternative);
    REQUIRE(find(translated.terms, "lift") != nullptr); // "ascenseurs": the plural stems alike
    CHECK(find(translated.terms, "elevator")->alternative);
    CHECK(translated.positions == std::vector<std::uint32_t>{0, 1});
  }
  SUBCASE("the longest expression wins, and a word is translated once") {
    const auto french = analyzer.analyze("réseaux d'eau potable", Language::french);
    const auto translated = glossary.translate(french, analyzer, 0.9F);
    REQUIRE(find(translated.terms, "drinking") != nullptr);
    for (const Term& t : translated.terms) {
      CHECK(t.via == "eau potable");
    }
    CHECK(translated.positions.size() == 2);
  }
  SUBCASE("words it does not list are left alone") {
    const auto french = analyzer.analyze("réseaux électriques", Language::french);
    CHECK(glossary.translate(french, analyzer, 0.9F).terms.empty());
  }
}

TEST_CASE("overlap::Glossary matches the inflections of a word, not its derivations") {
  // Snowball's French stems join derivations: "isolé" (isolated) and "isolant" (insulating) are
  // both "isol", "dispositions" and "dispositif" both "disposit"; a glossary of words must not.
  Analyzer analyzer;
  Glossary glossary;
  REQUIRE(glossary.add("isolant", {"insulating"}, analyzer));
  REQUIRE(glossary.add("dispositif", {"device"}, analyzer));
  REQUIRE(glossary.add("réseau", {"network"}, analyzer));
  auto english = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const Term& t :
         glossary.translate(analyzer.analyze(text, Language::french), analyzer, 0.9F).terms) {
      out.push_back(t.surface);
    }
    return out;
  };
  CHECK(english("isolants") == std::vector<std::string>{"insulating"});
  CHECK(english("dispositifs") == std::vector<std::string>{"device"});
  CHECK(english("réseaux") == std::vector<std::string>{"network"});
  CHECK(english("un refuge isolé").empty());
  CHECK(english("les dispositions").empty());
}

TEST_CASE("overlap::Glossary::load reports a malformed file with its place") {
  Analyzer analyzer;
  CHECK_THROWS_WITH_AS(Glossary::load(test_data("bad/glossary_list.yaml"), analyzer),
                       doctest::Contains("glossary_list.yaml:2:1: expected a mapping"), Error);
  CHECK_THROWS_WITH_AS(Glossary::load(test_data("bad/glossary_empty_english.yaml"), analyzer),
                       doctest::Contains("glossary_empty_english.yaml:2:9: expected a list of one"),
                       Error);
  CHECK_THROWS_WITH_AS(Glossary::load(test_data("bad/glossary_twice.yaml"), analyzer),
                       doctest::Contains("glossary_twice.yaml:2:1: 'ascenseur' is listed twice"),
                       Error);
  // "norme" is boilerplate of every standard, so it is a stop word, and the entry could never
  // match.
  CHECK_THROWS_WITH_AS(Glossary::load(test_data("bad/glossary_stop_words/french.yaml"), analyzer),
                       doctest::Contains("french.yaml:2:1: 'de la norme' is only stop words"),
                       Error);
}

TEST_CASE("overlap::Checker reads a French proposal through the corpus' glossary") {
  const Checker checker(load_corpus({test_data("corpus_french")}));
  CHECK(checker.glossary().size() == 5);
  const auto report =
      checker.check("Protection des ascenseurs contre les effets de la foudre", "-", {});
  REQUIRE(report.matches.size() >= 2);
  const auto& lifts =
      report.matches[0].entry->id == "ISO/TC 904" ? report.matches[0] : report.matches[1];
  CHECK(lifts.entry->id == "ISO/TC 904");
  CHECK(std::find(lifts.matched.begin(), lifts.matched.end(), "lift (for ascenseur)") !=
        lifts.matched.end());

  SUBCASE("and keeps it in the compiled corpus") {
    const CompiledCorpus compiled = compile_corpus({test_data("corpus_french")});
    CHECK(compiled.glossary.size() == 5);
    CHECK(compiled.corpus.glossary_file.filename() == "french.yaml");
  }
}
