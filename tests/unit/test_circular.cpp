#include "circular.h"
#include "test_data.h"
#include "test_files.h"

#include <doctest/doctest.h>

using namespace overlap;

namespace {

std::vector<std::string> messages(const Circular& c) {
  std::vector<std::string> out;
  for (const Error& e : c.errors) {
    out.push_back(e.what());
  }
  return out;
}

std::vector<std::string> ids(const Circular& c) {
  std::vector<std::string> out;
  for (const Proposal& p : c.proposals) {
    out.push_back(p.id);
  }
  return out;
}

bool same_records(const std::vector<Proposal>& a, const std::vector<Proposal>& b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].id != b[i].id || a[i].title != b[i].title || a[i].scope != b[i].scope ||
        a[i].from != b[i].from || a[i].url != b[i].url || a[i].text != b[i].text) {
      return false;
    }
  }
  return true;
}

} // namespace

TEST_CASE("overlap::circular_format by extension") {
  CHECK(circular_format("a.yaml") == CircularFormat::yaml);
  CHECK(circular_format("dir.x/A.YML") == CircularFormat::yaml);
  CHECK(circular_format("a.jsonl") == CircularFormat::jsonl);
  CHECK(circular_format("a.ndjson") == CircularFormat::jsonl);
  CHECK(circular_format("a.csv") == CircularFormat::csv);
  CHECK_THROWS_WITH_AS(circular_format("a.txt"),
                       "a.txt: unknown circular format: name it .yaml, .jsonl or .csv", Error);
}

TEST_CASE("overlap::read_circular skips bad records and names them by number") {
  SUBCASE("YAML") {
    const Circular c = read_circular(test_data("circular/mixed.yaml"));
    CHECK(ids(c) == std::vector<std::string>{"A-1", "A-7"});
    const std::string file = test_data("circular/mixed.yaml");
    CHECK(messages(c) ==
          std::vector<std::string>{
              file + ":7:5: record 2: 'scope' is missing",
              file + ":10:5: record 3: a record must be a mapping with id, title, scope and from",
              file + ":12:11: record 4: 'from' must be ISO, IEC or ITU-T, not 'CEN'",
              file + ":15:5: record 5: id 'A-1' is used by an earlier record",
              file + ":21:12: record 6: 'title' must be a string, not a list",
          });
    const Proposal& p = c.proposals.front();
    CHECK(p.input == file);
    CHECK(p.line == 3);
    CHECK(p.from == "ISO");
    CHECK(p.text ==
          "Smart grid power system communication\n\nCommunication between substations and the "
          "control centre of power systems.");
    CHECK(c.proposals.back().url.empty());
  }
  SUBCASE("JSON Lines") {
    const Circular c = read_circular(test_data("circular/mixed.jsonl"));
    CHECK(ids(c) == std::vector<std::string>{"J-1", "J-4"});
    const std::string file = test_data("circular/mixed.jsonl");
    CHECK(messages(c) == std::vector<std::string>{
                             file + ":3:58: record 2: malformed JSON: unexpected end of input",
                             file + ":4:1: record 3: a record must be a JSON object, not an array",
                             file + ":5:1: record 4: 'id' must be a string, not a number",
                         });
    CHECK(c.proposals[0].title == "Caf\xC3\xA9 \"quotes\"");
    CHECK(c.proposals[0].scope == "Line one\nline two");
    CHECK(c.proposals[0].url == "https://example.org/j1");
    CHECK(c.proposals[1].line == 6);
  }
  SUBCASE("CSV, extra columns ignored") {
    const Circular c = read_circular(test_data("circular/mixed.csv"));
    CHECK(ids(c) == std::vector<std::string>{"C-1", "C-3"});
    CHECK(messages(c) ==
          std::vector<std::string>{test_data("circular/mixed.csv") +
                                   ":4:1: record 2: 3 fields where the header has 5"});
    CHECK(c.proposals[0].title == "Title, with comma");
    CHECK(c.proposals[0].scope == "Scope with \"quotes\"\nand a line break");
    CHECK(c.proposals[1].line == 5);
  }
  SUBCASE("errors of the whole file") {
    CHECK_THROWS_WITH_AS(read_circular(test_data("circular/no_from.csv")),
                         doctest::Contains("no_from.csv:1: the header row has no 'from' column"),
                         Error);
    CHECK_THROWS_WITH_AS(read_circular(test_data("circular/malformed.yaml")),
                         doctest::Contains("malformed.yaml:3:1: malformed YAML"), Error);
    CHECK_THROWS_WITH_AS(parse_circular("[]", CircularFormat::yaml, "e.yaml"),
                         "e.yaml: the circular has no proposals", Error);
    CHECK_THROWS_WITH_AS(
        parse_circular("a: 1", CircularFormat::yaml, "m.yaml"),
        "m.yaml: expected a list of proposals, or a mapping with a 'proposals' list", Error);
    CHECK_THROWS_WITH_AS(read_circular(test_data("circular/none.csv")),
                         doctest::Contains("cannot open"), Error);
  }
}

TEST_CASE("overlap::write_circular round trips") {
  const std::string example = std::string(OVERLAP_EXAMPLES_DIR) + "/circular-2026-11";
  const Circular yaml = read_circular(example + ".yaml");
  REQUIRE(yaml.errors.empty());
  REQUIRE(yaml.proposals.size() >= 20);
  SUBCASE("the example circular's three files hold the same records") {
    CHECK(same_records(read_circular(example + ".jsonl").proposals, yaml.proposals));
    CHECK(same_records(read_circular(example + ".csv").proposals, yaml.proposals));
  }
  SUBCASE("CSV and JSON Lines written are the example files, byte for byte") {
    CHECK(write_circular(yaml.proposals, CircularFormat::csv) == read_file(example + ".csv"));
    CHECK(write_circular(yaml.proposals, CircularFormat::jsonl) == read_file(example + ".jsonl"));
  }
  SUBCASE("every format reads back what it writes, also awkward text") {
    std::vector<Proposal> records = yaml.proposals;
    records[0].title = "Quotes \" and, commas | pipes: colons # hashes";
    records[0].scope = "Two\nlines, \"quoted\" and caf\xC3\xA9";
    records[0].text = records[0].title + "\n\n" + records[0].scope;
    for (CircularFormat f : {CircularFormat::yaml, CircularFormat::jsonl, CircularFormat::csv}) {
      const Circular back = parse_circular(write_circular(records, f), f, "x");
      CHECK(back.errors.empty());
      CHECK(same_records(back.proposals, records));
    }
  }
}
