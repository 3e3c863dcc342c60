#include "analyzer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using overlap::Analyzer;

namespace {

std::vector<std::string> keys(const std::string& text, bool phrases) {
  static const Analyzer analyzer;
  std::vector<std::string> out;
  for (const auto& t : analyzer.analyze(text)) {
    if (t.phrase == phrases) {
      out.push_back(t.key);
    }
  }
  return out;
}

bool shares_key(const std::string& a, const std::string& b) {
  auto ka = keys(a, false);
  auto pa = keys(a, true);
  ka.insert(ka.end(), pa.begin(), pa.end());
  auto kb = keys(b, false);
  auto pb = keys(b, true);
  kb.insert(kb.end(), pb.begin(), pb.end());
  return std::any_of(ka.begin(), ka.end(),
                     [&](const std::string& k) { return std::find(kb.begin(), kb.end(), k) != kb.end(); });
}

} // namespace

TEST_CASE("overlap::Analyzer") {
  SUBCASE("stems plurals and inflections") {
    CHECK(keys("networks", false) == keys("network", false));
    CHECK(keys("charging", false) == keys("charged", false));
  }
  SUBCASE("drops stop words and the boilerplate of proposal forms") {
    CHECK(keys("This document specifies the requirements for", false).empty());
    CHECK(keys("New work item proposal: scope of the new ITU-T Question", false).empty());
  }
  SUBCASE("British and American spellings share a key") {
    CHECK(keys("organisation", false) == keys("organization", false));
    CHECK(keys("centres", false) == keys("center", false));
    CHECK(keys("labelling", false) == keys("labeling", false));
    CHECK(keys("fibre", false) == keys("fibers", false));
    CHECK(keys("programme", false) == keys("programs", false));
  }
  SUBCASE("adjacent words also form a phrase key") {
    CHECK(keys("digital twin", true) == std::vector<std::string>{"digittwin"});
  }
  SUBCASE("compounds written apart, hyphenated or joined match") {
    CHECK(shares_key("cyber security", "cybersecurity"));
    CHECK(shares_key("cyber-security", "cybersecurity"));
  }
  SUBCASE("'of' stays inside a phrase, other stop words and punctuation end it") {
    CHECK(keys("quality of experience", true).size() == 1);
    CHECK(keys("safety and security", true).empty());
    CHECK(keys("grid. twin", true).empty());
  }
  SUBCASE("accents fold before stemming") { CHECK(keys("Café", false) == keys("cafe", false)); }
  SUBCASE("positions count kept words") {
    static const Analyzer analyzer;
    auto terms = analyzer.analyze("the smart grid");
    REQUIRE(terms.size() == 3);
    CHECK(terms[0].position == 0);
    CHECK(terms[1].position == 1);
    CHECK(terms[2].phrase);
    CHECK(terms[2].surface == "smart grid");
  }
}
