#include "analyzer.h"
#include "cognates.h"
#include "corpus.h"
#include "index.h"
#include "language.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace overlap;

TEST_CASE("overlap::detect_language") {
  CHECK(detect_language(
            "Sécurité des batteries de traction pour les véhicules électriques et la recharge") ==
        Language::french);
  CHECK(detect_language("Safety of traction batteries for electric vehicles and their charging") ==
        Language::english);
  CHECK(detect_language("IEC 61850") == Language::english); // too little to tell
  // A title alone: two function words, and its accents.
  CHECK(detect_language("Sécurité des machines - Systèmes de commande") == Language::french);
  CHECK(detect_language("SÉCURITÉ DES MACHINES") == Language::french);
  CHECK(detect_language("Securite des machines") == Language::english); // no accents: too little
  CHECK(detect_language("Café culture and crème brûlée in the city") == Language::english);
}

TEST_CASE("overlap::Analyzer in French") {
  Analyzer analyzer;
  auto terms = analyzer.analyze("les réseaux électriques", Language::french);
  REQUIRE(terms.size() == 3); // two words and their phrase; "les" is a stop word
  CHECK(terms[0].key == "reseau");
  CHECK(terms[1].key == "electr");
}

TEST_CASE("overlap::Analyzer in French drops elided articles") {
  Analyzer analyzer;
  auto terms = analyzer.analyze("l'équipement d’arrêt qu'il", Language::french);
  REQUIRE(terms.size() == 3); // two words and their phrase; "il" is a stop word
  CHECK(terms[0].key == "equip");
  CHECK(terms[0].surface == "equipement");
  CHECK(terms[1].key == "arret");
  // Only French text is read so.
  CHECK(analyzer.analyze("l'équipement")[0].key != "equip");
}

TEST_CASE("overlap::Analyzer in French drops the boilerplate of proposal forms") {
  // As in English ("this document specifies requirements relating to"), the form's words say
  // nothing of the topic; before they were stop words, "présent" met "present" and "relatives"
  // met "related" in the corpus.
  Analyzer analyzer;
  std::vector<std::string> surfaces;
  for (const Term& t : analyzer.analyze("Le présent document spécifie les exigences relatives aux "
                                        "dispositifs utilisés, y compris ceux destinés à l'usage",
                                        Language::french)) {
    surfaces.push_back(t.surface);
  }
  CHECK(surfaces == std::vector<std::string>{"dispositifs", "usage"});
}

TEST_CASE("overlap::english_cognates") {
  Analyzer analyzer;
  Index index = Index::build(load_corpus({test_data("corpus_small")}), analyzer);
  auto french = analyzer.analyze("automatisation des postes et communication", Language::french);
  auto bridged = english_cognates(french, index, 0.7F);
  auto has = [&](const std::string& surface, const std::string& via) {
    return std::any_of(bridged.begin(), bridged.end(),
                       [&](const Term& t) { return t.surface == surface && t.via == via; });
  };
  CHECK(has("automation", "automatisation")); // a look-alike, with less weight
  CHECK(has("communication", ""));            // the same word in both languages
  CHECK_FALSE(has("postes", ""));             // no English look-alike in this corpus
}

TEST_CASE("overlap::detect_language skips words longer than any function word") {
  // Long words are never function words: they must neither count nor break the count.
  const std::string long_words(200, 'x');
  CHECK(detect_language(long_words + " les des pour une " + long_words + " dans") ==
        Language::french);
  CHECK(detect_language("LES DES POUR UNE DANS") == Language::french); // capitals fold
  CHECK(detect_language("lesdespourunedansaveclesdes des") == Language::english);
}
