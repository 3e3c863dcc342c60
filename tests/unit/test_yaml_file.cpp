#include "error.h"
#include "test_data.h"
#include "yaml_file.h"

#include <doctest/doctest.h>

#include <string>

using overlap::check_keys;
using overlap::parse_yaml;

TEST_CASE("overlap::parse_yaml") {
  SUBCASE("one document, or none") {
    CHECK(parse_yaml("- a\n- b\n", "f.yaml").size() == 2);
    CHECK(parse_yaml("", "f.yaml").IsNull());
    CHECK(parse_yaml("# only a comment\n", "f.yaml").IsNull());
  }
  SUBCASE("errors carry file, line and column") {
    CHECK_THROWS_WITH(parse_yaml("- a\n- [b\n", "f.yaml"),
                      doctest::Contains("f.yaml:3:1: malformed YAML: "));
    CHECK_THROWS_WITH(parse_yaml("- a\n---\n- b\n", "f.yaml"),
                      doctest::Contains("f.yaml:2:1: a second YAML document (after '---')"));
    CHECK_THROWS_WITH(parse_yaml("- a\n- \xC3\xA9\xFF\n", "f.yaml"),
                      doctest::Contains("f.yaml:2:4: invalid UTF-8 (byte offset 8)"));
    CHECK_THROWS_WITH(parse_yaml(std::string("- a\n- b\0c\n", 10), "f.yaml"),
                      doctest::Contains("f.yaml:2:4: not a text file (NUL byte)"));
    CHECK_THROWS_WITH(parse_yaml(std::string(5000, '['), "f.yaml"),
                      doctest::Contains("malformed YAML: nested too deeply"));
  }
  SUBCASE(
      "document markers: an explicit start, an empty document at the end, content after '...'") {
    CHECK(parse_yaml("# c\n--- \n- a\n", "f.yaml").size() == 1);
    CHECK(parse_yaml("- a\n...\n# end\n---\n", "f.yaml").size() == 1);
    CHECK_THROWS_WITH(parse_yaml("- a\n...\n\n- b\n", "f.yaml"),
                      doctest::Contains("f.yaml:2:1: a second YAML document"));
    CHECK_THROWS_WITH(parse_yaml("- a\n--- [b]\n", "f.yaml"),
                      doctest::Contains("f.yaml:2:1: a second YAML document"));
    CHECK(parse_yaml("- |\n  text\n  ----\n", "f.yaml").size() == 1); // not a marker
  }
  SUBCASE("a malformed second document does not hang the parser (a yaml-cpp 0.7 loop)") {
    const std::string hang(
        "- n\n\n\n\n\n\n\n\n\n\n\n\n,\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\name: power\n  "
        "from: IS-");
    CHECK_NOTHROW(parse_yaml(hang, "f.yaml"));
  }
  SUBCASE("a UTF-8 byte order mark is fine") {
    CHECK(parse_yaml("\xEF\xBB\xBF- a\n", "f.yaml").size() == 1);
  }
}

TEST_CASE("overlap::load_yaml_file names the file it cannot read") {
  CHECK_THROWS_WITH(overlap::load_yaml_file(test_data("no_such.yaml")),
                    doctest::Contains("no_such.yaml: cannot open: "));
  CHECK(overlap::load_yaml_file(test_data("corpus_small/groups.yaml")).IsSequence());
}

TEST_CASE("overlap::check_keys") {
  CHECK_NOTHROW(check_keys(parse_yaml("a: 1\nb: 2\n", "f.yaml"), "f.yaml"));
  CHECK_THROWS_WITH(check_keys(parse_yaml("a: 1\nb: 2\na: 3\n", "f.yaml"), "f.yaml"),
                    doctest::Contains("f.yaml:3:1: field 'a' given twice"));
  CHECK_THROWS_WITH(check_keys(parse_yaml("? [a]\n: 1\n", "f.yaml"), "f.yaml"),
                    doctest::Contains("f.yaml:1:3: a field name must be a plain string"));
}
