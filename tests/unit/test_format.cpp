#include "check.h"
#include "format.h"
#include "test_data.h"

#include <doctest/doctest.h>

using namespace overlap;

namespace {

Report sample(const std::optional<std::string>& from) {
  static const Checker checker(load_corpus({test_data("corpus_small")}));
  CheckOptions options;
  options.rank.from = from;
  return checker.check("network slicing for IMT-2030 with machine learning", "p.txt", options);
}

} // namespace

TEST_CASE("overlap::format_json keeps the contract") {
  std::string json = format_json(sample(std::nullopt));
  CHECK(json.rfind(R"({"input": "p.txt", "from": null, "matches": [{"id": "ITU-T SG13", "org": ["ITU-T"], "kind": "SG", )", 0) == 0);
  CHECK(json.find(R"("level": ")") != std::string::npos);
  CHECK(json.find(R"("matched": [")") != std::string::npos);
  CHECK(json.find(R"({"id": "ITU-T Q20/13", "org": ["ITU-T"], "kind": "Question", )") != std::string::npos);
  CHECK(json.find(R"("parent": "ITU-T SG13")") != std::string::npos);
  CHECK(json.find(R"("partners": {)") != std::string::npos);
  CHECK(json.back() == '\n');
}

TEST_CASE("overlap::format_json names the proposer and explains on request") {
  std::string json = format_json(sample("ITU-T"), {true});
  CHECK(json.find(R"("from": "ITU-T")") != std::string::npos);
  CHECK(json.find(R"("explain": [{"term": ")") != std::string::npos);
}

TEST_CASE("overlap::format_text") {
  SUBCASE("a table, the reasons and the SPCG summary line") {
    std::string text = format_text(sample(std::nullopt));
    CHECK(text.find("  1  ITU-T SG13") != std::string::npos);
    CHECK(text.find("     - ITU-T Q20/13") != std::string::npos);
    CHECK(text.find("matched: ") != std::string::npos);
    CHECK(text.find("Relevant work in partner organizations: ") != std::string::npos);
  }
  SUBCASE("says so when nothing matches") {
    Report empty;
    empty.input = "x.txt";
    std::string text = format_text(empty);
    CHECK(text.find("No group of the corpus matches this text.") != std::string::npos);
    CHECK(text.find("Relevant work in partner organizations: none found") != std::string::npos);
  }
  SUBCASE("several reports as one JSON array") {
    std::string json = format_reports({sample(std::nullopt), sample("ISO")}, Format::json);
    CHECK(json.front() == '[');
    CHECK(json.find(R"("from": "ISO")") != std::string::npos);
  }
}

TEST_CASE("overlap::report_liaisons and the liaisons line") {
  Entry a;
  a.id = "ISO/TC 61";
  a.orgs = {"ISO"};
  a.title = "Plastics";
  a.liaisons = {"ISO/TC 307", "ISO/TC 999"};
  Entry b;
  b.id = "IEC/TC 57";
  b.orgs = {"IEC"};
  b.title = "Power systems";
  Entry c;
  c.id = "ISO/TC 307";
  c.orgs = {"ISO"};
  c.title = "Blockchain";
  c.liaisons = {"IEC/TC 57"};
  Report report;
  report.input = "p.txt";
  for (const Entry* e : {&a, &b, &c}) {
    Match m;
    m.entry = e;
    m.evidence = e;
    m.level = Level::medium;
    report.matches.push_back(m);
  }
  CHECK(report_liaisons(report, report.matches[0]) == std::vector<std::string>{"ISO/TC 307"});
  CHECK(report_liaisons(report, report.matches[1]) == std::vector<std::string>{"ISO/TC 307"});
  CHECK(report_liaisons(report, report.matches[2]) ==
        std::vector<std::string>{"ISO/TC 61", "IEC/TC 57"});
  std::string text = format_text(report);
  CHECK(text.find("ISO/TC 61 ") != std::string::npos);
  CHECK(text.find("       liaisons: ISO/TC 307\n") != std::string::npos);
  std::string json = format_json(report);
  CHECK(json.find(R"("matched": [], "liaisons": ["ISO/TC 61", "IEC/TC 57"]})") !=
        std::string::npos);
  // Without liaisons the contract is unchanged.
  CHECK(format_json(sample(std::nullopt)).find("liaisons") == std::string::npos);
}
