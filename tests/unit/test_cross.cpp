#include "circular.h"
#include "cross.h"
#include "error.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace overlap;

namespace {

Proposal record(const std::string& id, const std::string& from, const std::string& title,
                const std::string& scope) {
  Proposal p;
  p.input = "c.yaml";
  p.id = id;
  p.from = from;
  p.title = title;
  p.scope = scope;
  p.text = title + "\n\n" + scope;
  return p;
}

} // namespace

TEST_CASE("overlap::cross_pairs: what both proposals leave out is no shared topic") {
  const Checker checker(load_corpus({test_data("corpus_small")}));
  const std::string excluded = " Blockchain and distributed ledger platforms are excluded.";
  const std::vector<Proposal> proposals{
      record("I-1", "ISO", "Substation communication",
             "Power system substation automation with IEC 61850 communication." + excluded),
      record("T-1", "ITU-T", "Smart contract tokens",
             "Tokens for telecommunication services." + excluded),
  };
  CrossOptions options;
  options.threshold = 0.2F;
  CHECK(cross_pairs(checker, proposals, {}, options, 1).empty());
  std::vector<Proposal> covered = proposals;
  for (Proposal& p : covered) {
    p.text.replace(p.text.find(" are excluded"), 13, " are covered");
  }
  CHECK(cross_pairs(checker, covered, {}, options, 1).size() == 1);
}

TEST_CASE("overlap::cross_pairs finds the same topic across organizations") {
  const Checker checker(load_corpus({test_data("corpus_small")}));
  const std::vector<Proposal> proposals{
      record("I-1", "ISO", "Blockchain for supply chains",
             "Distributed ledger technology and smart contracts for supply chain traceability."),
      record("I-2", "ISO", "Blockchain tokens", "Distributed ledger tokens and smart contracts."),
      record("T-1", "ITU-T", "Distributed ledger services",
             "Blockchain and distributed ledger platforms with smart contracts for "
             "telecommunication services."),
      record("E-1", "IEC", "Substation communication",
             "Power system substation automation with IEC 61850 communication."),
  };
  CrossOptions options;
  options.threshold = 0.2F;
  const auto pairs = cross_pairs(checker, proposals, {}, options, 2);
  REQUIRE(pairs.size() == 2);
  // I-1 and I-2 share the topic but one organization: not a pair.
  CHECK(pairs[0].first < pairs[0].second);
  for (const CrossPair& p : pairs) {
    CHECK(proposals[p.second].id == "T-1");
    CHECK(p.score >= 0.2F);
    CHECK(p.score <= 1.0F);
    CHECK(std::find(p.shared.begin(), p.shared.end(), "smart contracts") != p.shared.end());
  }
  CHECK(pairs[0].score >= pairs[1].score);
  CHECK(cross_pairs(checker, proposals, {}, options, 1).size() == pairs.size());

  SUBCASE("formats") {
    const std::string text = format_cross("c.yaml", proposals, pairs, options, Format::text);
    CHECK(text.rfind("Proposals of c.yaml on the same topic across organizations (score 0.20 or "
                     "above): 2 pairs\n",
                     0) == 0);
    CHECK(text.find("      shared: ") != std::string::npos);
    const std::string json = format_cross("c.yaml", proposals, pairs, options, Format::json);
    CHECK(json.rfind(R"({"input": "c.yaml", "threshold": 0.2, "pairs": [{"a": {"id": ")", 0) == 0);
    const std::string csv = format_cross("c.yaml", proposals, pairs, options, Format::csv);
    CHECK(csv.rfind("a,a_from,b,b_from,score,shared\r\n", 0) == 0);
    CHECK(format_cross("c.yaml", proposals, pairs, options, Format::jsonl).find("\n{\"a\": ") !=
          std::string::npos);
    CHECK(format_cross("c.yaml", proposals, pairs, options, Format::markdown).find("| --- |") !=
          std::string::npos);
    CHECK_THROWS_AS(format_cross("c.yaml", proposals, pairs, options, Format::sarif), Error);
  }
}

TEST_CASE("overlap::cross_pairs on the example circular pairs the planted topics") {
  const Checker checker(load_corpus({OVERLAP_CORPUS_DIR}));
  const Circular c = read_circular(std::string(OVERLAP_EXAMPLES_DIR) + "/circular-2026-11.yaml");
  const auto pairs = cross_pairs(checker, c.proposals, {}, {}, 2);
  auto paired = [&](const std::string& a, const std::string& b) {
    for (const CrossPair& p : pairs) {
      if (c.proposals[p.first].id == a && c.proposals[p.second].id == b) {
        return true;
      }
    }
    return false;
  };
  CHECK(paired("ISO-2026-11-04", "IEC-2026-11-01"));   // battery swapping
  CHECK(paired("ISO-2026-11-05", "ITU-T-2026-11-01")); // quantum key distribution
  CHECK(paired("ISO-2026-11-02", "IEC-2026-11-02"));   // digital product passport
  CHECK(paired("ISO-2026-11-02", "ITU-T-2026-11-02"));
  CHECK(paired("IEC-2026-11-05", "ITU-T-2026-11-06")); // vehicle-to-grid
}
