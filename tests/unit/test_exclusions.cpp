#include "exclusions.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace overlap;

namespace {

// The text of each exclusion clause of `text`.
std::vector<std::string> excluded(std::string_view text) {
  std::vector<std::string> out;
  for (const TextSpan& s : exclusion_spans(text)) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

} // namespace

TEST_CASE("exclusion_spans: a passive or negative statement takes its whole sentence") {
  CHECK(
      excluded("Express delivery of parcels. Postal services are excluded. Claims are covered.") ==
      std::vector<std::string>{"Postal services are excluded."});
  CHECK(excluded("Scope: climbing holds; it does not apply to ropes; tests follow") ==
        std::vector<std::string>{"it does not apply to ropes;"});
  CHECK(excluded("Pricing of access. Optical systems are outside its scope!") ==
        std::vector<std::string>{"Optical systems are outside its scope!"});
  CHECK(excluded("Excluded: safety marking.") ==
        std::vector<std::string>{"Excluded: safety marking."});
}

TEST_CASE("exclusion_spans: a negative statement about all is a caveat, not an exclusion") {
  CHECK(excluded("Test methods for coatings. The method is not applicable to all test pieces.")
            .empty());
  CHECK(excluded("Charging stations. It does not apply to every vehicle; it does not apply to "
                 "trams.") == std::vector<std::string>{"it does not apply to trams."});
  CHECK(excluded("Méthodes d'essai. Elle ne s'applique pas \xC3\xA0 tous les rev\xC3\xAAtements.")
            .empty());
}

TEST_CASE("exclusion_spans: a preposition takes the rest of its sentence only") {
  CHECK(excluded(
            "This document covers road lighting, excluding tunnel lighting. It specifies tests.") ==
        std::vector<std::string>{"excluding tunnel lighting."});
  CHECK(excluded("All vessels except submarines.") ==
        std::vector<std::string>{"except submarines."});
}

TEST_CASE("exclusion_spans reads French, with either apostrophe") {
  CHECK(excluded("Prises d'escalade. Le présent document ne s'applique pas aux EPI.") ==
        std::vector<std::string>{"Le présent document ne s'applique pas aux EPI."});
  CHECK(excluded("Prises d'escalade. Il ne s\xE2\x80\x99"
                 "applique pas aux EPI.") == std::vector<std::string>{"Il ne s\xE2\x80\x99"
                                                                      "applique pas aux EPI."});
  CHECK(excluded("Soins marins. Les dispositifs médicaux sont exclus.") ==
        std::vector<std::string>{"Les dispositifs médicaux sont exclus."});
  CHECK(excluded("Tous les livres, à l'exception des incunables.") ==
        std::vector<std::string>{"l'exception des incunables."});
  // The apostrophe as a cue's second character: a typographic one must reach the cue too.
  CHECK(excluded("Tous les livres, \xC3\xA0 l\xE2\x80\x99"
                 "exception des incunables.") ==
        std::vector<std::string>{"l\xE2\x80\x99"
                                 "exception des incunables."});
  CHECK(excluded("Bateaux. Le kayak n\xE2\x80\x99"
                 "est pas couvert.") == std::vector<std::string>{"Le kayak n\xE2\x80\x99"
                                                                 "est pas couvert."});
}

TEST_CASE("exclusion_spans matches whole words, case aside") {
  CHECK(excluded("Exclusive licences and inclusive design. Exclusion zones. EXCLUDED: mines.") ==
        std::vector<std::string>{"EXCLUDED: mines."});
  CHECK(excluded("Exceptional loads and excepted goods.").empty());
}

TEST_CASE("exclusion_spans: a wrapped line goes on, a blank line or a full stop ends a sentence") {
  CHECK(excluded("Lasers\nFixed laser\nprocessing cells are excluded.") ==
        std::vector<std::string>{"Fixed laser\nprocessing cells are excluded."});
  CHECK(excluded("Handheld lasers\n\nFixed cells are excluded") ==
        std::vector<std::string>{"Fixed cells are excluded"});
  // A point inside a number ends nothing.
  CHECK(excluded("Lamps above 1.5 kW are excluded.") ==
        std::vector<std::string>{"Lamps above 1.5 kW are excluded."});
}

TEST_CASE("exclusion_spans: a cue across two sentences is none") {
  // The whole text is scanned first for any cue, then each sentence: this one is in neither.
  CHECK(excluded("Harbours are in. Out of\n\nscope terms are defined.").empty());
  CHECK(excluded("Test rigs. Do not apply.").size() == 1);
}

TEST_CASE("without_exclusions leaves a paragraph break for each clause, or nothing to do") {
  CHECK(without_exclusions("Holds. Ropes are excluded. Tests.") == "Holds. \n\n Tests.");
  CHECK(without_exclusions("Holds and their tests.") == std::nullopt);
  CHECK(without_exclusions("") == std::nullopt);
}

TEST_CASE("exclusion_spans: the title line is a sentence of its own, and no exclusion") {
  CHECK(excluded("Services for excluded persons\nScope: guidance for services.").empty());
  CHECK(excluded("Express delivery\nScope: parcels and documents; full loads are excluded.") ==
        std::vector<std::string>{"full loads are excluded."});
  CHECK(excluded("Express delivery\nParcels and letters are excluded.") ==
        std::vector<std::string>{"Parcels and letters are excluded."});
}
