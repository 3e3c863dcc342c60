#include "corpus.h"
#include "normalize.h"
#include "tokenize.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using overlap::tokenize;

namespace {

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) {
    out.push_back(t.text);
  }
  return out;
}

} // namespace

TEST_CASE("overlap::tokenize") {
  SUBCASE("splits on spaces and punctuation, keeps numbers") {
    CHECK(words("smart grid, IEC 61850 (substations).") ==
          std::vector<std::string>{"smart", "grid", "IEC", "61850", "substations"});
  }
  SUBCASE("splits at hyphens and slashes and marks hyphenated words") {
    auto tokens = tokenize("cyber-security for ISO/IEC");
    REQUIRE(tokens.size() == 5);
    CHECK(tokens[1].text == "security");
    CHECK(tokens[1].after_hyphen);
    CHECK_FALSE(tokens[2].after_hyphen);
  }
  SUBCASE("punctuation starts a new phrase, spaces and hyphens do not") {
    auto tokens = tokenize("digital twin. smart-city, grid");
    REQUIRE(tokens.size() == 5);
    CHECK(tokens[0].starts_phrase);
    CHECK_FALSE(tokens[1].starts_phrase);
    CHECK(tokens[2].starts_phrase);
    CHECK_FALSE(tokens[3].starts_phrase);
    CHECK(tokens[4].starts_phrase);
  }
  SUBCASE("a blank line starts a new phrase") {
    auto tokens = tokenize("title\n\nscope");
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[1].starts_phrase);
  }
  SUBCASE("offsets point at the words") {
    std::string text = "a  bc";
    auto tokens = tokenize(text);
    REQUIRE(tokens.size() == 2);
    CHECK(text.substr(tokens[1].offset, 2) == "bc");
  }
  SUBCASE("CJK text is split into words without errors") {
    auto w = words("人工智能标准化 and 機械学習");
    CHECK(w.size() >= 3);
    CHECK(std::find(w.begin(), w.end(), "and") != w.end());
  }
  SUBCASE("empty and punctuation-only text give no words") {
    CHECK(words("").empty());
    CHECK(words(" ,.;- ").empty());
  }
}

namespace {

bool same_tokens(const std::string& text) {
  auto fast = overlap::tokenize(text);
  auto icu = overlap::tokenize_with_icu(text);
  if (fast.size() != icu.size()) {
    return false;
  }
  for (std::size_t i = 0; i < fast.size(); ++i) {
    if (fast[i].text != icu[i].text || fast[i].offset != icu[i].offset ||
        fast[i].starts_phrase != icu[i].starts_phrase ||
        fast[i].after_hyphen != icu[i].after_hyphen) {
      return false;
    }
  }
  return true;
}

} // namespace

TEST_CASE("overlap::tokenize: the ASCII fast path gives the words ICU gives") {
  SUBCASE("edge cases of UAX #29") {
    for (const char* text : {"e.g. H.264 and 3.5.1, 1,000; a:b don't 5G x.y.z. IEC 61850-7-420",
                             "ISO/IEC JTC 1/SC 42 (AI) -- 'quoted' \"dq\" a.1 1.a 2'3 a'1 end.",
                             "tab\tnew\n\nline\r\ncrlf   x--y x - y #tag @at 50% $5 a&b C++ C#",
                             "...leading. trailing... ,,x;; .5 5. 'a' a'' ''a"}) {
      CAPTURE(text);
      CHECK(same_tokens(text));
    }
  }
  SUBCASE("every scope, title and keyword of the shipped corpus") {
    auto corpus = overlap::load_corpus({OVERLAP_CORPUS_DIR});
    std::size_t differ = 0;
    for (const auto& e : corpus.entries) {
      for (const auto& text : {e.title, e.scope}) {
        if (!same_tokens(overlap::normalize(text))) {
          ++differ;
          MESSAGE("differs: " << text);
        }
      }
    }
    CHECK(differ == 0);
  }
}

TEST_CASE("overlap::tokenize: a sentence starts after . ! ? ; a blank line, or the title's line") {
  auto starts = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& t : tokenize(overlap::normalize(text))) {
      if (t.starts_sentence) {
        out.push_back(t.text);
      }
    }
    return out;
  };
  // A wrapped line goes on; a decimal point is part of a number.
  CHECK(starts("Title line\nfirst 3.5 m, wrapped\nhere. second! third? fourth; x\n\nfifth "
               "part. sixth") == std::vector<std::string>{"title", "first", "second", "third",
                                                          "fourth", "x", "fifth", "sixth"});
  // A stop without a space after it is inside a citation or a number.
  CHECK(starts("see ITU-T Y.4102 and Q.5050. next (annex A.) last") ==
        std::vector<std::string>{"see", "next", "last"});
  // ICU's path, for text beyond ASCII, finds the same.
  CHECK(starts("Titre 東京\npremier mot. second; troisième\n\nquatrième") ==
        std::vector<std::string>{"titre", "premier", "second", "troisieme", "quatrieme"});
}
