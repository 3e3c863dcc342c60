#include "committee_id.h"
#include "test_data.h"

#include <doctest/doctest.h>

using namespace overlap;

TEST_CASE("overlap::fold_committee_id") {
  struct Case {
    const char* raw;
    const char* org;
    const char* folded;
  };
  const Case cases[] = {
      {"ISO/TC 61/SC 9", "", "ISO/TC 61/SC 9"},
      {"ISO TC 211", "", "ISO/TC 211"},
      {"ISO/TC211", "", "ISO/TC 211"},
      {"TC 211", "ISO", "ISO/TC 211"},
      {"  ISO/TC\u00a0307 - Blockchain and distributed ledger technologies ", "", "ISO/TC 307"},
      {"IEC/TC 34/SC 34B", "", "IEC/SC 34B"},
      {"TC 23/SC 23J", "IEC", "IEC/SC 23J"},
      {"IEC TC 57", "", "IEC/TC 57"},
      {"IEC/TC 100/TA 1", "", "IEC/TC 100/TA 1"},
      {"ISO-IEC/JTC 1/ SC 39", "", "ISO/IEC JTC 1/SC 39"},
      {"ISO/IEC/JTC 1/SC 27", "", "ISO/IEC JTC 1/SC 27"},
      {"JTC1/SC42", "", "ISO/IEC JTC 1/SC 42"},
      {"IEC-ISO/JTC 3", "", "IEC/ISO JTC 3"},
      {"JTC 3", "", "IEC/ISO JTC 3"},
      {"CISPR/CIS/A", "", "CISPR/A"},
      {"CIS/B", "IEC", "CISPR/B"},
      {"IEC/CISPR/CIS", "", "CISPR"},
      {"ITU-T Study Group 20", "", "ITU-T SG20"},
      {"ITU-T SG 17", "", "ITU-T SG17"},
      {"Study Group 15", "ITU-T", "ITU-T SG15"},
      {"SG13", "", "ITU-T SG13"},
      {"Q.11/15", "ITU-T", "ITU-T Q11/15"},
      {"ITU-T Question 4/17", "", "ITU-T Q4/17"},
      {"ITU-T Telecommunication Standardization Advisory Group", "", "ITU-T TSAG"},
      {"ITU-R Study Group 5", "", "ITU-R Study Group 5"},
      {"IULTCS", "ISO", "IULTCS"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.raw);
    CHECK(fold_committee_id(c.raw, c.org) == c.folded);
  }
}

TEST_CASE("overlap::committee_ancestors") {
  CHECK(committee_ancestors("ISO/TC 61/SC 9/WG 2") ==
        std::vector<std::string>{"ISO/TC 61/SC 9", "ISO/TC 61"});
  CHECK(committee_ancestors("IEC/SC 34B") == std::vector<std::string>{"IEC/TC 34"});
  CHECK(committee_ancestors("ISO/IEC JTC 1/SC 39") == std::vector<std::string>{"ISO/IEC JTC 1"});
  CHECK(committee_ancestors("ITU-T Q11/15") == std::vector<std::string>{"ITU-T SG15"});
  CHECK(committee_ancestors("CISPR/A") == std::vector<std::string>{"CISPR"});
  CHECK(committee_ancestors("ISO/TC 61").empty());
}

TEST_CASE("overlap::CommitteeIds finds spellings, aliases and ancestors") {
  const Corpus corpus = load_corpus({test_data("import/corpus")});
  const CommitteeIds ids(corpus);
  auto id_of = [&](const char* raw, const char* org = "") -> std::string {
    auto m = ids.find(raw, org);
    return m ? corpus.entries[m->entry].id + (m->ancestor ? " (ancestor)" : "") : "-";
  };
  CHECK(id_of("ISO/TC 61/SC 9") == "ISO/TC 61/SC 9");
  CHECK(id_of("IEC/TC 34/SC 34B") == "IEC/SC 34B");
  CHECK(id_of("ITU-T Study Group 20") == "ITU-T SG20");
  CHECK(id_of("ISO-IEC/JTC 1/ SC 39") == "ISO/IEC JTC 1/SC 39");
  CHECK(id_of("CISPR/CIS/A") == "CISPR/A");
  CHECK(id_of("iso/tc307") == "ISO/TC 307");
  CHECK(id_of("TC 61", "ISO") == "ISO/TC 61");
  CHECK(id_of("ISO/TC 61/SC 99") == "ISO/TC 61 (ancestor)");
  CHECK(id_of("IEC/SC 34Z") == "IEC/TC 34 (ancestor)");
  CHECK(id_of("Q.7/20", "ITU-T") == "ITU-T SG20 (ancestor)");
  CHECK(id_of("ISO/TC 999") == "-");
  CHECK(id_of("") == "-");
  CHECK(ids.canonical("ISO-IEC/JTC 1/ SC 39") == "ISO/IEC JTC 1/SC 39");
  CHECK(ids.canonical("ISO/TC 61/SC 99") == "ISO/TC 61/SC 99");
  CHECK(ids.depth(*corpus.find("ITU-T Q1/20")) == 1);
  CHECK(ids.depth(*corpus.find("ISO/TC 61")) == 0);
}

TEST_CASE("every id and alias of the shipped corpus finds its own entry") {
  const Corpus corpus = load_corpus({OVERLAP_CORPUS_DIR});
  const CommitteeIds ids(corpus);
  for (std::size_t i = 0; i < corpus.entries.size(); ++i) {
    const Entry& e = corpus.entries[i];
    CAPTURE(e.id);
    auto m = ids.find(fold_committee_id(e.id));
    REQUIRE(m);
    CHECK(m->entry == i);
    CHECK_FALSE(m->ancestor);
    for (const std::string& alias : e.aliases) {
      CAPTURE(alias);
      auto a = ids.find(alias);
      REQUIRE(a);
      CHECK(a->entry == i);
    }
  }
}
