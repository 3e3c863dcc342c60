#include "corpus_writer.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace overlap;

TEST_CASE("overlap::format_corpus_yaml writes what load_corpus reads back") {
  const Corpus corpus = load_corpus({test_data("corpus_small")});
  std::string yaml = format_corpus_yaml(corpus.entries, "line one\nline two");
  CHECK(yaml.rfind("# line one\n# line two\n- id: ", 0) == 0);
  auto dir = std::filesystem::temp_directory_path() / "overlap-test-writer";
  std::filesystem::create_directories(dir);
  { std::ofstream(dir / "groups.yaml") << yaml; }
  const Corpus again = load_corpus({dir});
  REQUIRE(again.entries.size() == corpus.entries.size());
  for (std::size_t i = 0; i < corpus.entries.size(); ++i) {
    const Entry& a = corpus.entries[i];
    const Entry& b = again.entries[i];
    CAPTURE(a.id);
    CHECK(a.id == b.id);
    CHECK(a.orgs == b.orgs);
    CHECK(a.kind == b.kind);
    CHECK(a.title == b.title);
    CHECK(a.scope == b.scope);
    CHECK(a.keywords == b.keywords);
    CHECK(a.parent == b.parent);
    CHECK(a.aliases == b.aliases);
    CHECK(a.active == b.active);
    CHECK(a.successor == b.successor);
  }
}
