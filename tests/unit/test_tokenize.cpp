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
