#include "json_writer.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <limits>
#include <string>

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
  SUBCASE("numbers are printf's \"%.4f\" without trailing zeros") {
    // json_number uses std::to_chars: the same exact decimal rounding, without printf.
    for (int i = -200000; i <= 200000; i += 7) {
      for (double x : {i / 100000.0, i / 100000.0 + 0.00005, i * 1234.5678}) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.4f", x);
        std::string want = buf;
        while (want.find('.') != std::string::npos && want.back() == '0') {
          want.pop_back();
        }
        if (want.back() == '.') {
          want.pop_back();
        }
        if (want == "-0") {
          want = "0";
        }
        REQUIRE(overlap::json_number(x) == want);
      }
    }
    CHECK(overlap::json_number(1e300).size() == 301); // every digit, its zero decimals dropped
    CHECK(overlap::json_number(std::numeric_limits<double>::infinity()) == "null");
  }
  SUBCASE("numbers have a fixed form") {
    JsonWriter w;
    w.begin_array().value(0.123456).value(1.0).value(0.0).end_array();
    CHECK(w.str() == "[0.1235, 1, 0]");
  }
}
