#include "error.h"
#include "evidence.h"
#include "evidence_import.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

using namespace overlap;

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / ("overlap-test-" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

std::string load_error(const std::string& text, const Corpus& corpus) {
  try {
    load_evidence(write_temp("bad-evidence.tsv", text), corpus);
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

} // namespace

TEST_CASE("overlap::tsv_field and format_evidence") {
  CHECK(tsv_field(" a\tb\n\r c  d ") == "a b c d");
  std::string tsv = format_evidence({
      {"ISO/TC 61", {"ISO 2:2010", 2010, "Second", ""}},
      {"CISPR/A", {"CISPR 1:2019", 2019, "Tab\there", "An\nabstract"}},
      {"ISO/TC 61", {"ISO 1:2001", 2001, "First", ""}},
      {"ISO/TC 61", {"ISO 1:2001", 2001, "First", ""}},
      {"ISO/TC 61", {"ISO 0", 0, "Undated", ""}},
  });
  CHECK(tsv == "committee\tdocid\tyear\ttitle\tabstract\n"
               "CISPR/A\tCISPR 1:2019\t2019\tTab here\tAn abstract\n"
               "ISO/TC 61\tISO 0\t\tUndated\t\n"
               "ISO/TC 61\tISO 1:2001\t2001\tFirst\t\n"
               "ISO/TC 61\tISO 2:2010\t2010\tSecond\t\n");
}

TEST_CASE("overlap::load_evidence") {
  const Corpus corpus = load_corpus({test_data("import/corpus")});
  SUBCASE("attaches documents to entries, through ids, aliases and folded spellings") {
    std::string path =
        write_temp("evidence.tsv", "committee\tdocid\tyear\ttitle\tabstract\r\n"
                                   "CISPR/CIS/A\tCISPR 1\t2019\tReceivers\t\n"
                                   "ISO/TC 61\tISO 1\t2001\tPlastics one\tAbout plastics\n"
                                   "ISO/TC 61\tISO 2\t\tPlastics two\t\n"
                                   "ISO/TC 999\tISO 3\t2001\tUnknown\t\n"
                                   "ISO/TC 998\tISO 4\t2001\tUnknown\t\n"
                                   "ISO/TC 998\tISO 5\t2001\tUnknown\t\n"
                                   "\n");
    Evidence evidence = load_evidence(path, corpus);
    CHECK(evidence.document_count == 3);
    CHECK(evidence.documents.size() == corpus.entries.size());
    REQUIRE(evidence.of("ISO/TC 61").size() == 2);
    CHECK(evidence.of("ISO/TC 61")[0].abstract == "About plastics");
    CHECK(evidence.of("ISO/TC 61")[1].year == 0);
    CHECK(evidence.of("CISPR/A").front().title == "Receivers");
    CHECK(evidence.of("ITU-T SG20").empty());
    auto texts = evidence.texts();
    REQUIRE(texts.size() == corpus.entries.size());
    CHECK(texts[*corpus.find("ISO/TC 61")] ==
          std::vector<std::string>{"Plastics one.\nAbout plastics", "Plastics two"});
    CHECK(evidence.unknown_documents == 3);
    CHECK(evidence.unknown ==
          std::vector<std::pair<std::string, std::size_t>>{{"ISO/TC 998", 2}, {"ISO/TC 999", 1}});
  }
  SUBCASE("reports malformed files with file and line") {
    CHECK(load_error("committee\tdocid\n", corpus).find(":1: not an evidence file") !=
          std::string::npos);
    CHECK(load_error("committee\tdocid\tyear\ttitle\tabstract\nISO/TC 61\tISO 1\t2001\tx\n", corpus)
              .find(":2: expected 5 tab-separated fields") != std::string::npos);
    CHECK(load_error("committee\tdocid\tyear\ttitle\tabstract\nISO/TC 61\tISO 1\t2001\tx\ty\tz\n",
                     corpus)
              .find(":2: expected 5") != std::string::npos);
    CHECK(
        load_error("committee\tdocid\tyear\ttitle\tabstract\nISO/TC 61\tISO 1\t20x1\tx\t\n", corpus)
            .find(":2: year '20x1' is not a number") != std::string::npos);
    CHECK(load_error("", corpus).find("the evidence file is empty") != std::string::npos);
  }
}

// Its speed is measured by scripts/bench, not here.
TEST_CASE("overlap::load_evidence reads 100,000 documents") {
  const Corpus corpus = load_corpus({OVERLAP_CORPUS_DIR});
  std::vector<EvidenceRecord> records;
  for (int i = 0; i < 100000; ++i) {
    const Entry& e = corpus.entries[static_cast<std::size_t>(i) % corpus.entries.size()];
    records.push_back(
        {e.id,
         {"DOC " + std::to_string(i), 1990 + i % 30,
          "Information technology - Some title of a standard - Part " + std::to_string(i % 7),
          ""}});
  }
  std::string path = write_temp("evidence-100k.tsv", format_evidence(std::move(records)));
  Evidence evidence = load_evidence(path, corpus);
  CHECK(evidence.document_count == 100000);
  CHECK(evidence.texts().size() == corpus.entries.size());
}
