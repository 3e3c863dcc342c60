#include "batch.h"
#include "error.h"
#include "format.h"
#include "parallel.h"
#include "test_data.h"
#include "test_files.h"

#include <doctest/doctest.h>

#include <fstream>
#include <stdexcept>

using namespace overlap;

TEST_CASE("overlap::parallel_map keeps input order and reports progress") {
  const std::function<std::size_t(std::size_t)> square = [](std::size_t i) { return i * i; };
  for (std::size_t jobs : {1, 2, 7, 64}) {
    std::vector<std::size_t> seen;
    auto results = parallel_map<std::size_t>(50, jobs, square,
                                             [&](std::size_t done) { seen.push_back(done); });
    REQUIRE(results.size() == 50);
    CHECK(results[7] == 49);
    CHECK(results[49] == 49 * 49);
    REQUIRE(seen.size() == 50);
    CHECK(seen.back() == 50);
  }
  CHECK(parallel_map<std::size_t>(0, 4, square).empty());
  const std::function<int(std::size_t)> failing = [](std::size_t i) {
    if (i == 3) {
      throw std::runtime_error("item 3");
    }
    return 0;
  };
  CHECK_THROWS_WITH(parallel_map<int>(10, 3, failing), "item 3");
}

TEST_CASE("overlap::expand_inputs walks directories for .txt and .md files") {
  TempDir dir("inputs");
  std::filesystem::create_directories(dir.path() / "sub");
  std::filesystem::create_directories(dir.path() / ".hidden");
  for (const char* name : {"b.txt", "a.md", "notes.pdf", "sub/c.TXT", ".hidden/d.txt", ".e.txt"}) {
    std::ofstream(dir / name) << "text";
  }
  const std::string root = dir.path().generic_string();
  CHECK(expand_inputs({root, "-", "x.yaml"}) ==
        std::vector<std::string>{root + "/a.md", root + "/b.txt", root + "/sub/c.TXT", "-",
                                 "x.yaml"});
  std::filesystem::create_directories(dir.path() / "empty");
  CHECK_THROWS_WITH_AS(
      expand_inputs({dir / "empty"}),
      doctest::Contains("empty: no .txt, .md or .docx proposal files in this directory"), Error);
}

TEST_CASE("overlap::check_proposals gives the same reports on any number of threads") {
  const Checker checker(load_corpus({test_data("corpus_small")}));
  std::vector<Proposal> proposals;
  const char* texts[] = {"network slicing for IMT-2030 with machine learning",
                         "blockchain distributed ledger smart contracts",
                         "power system substation communication IEC 61850",
                         "artificial intelligence trustworthiness and risk management"};
  for (int round = 0; round < 5; ++round) {
    for (const char* text : texts) {
      Proposal p =
          proposal_from_file("p" + std::to_string(proposals.size()) + ".txt", text,
                             round % 2 == 0 ? std::optional<std::string>("ISO") : std::nullopt);
      proposals.push_back(std::move(p));
    }
  }
  proposals[3].id = "R-4";
  auto reports = [&](std::size_t jobs) {
    std::vector<Report> out;
    for (Checked& c : check_proposals(checker, proposals, {}, jobs)) {
      REQUIRE_FALSE(c.error);
      out.push_back(std::move(c.report));
    }
    return out;
  };
  const auto serial = reports(1);
  const auto parallel = reports(4);
  REQUIRE(serial.size() == proposals.size());
  CHECK(serial[0].input == "p0.txt");
  CHECK(serial[0].from == "ISO");
  CHECK(serial[4].from == std::nullopt);
  CHECK(serial[3].name() == "R-4");
  CHECK(format_reports(serial, Format::json) == format_reports(parallel, Format::json));
  CHECK(format_reports(serial, Format::text) == format_reports(parallel, Format::text));
}

TEST_CASE("overlap::check_proposals names a proposal it cannot score and checks the others") {
  const Checker checker(load_corpus({test_data("corpus_small")}));
  std::vector<Proposal> proposals;
  proposals.push_back(proposal_from_file("a.txt", "blockchain distributed ledger", std::nullopt));
  proposals.push_back(proposal_from_file("b.txt", "... !!! ...", std::nullopt));
  proposals.push_back(proposal_from_file("c.txt", "IEC 61850 substations", std::nullopt));
  const auto checked = check_proposals(checker, proposals, {}, 2);
  REQUIRE(checked.size() == 3);
  CHECK_FALSE(checked[0].error);
  REQUIRE(checked[1].error);
  CHECK(checked[1].error->file() == "b.txt");
  CHECK_FALSE(checked[2].error);
  CHECK_FALSE(checked[2].report.matches.empty());
}
