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
  return std::any_of(ka.begin(), ka.end(), [&](const std::string& k) {
    return std::find(kb.begin(), kb.end(), k) != kb.end();
  });
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
  SUBCASE("accents fold before stemming") {
    CHECK(keys("Café", false) == keys("cafe", false));
  }
  SUBCASE("positions count kept words") {
    static const Analyzer analyzer;
    auto terms = analyzer.analyze("the smart grid");
    REQUIRE(terms.size() == 3);
    CHECK(terms[0].position == 0);
    CHECK(terms[1].position == 1);
    CHECK(terms[2].phrase);
    CHECK(terms[2].surface == "smart grid");
  }
  SUBCASE("sentences count those with a kept word; a phrase is in its words' sentence") {
    static const Analyzer analyzer;
    auto terms = analyzer.analyze("Smart grid. Of the. Ledger; blockchain, see ITU-T Y.4102");
    std::vector<std::pair<std::string, std::uint32_t>> words;
    for (const overlap::Term& t : terms) {
      if (t.key.find("series") == std::string::npos) {
        words.emplace_back(t.surface, t.sentence);
      } else { // a cited series is found apart from the words
        CHECK(t.sentence == overlap::Term::no_sentence);
      }
    }
    // "Y.4102" does not end a sentence: a stop needs a space after it.
    CHECK(words == std::vector<std::pair<std::string, std::uint32_t>>{{"smart", 0},
                                                                      {"grid", 0},
                                                                      {"smart grid", 0},
                                                                      {"ledger", 1},
                                                                      {"blockchain", 2},
                                                                      {"see", 2},
                                                                      {"4102", 2}});
  }
}

TEST_CASE("overlap::Analyzer gives the plural of an acronym its singular's key") {
  // The stemmer leaves "kpis" and "pstns" apart from "kpi" and "pstn" (but joins "leds" to "led").
  CHECK(keys("KPIs", false) == keys("KPI", false));
  CHECK(keys("PSTNs and ISDNs", false) == keys("PSTN and ISDN", false));
  CHECK(keys("UPSs", false) == keys("UPS", false));
  CHECK(keys("LEDs", false) == keys("LED", false));
  CHECK(keys("all KPIs.", false) == keys("all KPI.", false));
  // Only an acronym of two to six capitals written as a word of its own.
  CHECK(keys("kpis", false) != keys("kpi", false));
  CHECK(keys("BCDFGHIs", false) != keys("BCDFGHI", false)); // seven capitals
  CHECK(keys("xKPIs", false) != keys("xKPI", false));
  CHECK(keys("KPIsx", false).size() == 1);
  CHECK(keys("Ks", false) != keys("K", false)); // one capital is no acronym
}

TEST_CASE("overlap::Analyzer remembers keys by language") {
  // The memo must not hand an English key to a French word written the same way, or back.
  const Analyzer analyzer;
  const std::string english = analyzer.word_key("services");
  const std::string french = analyzer.word_key("services", overlap::Language::french);
  CHECK(analyzer.word_key("services") == english); // now from the memo
  CHECK(analyzer.word_key("services", overlap::Language::french) == french);
  CHECK(english == "servic");
  CHECK(french == "servic"); // Snowball French agrees here; below it does not
  CHECK(analyzer.word_key("electriques") == "electriqu");
  CHECK(analyzer.word_key("electriques", overlap::Language::french) == "electr");
  CHECK(analyzer.word_key("electriques") == "electriqu"); // each language its own memo
  CHECK(analyzer.word_key("organisation") == analyzer.word_key("organization"));
  CHECK(analyzer.word_key("organisation") == analyzer.word_key("organisation")); // memo agrees
}

