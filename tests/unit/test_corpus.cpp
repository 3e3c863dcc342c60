#include "corpus.h"
#include "corpus_stats.h"
#include "error.h"
#include "test_data.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

using overlap::load_corpus;

namespace {

// The message of the error that loading `fixture` raises.
std::string load_error(const std::string& fixture) {
  try {
    load_corpus({test_data(fixture)});
  } catch (const overlap::Error& e) {
    return e.what();
  }
  return "(no error)";
}

} // namespace

TEST_CASE("overlap::load_corpus reads entries") {
  auto corpus = load_corpus({test_data("corpus_small")});
  CHECK(corpus.entries.size() == 7);
  REQUIRE(corpus.find("ISO/IEC JTC 1/SC 42"));
  const auto& sc42 = corpus.entries[*corpus.find("ISO/IEC JTC 1/SC 42")];
  CHECK(sc42.orgs == std::vector<std::string>{"ISO", "IEC"});
  CHECK(sc42.parent == "ISO/IEC JTC 1");
  CHECK(corpus.find("JTC 1/SC 42") == corpus.find("ISO/IEC JTC 1/SC 42")); // alias
  const auto& sg16 = corpus.entries[*corpus.find("ITU-T SG16")];
  CHECK_FALSE(sg16.active);
  CHECK(sg16.successor == "ITU-T SG13");
  // The work of a closed group goes on in its successor; an active group carries on its own.
  CHECK(corpus.current(*corpus.find("ITU-T SG16")) == *corpus.find("ITU-T SG13"));
  CHECK(corpus.current(*corpus.find("ITU-T SG13")) == *corpus.find("ITU-T SG13"));
}

TEST_CASE("overlap::Corpus::current ends at an unknown successor or a cycle") {
  // load_corpus refuses both, but a corpus read from a damaged cache is only looked up.
  overlap::Corpus corpus;
  auto closed = [](std::string id, std::string successor) {
    overlap::Entry e;
    e.id = std::move(id);
    e.active = false;
    e.successor = std::move(successor);
    return e;
  };
  corpus.entries = {closed("A", "B"), closed("B", "A"), closed("C", "nowhere"), closed("D", "C")};
  corpus.entries.push_back(overlap::Entry{});
  corpus.entries.back().id = "E";
  corpus.build_lookup();
  CHECK(corpus.current(0) < 2); // somewhere on the cycle, not forever
  CHECK(corpus.current(2) == 2);
  CHECK(corpus.current(3) == 2);
  CHECK(corpus.current(4) == 4);
}

TEST_CASE("overlap::Corpus::group: the highest ancestor below a joint technical committee") {
  overlap::Corpus corpus;
  auto entry = [](std::string id, std::string kind, std::string parent) {
    overlap::Entry e;
    e.id = std::move(id);
    e.kind = std::move(kind);
    e.parent = std::move(parent);
    return e;
  };
  corpus.entries = {entry("ISO/TC 22", "TC", ""),
                    entry("ISO/TC 22/SC 32", "SC", "ISO/TC 22"),
                    entry("WG 1", "WG", "ISO/TC 22/SC 32"),
                    entry("JTC 1", "JTC", ""),
                    entry("JTC 1/SC 42", "SC", "JTC 1"),
                    entry("X", "TC", "Y"),
                    entry("Y", "TC", "X")};
  corpus.build_lookup();
  CHECK(corpus.group(0) == 0);
  CHECK(corpus.group(1) == 0);
  CHECK(corpus.group(2) == 0);
  CHECK(corpus.group(3) == 3);
  CHECK(corpus.group(4) == 4); // a JTC's subcommittee is a group of its own
  // A cycle of parents (load_corpus refuses it; a damaged cache may hold it) ends the walk.
  CHECK((corpus.group(5) == 5 || corpus.group(5) == 6));
}

TEST_CASE("overlap::load_corpus reads .yml files and a thesaurus.yml") {
  const auto corpus = load_corpus({test_data("corpus_yml")});
  CHECK(corpus.entries.size() == 1);
  CHECK(corpus.find("ISO/TC 307"));
  CHECK(corpus.thesaurus_file.filename() == "thesaurus.yml");
}

