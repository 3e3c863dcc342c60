#include "json_reader.h"

#include <doctest/doctest.h>

using namespace overlap;

TEST_CASE("overlap::parse_json") {
  SUBCASE("objects, arrays, strings, numbers and literals") {
    JsonValue v = parse_json(
        R"( {"id": 45020, "title": {"en": "IT"}, "list": [1, null, true, "x"], "n": -1.5e3} )");
    REQUIRE(v.is_object());
    CHECK(v.get("id")->text() == "45020");
    CHECK(v.at_path("title.en")->text() == "IT");
    CHECK(v.at_path("title.fr") == nullptr);
    CHECK(v.get("list")->items().size() == 4);
    CHECK(v.get("list")->items()[1].is_null());
    CHECK(v.get("list")->items()[2].boolean());
    CHECK(v.get("n")->text() == "-1.5e3");
    CHECK(v.keys() == std::vector<std::string>{"id", "title", "list", "n"});
  }
  SUBCASE("escapes, including surrogate pairs") {
    CHECK(parse_json(R"("a\"b\\c\/d\n\u00e9\u2013\ud83d\ude00")").text() ==
          "a\"b\\c/d\n\u00e9\u2013\U0001F600");
  }
  SUBCASE("errors name the offset") {
    CHECK_THROWS_AS(parse_json(R"({"a": 1,})"), JsonError);
    CHECK_THROWS_AS(parse_json(R"("\ud83d")"), JsonError);
    CHECK_THROWS_AS(parse_json(R"({"a" 1})"), JsonError);
    CHECK_THROWS_AS(parse_json("[1] 2"), JsonError);
    CHECK_THROWS_AS(parse_json("\"tab\tin string\""), JsonError);
    CHECK_THROWS_AS(parse_json(std::string(300, '[')), JsonError);
    try {
      parse_json(R"({"a": tru})");
    } catch (const JsonError& e) {
      CHECK(e.offset() == 6);
    }
  }
}
