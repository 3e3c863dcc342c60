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
  CHECK(
      json.rfind(
          R"({"input": "p.txt", "from": null, "matches": [{"id": "ITU-T SG13", "org": ["ITU-T"], "kind": "SG", )",
          0) == 0);
  CHECK(json.find(R"("level": ")") != std::string::npos);
  CHECK(json.find(R"("matched": [")") != std::string::npos);
  CHECK(json.find(R"({"id": "ITU-T Q20/13", "org": ["ITU-T"], "kind": "Question", )") !=
        std::string::npos);
  CHECK(json.find(R"("parent": "ITU-T SG13")") != std::string::npos);
  CHECK(json.find(R"("partners": {)") != std::string::npos);
  CHECK(json.back() == '\n');
}

TEST_CASE("overlap::format_json names the proposer and explains on request") {
  FormatOptions options;
  options.explain = true;
  std::string json = format_json(sample("ITU-T"), options);
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

#include "csv.h"
#include "json_reader.h"

namespace {

std::vector<Report> batch() {
  Report a = sample("ISO");
  a.input = "circular.yaml";
  a.id = "R-1";
  a.title = "Network slicing";
  a.url = "https://example.org/r1";
  a.line = 12;
  Report b = sample(std::nullopt);
  b.input = "dir/with space.txt";
  b.title = "A file";
  return {a, b};
}

} // namespace

TEST_CASE("overlap::parse_format") {
  CHECK(parse_format("sarif") == Format::sarif);
  CHECK(parse_format("markdown") == Format::markdown);
  CHECK_FALSE(parse_format("xml").has_value());
}

TEST_CASE("overlap::format_json of a circular's record and of accepted matches") {
  std::vector<Report> reports = batch();
  reports[0].matches[0].accepted = "Liaison";
  const std::string json = format_json(reports[0]);
  CHECK(
      json.rfind(
          R"({"input": "circular.yaml", "id": "R-1", "title": "Network slicing", "url": "https://example.org/r1", "from": "ISO", )",
          0) == 0);
  CHECK(json.find(R"(, "accepted": "Liaison"})") != std::string::npos);
  FormatOptions list;
  list.list = true;
  CHECK(format_reports({reports[1]}, Format::json, list).front() == '[');
  CHECK(format_reports({reports[1]}, Format::json).front() == '{');
}

TEST_CASE("overlap::format_jsonl: one format_json object a line") {
  const std::vector<Report> reports = batch();
  CHECK(format_reports(reports, Format::jsonl) ==
        format_json(reports[0]) + format_json(reports[1]));
}

TEST_CASE("overlap::format_csv: one row a match, RFC 4180") {
  const std::vector<Report> reports = batch();
  const std::string csv = format_reports(reports, Format::csv);
  const auto rows = parse_csv(csv, "out.csv");
  REQUIRE(rows.size() == 1 + reports[0].matches.size() + reports[1].matches.size());
  CHECK(rows[0].fields == std::vector<std::string>{"proposal", "rank", "group", "org", "score",
                                                   "level", "parent", "accepted"});
  CHECK(rows[1].fields[0] == "R-1");
  CHECK(rows[1].fields[1] == "1");
  const Match& first = reports[0].matches[0];
  CHECK(rows[1].fields[2] == first.entry->id);
  CHECK(rows[1].fields[5] == level_name(first.level));
  bool child_seen = false;
  for (const CsvRow& row : rows) {
    if (row.fields[2] == "ITU-T Q20/13") {
      child_seen = true;
      CHECK(row.fields[6] == "ITU-T SG13");
      CHECK(row.fields[1] == rows[1].fields[1]);
    }
  }
  CHECK(child_seen);
  CHECK(rows.back().fields[0] == "dir/with space.txt");
}

TEST_CASE("overlap::format_markdown: the SPCG table") {
  std::vector<Report> reports = batch();
  Report none;
  none.input = "x.txt";
  none.from = "ISO";
  none.title = "Cannabis | facilities";
  reports.push_back(none);
  const std::string md = format_reports(reports, Format::markdown);
  CHECK(
      md.rfind(
          "| Originating organization | Topic | Relevant work in partner organizations | Groups |\n"
          "| --- | --- | --- | --- |\n| ISO | [R-1](https://example.org/r1): Network slicing | ",
          0) == 0);
  CHECK(md.find("| - | A file | ") != std::string::npos);
  CHECK(md.find("| ISO | Cannabis \\| facilities | None | N/A |\n") != std::string::npos);
}

TEST_CASE("overlap::format_sarif: SARIF 2.1.0 with the required fields") {
  std::vector<Report> reports = batch();
  reports[1].matches[0].accepted = "Coordinated";
  FormatOptions options;
  options.fail_on = Level::medium;
  options.version = "9.9";
  const JsonValue sarif = parse_json(format_reports(reports, Format::sarif, options), "out.sarif");
  CHECK(sarif.find("version")->string == "2.1.0");
  CHECK(sarif.find("$schema")->string.find("sarif-schema-2.1.0.json") != std::string::npos);
  REQUIRE(sarif.find("runs")->array.size() == 1);
  const JsonValue& run = sarif.find("runs")->array[0];
  const JsonValue& driver = *run.find("tool")->find("driver");
  CHECK(driver.find("name")->string == "overlap-check");
  CHECK(driver.find("version")->string == "9.9");
  CHECK(driver.find("rules")->array[0].find("id")->string == "partner-overlap");
  const auto& results = run.find("results")->array;
  REQUIRE_FALSE(results.empty());
  std::size_t errors = 0;
  std::size_t suppressed = 0;
  for (const JsonValue& r : results) {
    CHECK(r.find("ruleId")->string == "partner-overlap");
    CHECK_FALSE(r.find("message")->find("text")->string.empty());
    const std::string level = r.find("level")->string;
    CHECK((level == "error" || level == "warning" || level == "note"));
    errors += level == "error" ? 1 : 0;
    const JsonValue& location = *r.find("locations")->array[0].find("physicalLocation");
    const std::string uri = location.find("artifactLocation")->find("uri")->string;
    CHECK((uri == "circular.yaml" || uri == "dir/with%20space.txt"));
    CHECK(location.find("region")->find("startLine")->number == (uri == "circular.yaml" ? 12 : 1));
    if (const JsonValue* s = r.find("suppressions")) {
      ++suppressed;
      CHECK(s->array[0].find("justification")->string == "Coordinated");
      CHECK(level != "error");
    }
    CHECK(r.find("properties")->find("level")->string != "low");
  }
  CHECK(errors > 0);
  CHECK(suppressed == 1);
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

TEST_CASE("overlap::format_json and format_text explain a corroborated group") {
  Report r = sample(std::nullopt);
  REQUIRE_FALSE(r.matches.empty());
  Match& m = r.matches.front();
  m.evidence_score = m.score - 0.05F;
  m.corroborating = {{m.entry, 0.3F}};
  FormatOptions explain;
  explain.explain = true;
  const std::string json = format_json(r, explain);
  CHECK(json.find("\"corroborated_by\": [{\"id\": \"" + m.entry->id + "\", \"score\": 0.3}]") !=
        std::string::npos);
  CHECK(json.find("\"evidence_score\": ") != std::string::npos);
  CHECK(format_text(r, explain).find("corroborated by " + m.entry->id + " 0.30: score ") !=
        std::string::npos);
  // Without --explain the contract is unchanged.
  CHECK(format_json(r).find("corroborated") == std::string::npos);
}

TEST_CASE("overlap::format_json and format_text explain a title that names a group's field") {
  static const Checker checker(load_corpus({test_data("corpus_small")}));
  const Report r = checker.check("Blockchain and distributed ledger technologies - Smart contracts",
                                 "p.txt", {});
  FormatOptions explain;
  explain.explain = true;
  CHECK(format_json(r, explain)
            .find(R"("heading": {"text": "Blockchain and distributed ledger technologies", )"
                  R"("cover": 1, "factor": 2.5, "title_of": "ISO/TC 307"})") != std::string::npos);
  CHECK(format_text(r, explain)
            .find(R"(x 2.50 as the title opens with "Blockchain and distributed ledger )"
                  R"(technologies", cover 1.00 of this group's title)") != std::string::npos);
  // Without --explain the contract is unchanged.
  CHECK(format_json(r).find("heading") == std::string::npos);
}

TEST_CASE("overlap::format_json and format_text name the parent whose field a title names") {
  static const Checker checker(load_corpus({test_data("corpus_small")}));
  const Report r =
      checker.check("Information technology - Artificial intelligence bias in models", "p.txt", {});
  FormatOptions explain;
  explain.explain = true;
  // SC 42 earns the factor of the title of JTC 1, its parent.
  CHECK(format_json(r, explain).find(R"("title_of": "ISO/IEC JTC 1"})") != std::string::npos);
  CHECK(format_text(r, explain).find("cover 1.00 of the title of ISO/IEC JTC 1;") !=
        std::string::npos);
}

TEST_CASE("overlap::format_json and format_text explain a match that rests on one word") {
  static const Checker checker(load_corpus({test_data("corpus_small")}));
  const Report r = checker.check("Consensus", "p.txt", {});
  REQUIRE_FALSE(r.matches.empty());
  FormatOptions explain;
  explain.explain = true;
  CHECK(format_json(r, explain).find(R"("words": 1)") != std::string::npos);
  CHECK(format_text(r, explain).find("rests on one word of the proposal, not in the title") !=
        std::string::npos);
  CHECK(format_json(r).find("\"words\"") == std::string::npos); // only with --explain
}

TEST_CASE("overlap::format_json and format_text explain a score from one sentence") {
  Report r = sample(std::nullopt);
  REQUIRE_FALSE(r.matches.empty());
  REQUIRE_FALSE(r.matches.front().contributions.empty());
  Match& m = r.matches.front();
  const std::size_t term = m.contributions.front().query_term;
  m.sentence = SentenceMatch{0.25F, 0.4F, 0.05F, {term}};
  FormatOptions explain;
  explain.explain = true;
  const std::string surface = r.query.terms[term].surface;
  CHECK(format_json(r, explain)
            .find(R"("sentence": {"raw": 0.25, "weight": 0.4, "whole": 0.05, "terms": [")" +
                  surface + "\"]}") != std::string::npos);
  const std::string text = format_text(r, explain);
  CHECK(
      text.find("raw score 0.100 from one sentence of the proposal, scored alone: 0.40 x 0.250 [" +
                surface + "], more than the whole text's 0.050") != std::string::npos);
  CHECK(text.find("whole text: raw score ") != std::string::npos);
  // Without --explain the contract is unchanged.
  CHECK(format_json(r).find("sentence") == std::string::npos);
}