TEST_CASE("overlap::Analyzer::analyze with a tagged lookup looks each distinct word up once") {
  const Analyzer analyzer;
  const std::string grid = analyzer.word_key("grid");
  std::size_t asked = 0; // lookups of the word "grid"
  const Analyzer::TermLookup lookup = [&](std::string_view key) -> std::optional<std::uint32_t> {
    if (key == grid) {
      ++asked;
      return 3;
    }
    return std::nullopt;
  };
  const std::string text = "grid, grid and grid";
  auto ids = [&](const std::vector<overlap::Term>& terms) {
    std::size_t resolved = 0;
    for (const auto& t : terms) {
      resolved += t.resolved && t.id == 3u ? 1 : 0;
    }
    return resolved;
  };
  CHECK(ids(analyzer.analyze(text, overlap::Language::english, lookup)) == 3);
  CHECK(asked == 3); // untagged: at each occurrence
  asked = 0;
  CHECK(ids(analyzer.analyze(text, overlap::Language::english, lookup, 41)) == 3);
  CHECK(ids(analyzer.analyze(text, overlap::Language::english, lookup, 41)) == 3);
  CHECK(asked == 1); // tagged: once, then remembered beside the word's key
  CHECK(ids(analyzer.analyze(text, overlap::Language::english, lookup, 42)) == 3);
  CHECK(asked == 2); // another tag is another lookup
}

TEST_CASE("overlap::Analyzer::analyze with a lookup resolves ids and keeps known pairs only") {
  const Analyzer analyzer;
  const std::string smart = analyzer.word_key("smart");
  const std::string grid = analyzer.word_key("grid");
  const Analyzer::TermLookup lookup = [&](std::string_view key) -> std::optional<std::uint32_t> {
    if (key == smart + grid) {
      return 7;
    }
    if (key == grid) {
      return 3;
    }
    return std::nullopt;
  };
  const auto terms = analyzer.analyze("smart grid operation", overlap::Language::english, lookup);
  std::vector<std::string> phrases;
  for (const auto& t : terms) {
    CHECK(t.resolved);
    if (t.phrase) {
      phrases.push_back(t.key);
      CHECK(t.id == 7u);
      CHECK(t.surface == "smart grid");
    }
    if (t.key == grid && !t.phrase) {
      CHECK(t.id == 3u);
    }
  }
  CHECK(phrases == std::vector<std::string>{smart + grid}); // "grid operation" is unknown: dropped
  CHECK(terms.size() == 4);                                 // three words, one pair
  // Without a lookup every pair is kept and nothing is resolved.
  const auto all = analyzer.analyze("smart grid operation");
  CHECK(all.size() == 5);
  CHECK_FALSE(all.front().resolved);
}

TEST_CASE("overlap::Analyzer keeps giving the right keys once its memo fills and starts again") {
  const Analyzer analyzer;
  std::vector<std::string> words;
  for (int i = 0; i < 70000; ++i) { // more words than the memo holds
    std::string w;
    for (int n = i; n > 0 || w.empty(); n /= 26) {
      w += static_cast<char>('a' + n % 26);
    }
    words.push_back(w + "ings");
  }
  for (const std::string& w : words) {
    analyzer.word_key(w);
  }
  const Analyzer fresh;
  for (std::size_t i = 0; i < words.size(); i += 997) {
    CHECK(analyzer.word_key(words[i]) == fresh.word_key(words[i]));
  }
  CHECK(analyzer.word_key("networks") == "network");
}

TEST_CASE("overlap::Analyzer adds the ITU-T Recommendation series a text cites or names") {
  // A citation in a proposal and a series named in a scope meet on one key.
  const auto cited = keys("based on Recommendation ITU-T Q.4102", true);
  CHECK(std::find(cited.begin(), cited.end(), "q-series") != cited.end());
  CHECK(shares_key("see ITU-T Q.4102", "owner of the Q-series"));
  CHECK(shares_key("ITU-T Y.4102", "the Y.4000 series on IoT"));
  const auto other_block = keys("ITU-T Y.3172", true); // the Y-series, not its Y.4000 block
  CHECK(std::find(other_block.begin(), other_block.end(), "y-series") != other_block.end());
  CHECK(std::find(other_block.begin(), other_block.end(), "y.4000-series") == other_block.end());
  // A lookup that lacks a series drops it, as it drops unknown pairs.
  const Analyzer analyzer;
  const Analyzer::TermLookup none = [](std::string_view) { return std::nullopt; };
  CHECK(analyzer.analyze("ITU-T Q.4102", overlap::Language::english, none).size() == 1);
}
