#include "gate.h"
#include "test_data.h"

#include <doctest/doctest.h>

using namespace overlap;

namespace {

const Checker& checker() {
  static const Checker c(load_corpus({test_data("corpus_small")}));
  return c;
}

Report check(const std::string& text, const std::optional<std::string>& from,
             const std::string& input = "p.txt") {
  CheckOptions options;
  options.rank.from = from;
  return checker().check(text, input, options);
}

const Match* find(const Report& r, const std::string& id) {
  for (const Match& m : r.matches) {
    if (m.entry->id == id) {
      return &m;
    }
  }
  return nullptr;
}

constexpr const char* power = "Power system substation automation: IEC 61850 communication between "
                              "intelligent electronic devices and the control centre";

} // namespace

TEST_CASE("overlap::parse_level") {
  CHECK(parse_level("high") == Level::high);
  CHECK(parse_level("medium") == Level::medium);
  CHECK(parse_level("low") == Level::low);
  CHECK_FALSE(parse_level("HIGH").has_value());
}

TEST_CASE("overlap::gate_failures: partner groups at the level, not accepted") {
  Report r = check(power, "ISO");
  const Match* tc57 = find(r, "IEC/TC 57");
  REQUIRE(tc57 != nullptr);
  REQUIRE(tc57->level == Level::high);
  CHECK(gate_failures(r, Level::high).size() >= 1);
  CHECK(gate_failures(r, Level::high)[0]->entry->id == "IEC/TC 57");

  SUBCASE("the proposer's own organization never fails the gate") {
    Report own = check(power, "IEC");
    for (const Match* m : gate_failures(own, Level::low)) {
      CHECK(m->entry->orgs != std::vector<std::string>{"IEC"});
    }
  }
  SUBCASE("an accepted group is marked and no longer fails") {
    Config config;
    config.file = test_data("config/.overlap-check.yaml");
    config.accepted.push_back({"IEC/TC 57", "Liaison since 2024", {}, 1, 1});
    apply_accepted(r, checker().corpus(), config);
    CHECK(find(r, "IEC/TC 57")->accepted == "Liaison since 2024");
    for (const Match* m : gate_failures(r, Level::low)) {
      CHECK(m->entry->id != "IEC/TC 57");
    }
  }
  SUBCASE("the summary names proposals and groups") {
    const std::string summary =
        gate_summary({r, check("a text about nothing in particular", "ISO", "q.txt")}, Level::high);
    CHECK(summary.rfind("overlap-check: gate failed: ", 0) == 0);
    CHECK(summary.find("at high or above in 1 of 2 proposals (--fail-on high)\n") !=
          std::string::npos);
    CHECK(summary.find("  p.txt: IEC/TC 57 (high)") != std::string::npos);
    CHECK(gate_summary({check("a text about nothing in particular", "ISO")}, Level::high).empty());
  }
}

TEST_CASE("overlap::apply_accepted covers children, and holds only for the proposals named") {
  const char* text = "network slicing for IMT-2030 with machine learning in future networks";
  Config config;
  config.file = test_data("config/.overlap-check.yaml");
  config.accepted.push_back({"ITU-T SG13", "for the record only", {"R-1"}, 1, 1});

  Report record = check(text, "ISO", "circular.yaml");
  record.id = "R-1";
  apply_accepted(record, checker().corpus(), config);
  REQUIRE(find(record, "ITU-T SG13") != nullptr);
  CHECK(find(record, "ITU-T SG13")->accepted.has_value());
  if (const Match* child = find(record, "ITU-T Q20/13")) {
    CHECK(child->accepted.has_value());
  }

  Report other = check(text, "ISO", "circular.yaml");
  other.id = "R-2";
  apply_accepted(other, checker().corpus(), config);
  CHECK_FALSE(find(other, "ITU-T SG13")->accepted.has_value());
}

TEST_CASE("overlap::GateTally counts reports added one at a time") {
  GateTally tally(Level::low);
  CHECK(tally.summary().empty()); // nothing added, nothing failed
  tally.add(check("cooking recipes for the family kitchen", "ISO", "a.txt"));
  tally.add(check("blockchain distributed ledger smart contracts", "ISO", "b.txt"));
  tally.add(check("IEC 61850 substation communication", "ISO", "c.txt"));
  const std::string summary = tally.summary();
  CHECK(summary.find(" of 3 proposals (--fail-on low)\n") != std::string::npos);
  CHECK(summary.find("  b.txt: ") != std::string::npos);
  CHECK(summary.find("  c.txt: ") != std::string::npos);
  CHECK(summary.find("a.txt") == std::string::npos); // no partner match: not listed
}
