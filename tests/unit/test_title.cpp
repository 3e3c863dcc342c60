#include "title.h"

#include <doctest/doctest.h>

#include <string>

using namespace overlap;

TEST_CASE("overlap::first_line") {
  CHECK(first_line("Road vehicles - Brakes\n\nScope: ...") == "Road vehicles - Brakes");
  CHECK(first_line("\n  \n# Smart grid \r\nmore") == "Smart grid");
  CHECK(first_line("  \t\n\n") == "");
  CHECK(first_line("") == "");
}

TEST_CASE("overlap::introductory_element") {
  SUBCASE("the field before the first spaced dash") {
    CHECK(introductory_element("Ships and marine technology - Pneumatic quick-closing control "
                               "devices") == "Ships and marine technology");
    CHECK(introductory_element("Health informatics - Clinical models - Part 1: General") ==
          "Health informatics");
    CHECK(introductory_element("Live working \xE2\x80\x93 Eye protectors") == "Live working");
    CHECK(introductory_element("Textiles \xE2\x80\x94 Vocabulary") == "Textiles");
  }
  SUBCASE("hyphens within words and numbers do not cut") {
    CHECK(introductory_element("IEC 60477-1 laboratory resistors") ==
          "IEC 60477-1 laboratory resistors");
    CHECK(introductory_element("Cyber-security of ports") == "Cyber-security of ports");
  }
  SUBCASE("a title without a dash is all introduction") {
    CHECK(introductory_element("Customer contact centres") == "Customer contact centres");
  }
  SUBCASE("a sentence or a paragraph is no title") {
    CHECK(introductory_element("Smart contracts for energy trading in the smart grid.") == "");
    CHECK(introductory_element(std::string(longest_title + 1, 'a')) == "");
    CHECK(introductory_element(std::string(longest_title, 'a')).size() == longest_title);
  }
}
