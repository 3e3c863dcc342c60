#include "check.h"
#include "evidence_explain.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace overlap;

TEST_CASE("overlap::evidence_hits finds the documents that share the proposal's terms") {
  static const Checker checker(load_corpus({test_data("corpus_small")}));
  Report report =
      checker.check("smart contracts on a distributed ledger for trade finance", "p.txt", {});
  std::vector<EvidenceDocument> documents{
      {"X 1", 2001, "Plastics - Pipes", ""},
      {"X 2", 2019, "Distributed ledger technologies - Vocabulary", ""},
      {"X 3", 2020, "Smart contracts on distributed ledgers - Overview", ""},
      {"X 4", 2021, "Guidance", "Covers smart contracts"},
  };
  auto hits = evidence_hits(documents, report.query, 2);
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].document->id == "X 3");
  CHECK(std::find(hits[0].terms.begin(), hits[0].terms.end(), "smart contracts") !=
        hits[0].terms.end());
  CHECK(evidence_hits({documents[0]}, report.query).empty());
  // A second edition with the same title is not shown again.
  documents.push_back({"X 3 Ed 2", 2022, "Smart contracts on distributed ledgers - Overview", ""});
  CHECK(evidence_hits(documents, report.query).size() == 3);
  CHECK(evidence_hits({}, report.query).empty());
}
