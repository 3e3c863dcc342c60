#include "cases.h"
#include "corpus.h"
#include "error.h"
#include "test_data.h"
#include "test_files.h"

#include <doctest/doctest.h>

#include <fstream>

using namespace overlap;

namespace {

const Corpus& small_corpus() {
  static const Corpus corpus = load_corpus({test_data("corpus_small")});
  return corpus;
}

// The cases of `yaml`, read from a file as `eval` reads them.
std::vector<LabelledCase> cases_of(const std::string& yaml) {
  TempDir dir("cases");
  std::ofstream(dir / "cases.yaml") << yaml;
  return load_cases(dir / "cases.yaml", small_corpus());
}

const char* const two_cases = R"(- name: grid
  from: ISO
  text: |
    Substation automation with IEC 61850 and SCADA for power utility communication
  expected: [IEC/TC 57, JTC 1/SC 42]
- name: nothing
  from: ISO
  text: Yoga mats for beginners
  expected: none
)";

} // namespace

TEST_CASE("overlap::load_cases") {
  const auto cases = cases_of(two_cases);
  REQUIRE(cases.size() == 2);
  CHECK(cases[0].name == "grid");
  CHECK(cases[0].from == "ISO");
  CHECK(cases[0].line == 1);
  // Ids are canonical, also when written as an alias.
  CHECK(cases[0].expected == std::vector<std::string>{"IEC/TC 57", "ISO/IEC JTC 1/SC 42"});
  CHECK(cases[1].expected.empty()); // none
  CHECK(cases[1].line == 6);
  // A closed group stands for its successor, which the ranking lists in its place.
  CHECK(cases_of("- name: x\n  text: t\n  expected: [ITU-T SG16]\n")[0].expected ==
        std::vector<std::string>{"ITU-T SG13"});

  CHECK_THROWS_WITH_AS(
      cases_of("- name: x\n  text: t\n  expected: [ISO/TC 99999]\n"),
      doctest::Contains("3:14: expected group 'ISO/TC 99999' is not in the corpus"), Error);
  CHECK_THROWS_WITH_AS(cases_of("- name: x\n  text: t\n  expected: none\n  colour: red\n"),
                       doctest::Contains("4:3: unknown field 'colour'"), Error);
  CHECK_THROWS_WITH_AS(cases_of("- name: x\n  text: t\n  expected: []\n"),
                       doctest::Contains("'expected' must be a list of group ids or 'none'"),
                       Error);
  CHECK_THROWS_WITH_AS(cases_of("- name: x\n  from: CEN\n  text: t\n  expected: none\n"),
                       doctest::Contains("unknown org 'CEN'"), Error);
}

TEST_CASE("overlap::evaluate, summarize and format_eval") {
  const Checker checker(load_corpus({test_data("corpus_small")}));
  const auto cases = cases_of(two_cases);
  const auto results = evaluate(checker, cases, 10);
  REQUIRE(results.size() == 2);

  const CaseResult& grid = results[0];
  REQUIRE(grid.ranks.size() == 2);
  CHECK(grid.ranks[0] == std::optional<std::size_t>(1)); // IEC/TC 57 first
  CHECK(grid.scores[0] > 0.46F);
  CHECK(grid.levels[0] != Level::low);
  CHECK(grid.kept);
  CHECK_FALSE(grid.ranks[1].has_value()); // nothing about artificial intelligence
  CHECK(grid.scores[1] == 0.0F);

  const CaseResult& nothing = results[1];
  CHECK(nothing.strong.empty());
  CHECK(nothing.best < 0.44F);

  const EvalSummary summary = summarize(results, 10);
  CHECK(summary.expected == 2);
  CHECK(summary.found == 1);
  CHECK(summary.recall() == doctest::Approx(0.5));
  CHECK(summary.positive_cases == 1);
  CHECK(summary.positive_kept == 1);
  CHECK(summary.none_cases == 1);
  CHECK(summary.none_clean == 1);

  const std::string table = format_eval(results, summary, 10);
  CHECK(table.find("IEC/TC 57                  rank 1 (") != std::string::npos);
  CHECK(table.find("ISO/IEC JTC 1/SC 42        MISSED") != std::string::npos);
  CHECK(table.find("none                       clean (best 0.") != std::string::npos);
  CHECK(table.find("recall@10: 0.500 (1 of 2 expected groups)") != std::string::npos);
  CHECK(table.find("none cases clean (no medium or high partner match): 1 of 1") !=
        std::string::npos);
}

TEST_CASE("overlap::evaluate: a group missed from the first `depth` keeps its rank further down") {
  const Checker checker(load_corpus({test_data("corpus_small")}));
  const auto cases = cases_of(R"(- name: grid-and-networks
  from: ISO
  text: Smart grid communication networks for power utilities and telecommunication operators
  expected: [ITU-T SG13]
- name: weak-only
  from: ISO
  text: Smart grid communication networks for power utilities and telecommunication operators
  expected: none
)");
  // Listing one group: IEC/TC 57 is first, ITU-T SG13 second (low), so it is missed.
  const auto results = evaluate(checker, cases, 1);
  const CaseResult& grid = results[0];
  CHECK(grid.ranks[0] == std::optional<std::size_t>(2));
  CHECK(grid.levels[0] == Level::low);
  CHECK(grid.scores[0] > 0.0F);
  const EvalSummary summary = summarize(results, 1);
  CHECK(summary.found == 0);
  const std::string table = format_eval(results, summary, 1);
  CHECK(table.find("ITU-T SG13                 MISSED (rank 2, low 0.") != std::string::npos);
  CHECK(table.find("recall@1: 0.000 (0 of 1 expected groups)") != std::string::npos);

  // The "none" case is judged on the first group alone: IEC/TC 57 at medium.
  CHECK(results[1].strong == std::vector<std::string>{"IEC/TC 57"});
  CHECK(results[1].best > 0.44F);

  // With a depth that reaches it, the same group is found.
  const auto deeper = evaluate(checker, cases, 2);
  CHECK(summarize(deeper, 2).found == 1);
  CHECK(
      format_eval(deeper, summarize(deeper, 2), 2).find("ITU-T SG13                 rank 2 (low") !=
      std::string::npos);
}

TEST_CASE("overlap::format_eval: a summary line per cases file when there are several") {
  const Checker checker(load_corpus({test_data("corpus_small")}));
  std::vector<LabelledCase> cases = cases_of(two_cases);
  const std::string one_file =
      format_eval(evaluate(checker, cases, 10), summarize(evaluate(checker, cases, 10), 10), 10);
  CHECK(one_file.find("recall@10     ") == std::string::npos); // no table for one file

  cases[0].file = "first.yaml"; // as if the two cases came from two files
  cases[1].file = "other.yaml";
  const auto results = evaluate(checker, cases, 10);
  const std::string table = format_eval(results, summarize(results, 10), 10);
  const std::string pad(30, ' '); // file names are padded to 40 characters
  CHECK(table.find("\nfile" + std::string(36, ' ') + " recall@10") != std::string::npos);
  // The first file has the positive case (1 of 2 groups found, kept) and no "none" case; the
  // second only the clean "none" case.
  CHECK(table.find("first.yaml" + pad + " 0.500 (1 of 2)         1 of 1       -\n") !=
        std::string::npos);
  CHECK(table.find("other.yaml" + pad + " -                      -            1 of 1\n") !=
        std::string::npos);
  CHECK(table.find("recall@10: 0.500 (1 of 2 expected groups)") != std::string::npos);
}
