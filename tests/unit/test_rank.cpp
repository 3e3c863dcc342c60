#include "corpus.h"
#include "rank.h"
#include "test_data.h"

#include <doctest/doctest.h>

using namespace overlap;

namespace {

struct Fixture {
  Corpus corpus = load_corpus({test_data("corpus_small")});
  std::vector<float> scores = std::vector<float>(corpus.entries.size(), 0.0F);

  void set(const std::string& id, float s) { scores[*corpus.find(id)] = s; }
  std::vector<std::string> ids(const RankOptions& options) {
    std::vector<std::string> out;
    for (const auto& r : rank(corpus, scores, options)) {
      out.push_back((r.child ? "  " : "") + corpus.entries[r.entry].id);
    }
    return out;
  }
};

} // namespace

TEST_CASE("overlap::rank") {
  Fixture f;
  SUBCASE("orders by score and drops scores below the low level") {
    f.set("ISO/TC 307", 0.2F);
    f.set("IEC/TC 57", 0.6F);
    f.set("ISO/IEC JTC 1/SC 42", 0.01F);
    CHECK(f.ids({}) == std::vector<std::string>{"IEC/TC 57", "ISO/TC 307"});
  }
  SUBCASE("a child's evidence supports its group, shown once with the child under it") {
    f.set("ITU-T Q20/13", 0.5F);
    f.set("ITU-T SG13", 0.1F);
    f.set("ISO/TC 307", 0.3F);
    auto ranked = rank(f.corpus, f.scores, {});
    CHECK(f.ids({}) == std::vector<std::string>{"ITU-T SG13", "  ITU-T Q20/13", "ISO/TC 307"});
    CHECK(ranked[0].score == doctest::Approx(0.5F));
    CHECK(f.corpus.entries[ranked[0].evidence].id == "ITU-T Q20/13");
  }
  SUBCASE("subcommittees of a joint technical committee are groups of their own") {
    f.set("ISO/IEC JTC 1/SC 42", 0.5F);
    CHECK(f.ids({}) == std::vector<std::string>{"ISO/IEC JTC 1/SC 42"});
    CHECK(f.corpus.group(*f.corpus.find("ISO/IEC JTC 1/SC 42")) ==
          *f.corpus.find("ISO/IEC JTC 1/SC 42"));
  }
  SUBCASE("--from leaves out the proposer's own groups but keeps joint ones") {
    f.set("ISO/TC 307", 0.5F);
    f.set("ISO/IEC JTC 1/SC 42", 0.4F);
    f.set("IEC/TC 57", 0.3F);
    RankOptions iso;
    iso.from = "ISO";
    CHECK(f.ids(iso) == std::vector<std::string>{"ISO/IEC JTC 1/SC 42", "IEC/TC 57"});
  }
  SUBCASE("a closed group's evidence counts for its successor; closed groups shown on request") {
    f.set("ITU-T SG16", 0.5F);
    auto ranked = rank(f.corpus, f.scores, {});
    CHECK(f.ids({}) == std::vector<std::string>{"ITU-T SG13"});
    CHECK(f.corpus.entries[ranked[0].evidence].id == "ITU-T SG16");
    RankOptions closed;
    closed.include_closed = true;
    CHECK(f.ids(closed) == std::vector<std::string>{"ITU-T SG16"});
  }
  SUBCASE("top counts groups; ties are broken by id") {
    f.set("ISO/TC 307", 0.3F);
    f.set("IEC/TC 57", 0.3F);
    RankOptions one;
    one.top = 1;
    CHECK(f.ids(one) == std::vector<std::string>{"IEC/TC 57"});
  }
  SUBCASE("members that match nearly as well as the best corroborate their group") {
    f.set("ISO/TC 307", 0.50F);   // one entry alone
    f.set("ITU-T Q20/13", 0.48F); // a Study Group with three matching entries
    f.set("ITU-T SG13", 0.40F);   // at least 0.7 of the best: counts
    f.set("ITU-T SG16", 0.30F);   // closed, counts for SG13, but below 0.7 of the best: does not
    const auto ranked = rank(f.corpus, f.scores, {});
    CHECK(f.ids({}).front() == "ITU-T SG13");
    CHECK(ranked[0].score == doctest::Approx(0.48F + 0.1F * 0.40F));
    REQUIRE(ranked[0].corroborating.size() == 1);
    CHECK(f.corpus.entries[ranked[0].corroborating[0]].id == "ITU-T SG13");
    RankOptions off;
    off.corroboration = 0;
    CHECK(f.ids(off).front() == "ISO/TC 307");
    CHECK(rank(f.corpus, f.scores, off)[0].score == doctest::Approx(0.50F));
  }
  SUBCASE("corroboration counts at most `corroborating` members and keeps scores at most 1") {
    f.set("ITU-T Q20/13", 0.95F);
    f.set("ITU-T SG13", 0.94F);
    f.set("ITU-T SG16", 0.93F);
    RankOptions one;
    one.corroborating = 1;
    CHECK(rank(f.corpus, f.scores, one)[0].corroborating.size() == 1);
    CHECK(rank(f.corpus, f.scores, {})[0].score == doctest::Approx(1.0F));
  }
  SUBCASE("levels follow the thresholds") {
    LevelThresholds t;
    CHECK(level_of(t.high, t) == Level::high);
    CHECK(level_of(t.medium, t) == Level::medium);
    CHECK(level_of(t.medium - 0.01F, t) == Level::low);
    // One word outside the title is at most low; a second word, or the title, keeps the level.
    CHECK(level_of_breadth(Level::high, 1, false) == Level::low);
    CHECK(level_of_breadth(Level::high, 1, true) == Level::high);
    CHECK(level_of_breadth(Level::medium, min_words_above_low, false) == Level::medium);
    CHECK(level_of_breadth(Level::low, 5, true) == Level::low);
  }
}