TEST_CASE("overlap::load_corpus reports each error with file, line and column") {
  CHECK(load_error("bad/malformed.yaml").find("bad/malformed.yaml:5:1: malformed YAML") !=
        std::string::npos);
  CHECK(
      load_error("bad/unknown_field.yaml").find("unknown_field.yaml:7:3: unknown field 'colour'") !=
      std::string::npos);
  CHECK(load_error("bad/missing_scope.yaml")
            .find("missing_scope.yaml:1:3: entry 'ISO/TC 1' has no 'scope'") != std::string::npos);
  CHECK(load_error("bad/wrong_type.yaml").find("wrong_type.yaml:6:13: 'keywords' must be a list") !=
        std::string::npos);
  CHECK(load_error("bad/duplicate_id.yaml")
            .find("duplicate_id.yaml:7:3: duplicate id 'ISO/TC 1' (first at ") !=
        std::string::npos);
  CHECK(
      load_error("bad/unknown_parent.yaml")
          .find(
              "unknown_parent.yaml:4:11: entry 'ISO/TC 1/SC 9' names unknown parent 'ISO/TC 1'") !=
      std::string::npos);
  CHECK(load_error("bad/unknown_successor.yaml")
            .find("unknown_successor.yaml:8:14: entry 'ITU-T SG16' names unknown successor 'ITU-T "
                  "SG21'") != std::string::npos);
  CHECK(load_error("bad/cycle.yaml")
            .find("cycle.yaml:4:11: entry 'ISO/TC 1' is its own ancestor (cycle of parents)") !=
        std::string::npos);
  // A cycle of successors would send the ranking round for ever.
  CHECK(load_error("bad/successor_cycle.yaml")
            .find("successor_cycle.yaml:8:14: entry 'ITU-T SG16' is its own successor (cycle of "
                  "successors)") != std::string::npos);
  CHECK(load_error("bad/unknown_org.yaml").find("unknown_org.yaml:2:8: unknown org 'CEN'") !=
        std::string::npos);
  CHECK(load_error("bad/not_a_list.yaml").find("not_a_list.yaml:1:1: expected a list of entries") !=
        std::string::npos);
  CHECK(load_error("bad/empty.yaml").find("empty.yaml: the file holds no entries") !=
        std::string::npos);
  CHECK(
      load_error("bad/empty_list.yaml").find("empty_list.yaml:2:1: the list of entries is empty") !=
      std::string::npos);
  CHECK(
      load_error("bad/two_documents.yaml").find("two_documents.yaml:7:1: a second YAML document") !=
      std::string::npos);
  CHECK(load_error("bad/repeated_field.yaml")
            .find("repeated_field.yaml:7:3: field 'scope' given twice") != std::string::npos);
  CHECK(
      load_error("bad/bad_utf8.yaml").find("bad_utf8.yaml:4:16: invalid UTF-8 (byte offset 52)") !=
      std::string::npos);
  CHECK(load_error("bad/binary.yaml").find("binary.yaml:4:15: not a text file (NUL byte)") !=
        std::string::npos);
  CHECK(load_error("bad/too_deep.yaml").find("malformed YAML: nested too deeply") !=
        std::string::npos);
  CHECK(load_error("no_yaml").find("no corpus files (*.yaml, *.yml)") != std::string::npos);
  CHECK(load_error("does_not_exist").find("does_not_exist: corpus not found") != std::string::npos);
}

TEST_CASE("overlap::corpus_from_yaml validates one file's text like load_corpus") {
  const std::string entry = "- id: ISO/TC 1\n  org: ISO\n  kind: TC\n  title: Screw threads\n"
                            "  scope: Threads.\n  keywords: [thread]\n";
  CHECK(overlap::corpus_from_yaml(entry, "x.yaml").entries.size() == 1);
  CHECK_THROWS_WITH(overlap::corpus_from_yaml("", "x.yaml"),
                    doctest::Contains("x.yaml: the file holds no entries"));
  CHECK_THROWS_WITH(overlap::corpus_from_yaml(entry + entry, "x.yaml"),
                    doctest::Contains("x.yaml:7:3: duplicate id 'ISO/TC 1' (first at x.yaml:1:3)"));
  CHECK_THROWS_WITH(overlap::corpus_from_yaml(entry + "  ? [a]\n  : b\n", "x.yaml"),
                    doctest::Contains("x.yaml:7:5: a field name must be a plain string"));
  CHECK_NOTHROW(overlap::corpus_from_yaml(entry + "  aliases: [ISO/TC 1]\n", "x.yaml"));
}

TEST_CASE("overlap::corpus_stats counts and flags entries below the bar") {
  auto corpus = load_corpus({test_data("corpus_small")});
  std::string stats = overlap::corpus_stats(corpus);
  CHECK(stats.find("entries: 7 in 1 file\n") != std::string::npos);
  CHECK(stats.find("ITU-T       3") != std::string::npos);
  CHECK(stats.find("closed      1") != std::string::npos);
  // The fixture's scopes are short: every entry is flagged.
  CHECK(stats.find("entries below the bar (scope 40-120 words, 8+ keywords): 7") !=
        std::string::npos);
}

TEST_CASE("the shipped corpus is valid") {
  auto corpus = load_corpus({OVERLAP_CORPUS_DIR});
  CHECK(corpus.entries.size() > 100);
}

TEST_CASE("overlap::load_corpus folds imported entries into the entries of the same id") {
  for (bool imported_first : {false, true}) {
    CAPTURE(imported_first);
    std::vector<std::filesystem::path> paths{test_data("import/corpus"),
                                             test_data("import/overrides")};
    if (imported_first) {
      std::swap(paths[0], paths[1]);
    }
    auto corpus = load_corpus(paths);
    CHECK(corpus.entries.size() == load_corpus({test_data("import/corpus")}).entries.size());
    const auto& tc61 = corpus.entries[*corpus.find("ISO/TC 61")];
    CHECK(tc61.title == "Plastics (official)");
    CHECK(tc61.scope == "Official scope of plastics.");
    CHECK(tc61.keywords == std::vector<std::string>{"plastics", "polymer"});
    CHECK(tc61.liaisons == std::vector<std::string>{"ISO/TC 307"});
    CHECK(tc61.source == "iso-open-data");
    CHECK(tc61.url == "https://www.iso.org/committee/900061.html");
    const auto& tc307 = corpus.entries[*corpus.find("ISO/TC 307")];
    CHECK(tc307.scope.find("Blockchain systems") == 0); // no imported scope: ours stays
    CHECK(tc307.keywords.size() == 3);
  }
}

TEST_CASE("overlap::load_corpus checks source and liaisons") {
  CHECK(load_error("bad/self_liaison.yaml")
            .find("self_liaison.yaml:7:13: entry 'ISO/TC 1' names itself in 'liaisons'") !=
        std::string::npos);
  // Without `source`, scope and keywords stay required; a repeated id stays an error.
  CHECK(load_error("bad/missing_scope.yaml").find("has no 'scope'") != std::string::npos);
  CHECK(load_error("bad/duplicate_id.yaml").find("duplicate id") != std::string::npos);
  auto imported = load_corpus({test_data("import/overrides")});
  CHECK(imported.entries[*imported.find("ISO/TC 307")].keywords.empty());
}
