#include "corpus_writer.h"
#include "error.h"
#include "iso_open_data.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace overlap;

namespace {

const Entry* entry(const IsoImport& imported, const std::string& id) {
  auto it = std::find_if(imported.entries.begin(), imported.entries.end(),
                         [&](const Entry& e) { return e.id == id; });
  return it == imported.entries.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("overlap::read_iso_open_data reads JSON Lines") {
  auto committees = read_iso_open_data(test_data("import/iso_committees.jsonl"));
  REQUIRE(committees.size() == 6);
  const IsoCommittee& tc307 = committees[0];
  CHECK(tc307.id == 900307);
  CHECK(tc307.reference == "ISO/TC 307");
  CHECK(tc307.status == "Active");
  CHECK(tc307.scope == "Standardization of blockchain technologies and distributed ledger "
                       "technologies. Invented note: ledgers & tokens.");
  CHECK(tc307.liaisons == std::vector<std::pair<long long, std::string>>{
                              {900039, "ISO/IEC JTC 1/SC 39"}, {900999, ""}});
  CHECK(committees[2].parent == 900061);
  CHECK(committees[2].scope.empty());
  CHECK(committees[3].scope ==
        "Invented scope: resource efficiency of data centres \u2013 and of IT.");
  CHECK(committees[3].line == 4);
}

TEST_CASE("overlap::read_iso_open_data reads CSV") {
  auto committees = read_iso_open_data(test_data("import/iso_committees.csv"));
  REQUIRE(committees.size() == 2);
  CHECK(committees[0].reference == "ISO/TC 61");
  CHECK(committees[0].scope == "Standardization of plastics, \"invented\" wording. Second line.");
  CHECK(committees[1].parent == 900061);
  CHECK(committees[1].liaisons ==
        std::vector<std::pair<long long, std::string>>{{900061, "ISO/TC 61"}, {900777, ""}});
}

TEST_CASE("overlap::read_iso_open_data reports malformed lines") {
  CHECK_THROWS_WITH_AS(read_iso_open_data(test_data("import/iso_committees_bad.jsonl")),
                       doctest::Contains("iso_committees_bad.jsonl:1:50: malformed JSON"), Error);
}

TEST_CASE("overlap::iso_open_data_entries") {
  const Corpus corpus = load_corpus({test_data("import/corpus")});
  IsoImport imported =
      iso_open_data_entries(read_iso_open_data(test_data("import/iso_committees.jsonl")), corpus);
  CHECK(imported.records == 6);
  CHECK(imported.entries.size() == 6);
  CHECK(imported.updating == 4);
  CHECK(imported.added == 2);
  const Entry* sc9 = entry(imported, "ISO/TC 61/SC 9");
  REQUIRE(sc9 != nullptr);
  CHECK(sc9->parent == "ISO/TC 61");
  CHECK(sc9->kind == "SC");
  CHECK(sc9->source == "iso-open-data");
  CHECK(sc9->url == "https://www.iso.org/committee/900069.html");
  const Entry* tc307 = entry(imported, "ISO/TC 307");
  REQUIRE(tc307 != nullptr);
  CHECK(tc307->liaisons ==
        std::vector<std::string>{"ISO/IEC JTC 1/SC 39", "ISO/TC 999"}); // null reference: by id
  const Entry* sc39 = entry(imported, "ISO/IEC JTC 1/SC 39");
  REQUIRE(sc39 != nullptr);
  CHECK(sc39->orgs == std::vector<std::string>{"ISO", "IEC"});
  CHECK(sc39->kind == "SC");
  CHECK_FALSE(entry(imported, "ISO/TC 998")->active);

  SUBCASE("the written file loads next to the corpus and updates its entries") {
    std::string yaml = format_corpus_yaml(imported.entries, iso_open_data_attribution);
    CHECK(yaml.rfind("# Source: ISO Open Data", 0) == 0);
    auto dir = std::filesystem::temp_directory_path() / "overlap-test-iso-import";
    std::filesystem::create_directories(dir);
    { std::ofstream(dir / "iso-open-data.yaml") << yaml; }
    const Corpus both = load_corpus({test_data("import/corpus"), dir});
    CHECK(both.entries.size() == corpus.entries.size() + 2);
    const Entry& merged = both.entries[*both.find("ISO/TC 307")];
    CHECK(merged.scope.find("Standardization of blockchain technologies") == 0);
    CHECK(merged.keywords ==
          std::vector<std::string>{"blockchain", "distributed ledger", "smart contract"});
    CHECK(merged.source == "iso-open-data");
    const Entry& sc9_merged = both.entries[*both.find("ISO/TC 61/SC 9")];
    CHECK(sc9_merged.scope ==
          "Designation and specification of thermoplastic moulding and extrusion materials.");
    const Entry& added = both.entries[*both.find("ISO/TC 999")];
    CHECK(added.keywords.empty());
    CHECK(added.title == "Invented committee");
    const Corpus alone = load_corpus({dir});
    CHECK(alone.entries.size() == 6);
  }
}
