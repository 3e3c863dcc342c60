#include "json_writer.h"

#include <doctest/doctest.h>

using overlap::json_quote;
using overlap::JsonWriter;

TEST_CASE("overlap::JsonWriter") {
  SUBCASE("escapes strings") {
    CHECK(json_quote("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
    CHECK(json_quote("\xc3\xa9") == "\"\xc3\xa9\"");           // UTF-8 passes through
    CHECK(json_quote("a\xff.txt") == "\"a\xEF\xBF\xBD.txt\""); // invalid UTF-8 does not
  }
  SUBCASE("writes nested containers with separators") {
    JsonWriter w;
    w.begin_object()
        .key("a")
        .value(1LL)
        .key("b")
        .begin_array()
        .value("x")
        .value(true)
        .null()
        .end_array();
    w.key("c").value(0.25).end_object();
    CHECK(w.str() == R"({"a": 1, "b": ["x", true, null], "c": 0.25})");
  }
  SUBCASE("numbers have a fixed form") {
    JsonWriter w;
    w.begin_array().value(0.123456).value(1.0).value(0.0).end_array();
    CHECK(w.str() == "[0.1235, 1, 0]");
  }
}
