#include "error.h"
#include "json_reader.h"
#include "json_writer.h"

#include <doctest/doctest.h>

using namespace overlap;

TEST_CASE("overlap::parse_json") {
  SUBCASE("values of every type, members in order") {
    auto v =
        parse_json(R"( {"s": "a\"b\\c\/\n\u00e9\ud83d\ude00", "n": -1.5e2, "t": true, "f": false,
                            "z": null, "a": [1, [], {}]} )",
                   "t.json");
    REQUIRE(v.type == JsonValue::Type::object);
    REQUIRE(v.object.size() == 6);
    CHECK(v.object[0].first == "s");
    CHECK(v.find("s")->string == "a\"b\\c/\n\xC3\xA9\xF0\x9F\x98\x80");
    CHECK(v.find("n")->number == -150.0);
    CHECK(v.find("t")->boolean);
    CHECK_FALSE(v.find("f")->boolean);
    CHECK(v.find("z")->type == JsonValue::Type::null);
    CHECK(v.find("a")->array.size() == 3);
    CHECK(v.find("missing") == nullptr);
  }
  SUBCASE("reads back what JsonWriter writes") {
    JsonWriter w;
    w.begin_object().key("k").value("tab\there \x01").key("x").value(0.25).end_object();
    auto v = parse_json(w.str(), "t.json");
    CHECK(v.find("k")->string == "tab\there \x01");
    CHECK(v.find("x")->number == 0.25);
  }
  SUBCASE("errors give line and column") {
    CHECK_THROWS_WITH_AS(parse_json("{\"a\": 1,\n \"b\" 2}", "t.json"),
                         "t.json:2:6: malformed JSON: expected ':' after a member name", Error);
    CHECK_THROWS_WITH_AS(parse_json("[1, 2", "t.json", 7),
                         "t.json:7:6: malformed JSON: expected ',' or ']' in an array", Error);
    CHECK_THROWS_AS(parse_json("{\"a\": 01}", "t.json"), Error);
    CHECK_THROWS_AS(parse_json("\"\\ud800\"", "t.json"), Error);
    CHECK_THROWS_AS(parse_json("\"a\nb\"", "t.json"), Error);
    CHECK_THROWS_AS(parse_json("1 2", "t.json"), Error);
    CHECK_THROWS_AS(parse_json("", "t.json"), Error);
    CHECK_THROWS_WITH_AS(parse_json(std::string(200, '['), "t.json"),
                         doctest::Contains("nested too deeply"), Error);
  }
}
