#include "evidence_import.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace overlap;

namespace {

const EvidenceRecord* record(const EvidenceImport& imported, const std::string& docid) {
  auto it = std::find_if(imported.records.begin(), imported.records.end(),
                         [&](const EvidenceRecord& r) { return r.document.id == docid; });
  return it == imported.records.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("overlap::import_relaton reads each layout of relaton YAML") {
  const Corpus corpus = load_corpus({test_data("import/corpus")});
  EvidenceImport imported =
      import_relaton({test_data("import/relaton")}, corpus, {std::nullopt, true});

  SUBCASE("committee from an author's subdivision identifier, main title, English abstract") {
    const EvidenceRecord* r = record(imported, "ISO 90101:2020");
    REQUIRE(r != nullptr);
    CHECK(r->committee == "ISO/TC 307");
    CHECK(r->document.year == 2020);
    CHECK(r->document.title == "Blockchain and distributed ledger technologies - Invented "
                               "interoperability profile for ledger gateways");
    CHECK(r->document.abstract == "This document specifies an invented profile for gateways "
                                  "between ledgers & the smart contracts that use them.");
  }
  SUBCASE("the subcommittee wins over its committee; title from its parts") {
    const EvidenceRecord* r = record(imported, "ISO 90102-2:2015");
    REQUIRE(r != nullptr);
    CHECK(r->committee == "ISO/TC 61/SC 9");
    CHECK(r->document.year == 2015);
    CHECK(r->document.title ==
          "Plastics - Invented thermoplastic compounds - Part 2: Preparation of test specimens");
  }
  SUBCASE("older layout: docid, date value, editorialgroup committee and subcommittee apart") {
    const EvidenceRecord* r = record(imported, "IEC 90103:2012");
    REQUIRE(r != nullptr);
    CHECK(r->committee == "IEC/SC 34B");
    CHECK(r->document.year == 2012);
  }
  SUBCASE("CISPR subdivision, ITU-T Study Group in ext.editorialgroup, joint committee") {
    REQUIRE(record(imported, "CISPR 90104:2019") != nullptr);
    CHECK(record(imported, "CISPR 90104:2019")->committee == "CISPR/A");
    REQUIRE(record(imported, "ITU-T Y.99002 (06/2018)") != nullptr);
    CHECK(record(imported, "ITU-T Y.99002 (06/2018)")->committee == "ITU-T SG20");
    CHECK(record(imported, "ITU-T Y.99002 (06/2018)")->document.year == 2018);
    REQUIRE(record(imported, "ISO/IEC 90105:2023") != nullptr);
    CHECK(record(imported, "ISO/IEC 90105:2023")->committee == "ISO/IEC JTC 1/SC 39");
  }
  SUBCASE("what is left out is counted") {
    const ImportReport& report = imported.report;
    CHECK(report.files == 9);
    CHECK(report.unreadable == 1);
    CHECK(report.first_unreadable.find("broken.yaml:") != std::string::npos);
    CHECK(report.documents == 8);
    CHECK(report.kept == 6);
    CHECK(report.without_committee == 1);
    CHECK(report.unmapped == std::map<std::string, std::size_t>{{"ISO/TC 987", 1}});
  }
}

TEST_CASE("overlap::import_relaton --before and abstracts") {
  const Corpus corpus = load_corpus({test_data("import/corpus")});
  EvidenceImport imported = import_relaton({test_data("import/relaton")}, corpus, {2022, false});
  CHECK(record(imported, "ISO/IEC 90105:2023") == nullptr);
  CHECK(imported.report.too_recent == 1);
  REQUIRE(record(imported, "ISO 90101:2020") != nullptr);
  CHECK(record(imported, "ISO 90101:2020")->document.abstract.empty());
}
