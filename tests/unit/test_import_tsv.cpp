#include "error.h"
#include "evidence_import.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace overlap;

namespace {

// "committee | docid | year" for each record, in order.
std::vector<std::string> lines(const EvidenceImport& imported) {
  std::vector<std::string> out;
  for (const EvidenceRecord& r : imported.records) {
    out.push_back(r.committee + " | " + r.document.id + " | " + std::to_string(r.document.year));
  }
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("overlap::import_tsv maps committees to corpus ids") {
  const Corpus corpus = load_corpus({test_data("import/corpus")});
  EvidenceImport imported = import_tsv(test_data("import/titles.tsv"), corpus, {});
  CHECK(lines(imported) == std::vector<std::string>{
                               "CISPR/A | CISPR 90004:2019 | 2019",
                               "IEC/SC 34B | IEC 90003:2018 | 2018",
                               "ISO/IEC JTC 1/SC 39 | ISO/IEC 90005:2020 | 2020",
                               "ISO/TC 307 | ISO 90007:2023 | 2023",
                               "ISO/TC 61 | ISO 90002:2015 | 2015",
                               "ISO/TC 61/SC 9 | ISO 90001-1:2010 | 2010",
                               "ITU-T SG20 | ITU-T Y.99001 (03/2021) | 2021",
                           });
  const ImportReport& report = imported.report;
  CHECK(report.documents == 10);
  CHECK(report.kept == 7);
  CHECK(report.duplicates == 2);
  CHECK(report.committees == 7);
  CHECK(report.via_ancestor == 1);
  CHECK(report.unmapped == std::map<std::string, std::size_t>{{"ISO/TC 999", 1}});
  std::string summary = format_import_report(report);
  CHECK(summary.find("documents kept: 7 for 7 committees of the corpus") != std::string::npos);
  CHECK(summary.find("unmapped committees: 1 (1 documents)\n  ISO/TC 999\t1\n") !=
        std::string::npos);
}

TEST_CASE("overlap::import_tsv --before keeps older documents") {
  const Corpus corpus = load_corpus({test_data("import/corpus")});
  EvidenceImport imported = import_tsv(test_data("import/titles.tsv"), corpus, {2020, false});
  CHECK(imported.report.kept == 4);
  CHECK(imported.report.too_recent == 4);
  for (const EvidenceRecord& r : imported.records) {
    CHECK(r.document.year < 2020);
  }
}

TEST_CASE("overlap::import_tsv reports malformed files") {
  const Corpus corpus = load_corpus({test_data("import/corpus")});
  CHECK_THROWS_WITH_AS(
      import_tsv(test_data("import/titles_bad_header.tsv"), corpus, {}),
      doctest::Contains("titles_bad_header.tsv:1: the header line has no column 'docid'"), Error);
  CHECK_THROWS_WITH_AS(
      import_tsv(test_data("import/titles_short_line.tsv"), corpus, {}),
      doctest::Contains("titles_short_line.tsv:2: expected 5 tab-separated fields, found 3"),
      Error);
}
