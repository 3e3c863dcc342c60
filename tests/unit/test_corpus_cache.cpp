#include "check.h"
#include "corpus_cache.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace overlap;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system's temp dir, removed at the end of the test.
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("overlap-cache-test-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

std::string ranking(const Checker& checker) {
  auto report =
      checker.check("Power systems management - IEC 61850 substation automation and blokchain "
                    "smart contracts",
                    "-", {}); // the title names a field: title weights count too
  std::string out;
  for (const auto& m : report.matches) {
    out += m.entry->id + " " + std::to_string(m.score) + " " +
           (m.matched.empty() ? "" : m.matched[0]) + "\n";
  }
  return out;
}

} // namespace

TEST_CASE("overlap::open_corpus caches the compiled corpus") {
  TempDir dir;
  const std::string fresh = ranking(Checker(compile_corpus({test_data("corpus_small")})));

  SUBCASE("the cached corpus ranks exactly like a fresh one") {
    Checker first(open_corpus({test_data("corpus_small")}, dir.path));
    REQUIRE(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator{}) == 1);
    Checker second(open_corpus({test_data("corpus_small")}, dir.path)); // read from the cache
    CHECK(ranking(first) == fresh);
    CHECK(ranking(second) == fresh);
    CHECK(second.corpus().find("JTC 1/SC 42") == first.corpus().find("ISO/IEC JTC 1/SC 42"));
  }
  SUBCASE("the cached index knows which keys the corpus writes as two words") {
    const Checker built(compile_corpus({test_data("corpus_compounds")}));
    open_corpus({test_data("corpus_compounds")}, dir.path);
    const Checker cached(open_corpus({test_data("corpus_compounds")}, dir.path));
    const Index& a = built.index();
    const Index& b = cached.index();
    REQUIRE(a.term_count() == b.term_count());
    std::size_t two_words = 0;
    for (std::uint32_t t = 0; t < a.term_count(); ++t) {
      CHECK(a.two_words(t) == b.two_words(t));
      two_words += a.two_words(t) ? 1 : 0;
    }
    CHECK(two_words > 0);
    CHECK(a.two_words(*a.find("wastwater"))); // "waste water"
    CHECK_FALSE(a.two_words(*a.find("network")));
    // Corpus words keep their compound split in the cache; other words are searched.
    for (const std::string_view word : a.words_with_prefix("")) {
      CHECK(a.compound_split(word) == b.compound_split(word));
    }
    CHECK(b.compound_split("lawnmower") == 4U);
    CHECK(b.compound_split("wastewater") == 5U);
  }
  SUBCASE("a damaged cache file is rebuilt") {
    open_corpus({test_data("corpus_small")}, dir.path);
    for (const auto& item : fs::directory_iterator(dir.path)) {
      std::ofstream(item.path(), std::ios::trunc) << "garbage";
    }
    CHECK(ranking(Checker(open_corpus({test_data("corpus_small")}, dir.path))) == fresh);
  }
  SUBCASE("a cache cut short anywhere is rebuilt, and damaged bytes never crash a check") {
    // The index views the mapped file in place, so every length and offset in it is checked when
    // read; under the sanitizers this test catches a check that is missing.
    open_corpus({test_data("corpus_small")}, dir.path);
    const fs::path file = fs::directory_iterator(dir.path)->path();
    std::string good;
    {
      std::ifstream in(file, std::ios::binary);
      good.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::size_t step = std::max<std::size_t>(1, good.size() / 60);
    for (std::size_t length = 0; length < good.size(); length += step) {
      std::ofstream(file, std::ios::binary | std::ios::trunc) << good.substr(0, length);
      CHECK(ranking(Checker(open_corpus({test_data("corpus_small")}, dir.path))) == fresh);
    }
    for (std::size_t at = 0; at < good.size(); at += step) {
      std::string bad = good;
      bad[at] = static_cast<char>(bad[at] ^ 0xA5);
      std::ofstream(file, std::ios::binary | std::ios::trunc) << bad;
      CHECK_NOTHROW(ranking(Checker(open_corpus({test_data("corpus_small")}, dir.path))));
    }
  }
  SUBCASE("the fingerprint follows the files' content") {
    fs::path copy = dir.path / "corpus";
    fs::create_directories(copy);
    fs::copy_file(test_data("corpus_small/groups.yaml"), copy / "groups.yaml");
    const std::string before = corpus_fingerprint(list_corpus_files({copy}));
    std::ofstream(copy / "groups.yaml", std::ios::app) << "# a comment\n";
    CHECK(corpus_fingerprint(list_corpus_files({copy})) != before);
  }
}
