#include "config.h"
#include "error.h"
#include "test_data.h"
#include "test_files.h"

#include <doctest/doctest.h>

#include <fstream>

using namespace overlap;

TEST_CASE("overlap::find_config looks in the directory and its parents") {
  CHECK(find_config(test_data("config/sub")) ==
        std::filesystem::absolute(test_data("config/.overlap-check.yaml")));
  CHECK(find_config(test_data("config")) ==
        std::filesystem::absolute(test_data("config/.overlap-check.yaml")));
  TempDir dir("config");
  std::filesystem::create_directories(dir.path() / "a/b");
  CHECK_FALSE(find_config(dir.path() / "a/b").has_value());
  std::ofstream(dir / ".overlap-check.yaml") << "top: 3\n";
  CHECK(find_config(dir.path() / "a/b") == dir.path() / ".overlap-check.yaml");
}

TEST_CASE("overlap::load_config") {
  SUBCASE("every field") {
    const Config c = load_config(test_data("config/.overlap-check.yaml"));
    REQUIRE(c.corpus.size() == 1);
    CHECK(c.corpus[0] == std::filesystem::path(test_data("config")) / "../corpus_small");
    CHECK(c.from == "ISO");
    CHECK(c.top == 5U);
    CHECK(c.fail_on == Level::medium);
    CHECK(c.format == Format::sarif);
    REQUIRE(c.accepted.size() == 3);
    CHECK(c.accepted[0].id == "IEC/TC 57");
    CHECK(c.accepted[0].reason == "Liaison with IEC/TC 57 since 2024 (N 1234)");
    CHECK(c.accepted[0].proposals.empty());
    CHECK(c.accepted[1].proposals == std::vector<std::string>{"sub/p.txt"});
    CHECK(c.accepted[2].proposals == std::vector<std::string>{"R-1", "R-2"});
    CHECK(c.accepted[2].line == 13);
  }
  SUBCASE("the evidence file, relative to the config's directory") {
    TempDir dir("config-evidence");
    std::ofstream(dir / "c.yaml") << "evidence: data/evidence.tsv\n";
    CHECK(load_config(dir / "c.yaml").evidence == dir / "data/evidence.tsv");
  }
  SUBCASE("an empty file sets nothing") {
    TempDir dir("config-empty");
    std::ofstream(dir / "c.yaml") << "# nothing yet\n";
    const Config c = load_config(dir / "c.yaml");
    CHECK_FALSE(c.from.has_value());
    CHECK(c.accepted.empty());
  }
  SUBCASE("errors at the line and column") {
    auto bad = [](const std::string& name) { return load_config(test_data("config_bad/" + name)); };
    CHECK_THROWS_WITH_AS(bad("unknown_field.yaml"),
                         doctest::Contains("unknown_field.yaml:2:1: unknown field 'colour'"),
                         Error);
    CHECK_THROWS_WITH_AS(
        bad("bad_level.yaml"),
        doctest::Contains("bad_level.yaml:1:10: 'fail-on' must be high, medium or low"), Error);
    CHECK_THROWS_WITH_AS(bad("no_reason.yaml"),
                         doctest::Contains("no_reason.yaml:2:5: an accepted group needs 'reason'"),
                         Error);
    CHECK_THROWS_WITH_AS(bad("bad_top.yaml"),
                         doctest::Contains("'top' must be a number from 1 to 500"), Error);
    CHECK_THROWS_WITH_AS(
        bad("bad_format.yaml"),
        doctest::Contains("'format' must be one of text, json, jsonl, csv, markdown, sarif"),
        Error);
    CHECK_THROWS_WITH_AS(bad("none.yaml"), doctest::Contains("cannot open the config file"), Error);
  }
}

TEST_CASE("overlap::resolve_accepted checks ids against the corpus") {
  const Corpus corpus = load_corpus({test_data("corpus_small")});
  Config c = load_config(test_data("config_bad/unknown_group.yaml"));
  CHECK_THROWS_WITH_AS(
      resolve_accepted(c, corpus),
      doctest::Contains(
          "unknown_group.yaml:2:9: accepted group 'ISO/TC 99999' is not in the corpus"),
      Error);
  Config aliased;
  aliased.accepted.push_back({"JTC1/SC42", "alias", {}, 1, 1});
  if (corpus.find("JTC1/SC42")) {
    resolve_accepted(aliased, corpus);
    CHECK(aliased.accepted[0].id == "ISO/IEC JTC 1/SC 42");
  }
}

TEST_CASE("overlap::accepted_for") {
  const std::filesystem::path file = test_data("config/.overlap-check.yaml");
  const Accepted everywhere{"IEC/TC 57", "r", {}, 1, 1};
  const Accepted for_file{"ITU-T SG13", "r", {"sub/p.txt"}, 1, 1};
  const Accepted for_records{"ISO/TC 307", "r", {"R-1", "R-2"}, 1, 1};
  CHECK(accepted_for(everywhere, "", "anything.txt", file));
  CHECK(accepted_for(for_file, "", test_data("config/sub/../sub/p.txt"), file));
  CHECK_FALSE(accepted_for(for_file, "", test_data("config/other.txt"), file));
  CHECK_FALSE(accepted_for(for_file, "", "-", file));
  CHECK(accepted_for(for_records, "R-2", "circular.yaml", file));
  CHECK_FALSE(accepted_for(for_records, "R-3", "circular.yaml", file));
}
