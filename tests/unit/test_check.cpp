#include "check.h"
#include "test_data.h"

#include <doctest/doctest.h>

using namespace overlap;

TEST_CASE("overlap::Checker runs the whole pipeline") {
  Checker checker(load_corpus({test_data("corpus_small")}));
  CheckOptions options;
  options.rank.from = "ITU-T";
  auto report = checker.check("Machine learning in IMT-2030 network management, with AI trustworthiness",
                              "proposal.txt", options);
  REQUIRE_FALSE(report.matches.empty());
  CHECK(report.matches[0].entry->id == "ISO/IEC JTC 1/SC 42");
  for (const auto& m : report.matches) {
    CHECK(m.entry->orgs != std::vector<std::string>{"ITU-T"}); // the proposer's own groups are out
  }
  CHECK_FALSE(report.matches[0].matched.empty());
  CHECK(report.input == "proposal.txt");
}

TEST_CASE("overlap::Report::partners lists medium and high groups by organization") {
  Checker checker(load_corpus({test_data("corpus_small")}));
  auto report = checker.check("blockchain distributed ledger smart contracts token consensus", "-", {});
  auto partners = report.partners();
  REQUIRE_FALSE(partners.empty());
  CHECK(partners[0].first == "ISO");
  CHECK(partners[0].second == std::vector<std::string>{"ISO/TC 307"});
}
