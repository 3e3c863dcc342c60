#include "analyzer.h"
#include "corpus.h"
#include "index.h"
#include "query.h"
#include "score.h"
#include "small_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <limits>

using namespace overlap;

namespace {

struct Fixture : SmallIndex {
  std::vector<float> scores(const std::string& text, QueryOptions options = {}) {
    return score_all(build_query(analyzer.analyze(text), index, options), index);
  }
  float score_of(const std::vector<float>& s, const std::string& id) { return s[*corpus.find(id)]; }
  std::string best(const std::vector<float>& s) {
    auto it = std::max_element(s.begin(), s.end());
    return corpus.entries[static_cast<std::size_t>(it - s.begin())].id;
  }
  // The query of `text` with the heading `heading` (Checker::check takes it from the text's title;
  // here it is apart, so that the text's words are the same with and without it).
  Query with_heading(const std::string& text, const std::string& heading) {
    Query q = build_query(analyzer.analyze(text), index);
    std::vector<Term> terms = analyzer.analyze(heading);
    for (Term& t : terms) {
      t.id = index.find(t.key);
      t.resolved = true;
    }
    q.heading = build_heading(heading, terms, index);
    return q;
  }
  // score_all of `q` with the heading's boost off: what its words alone earn.
  std::vector<float> unboosted(const Query& q) {
    ScoringParams off;
    off.heading_boost = 0;
    return score_all(q, index, off);
  }
};

} // namespace

TEST_CASE("overlap::Index") {
  Fixture f;
  CHECK(f.index.entry_count() == 7);
  auto term = f.index.find(f.analyzer.word_key("blockchain"));
  REQUIRE(term);
  REQUIRE(f.index.postings(*term).size() == 1);
  CHECK(f.index.postings(*term)[0].frequency[0] == 1); // title
  // a term in many entries is worth less than a rare one
  auto common = f.index.find(f.analyzer.word_key("networks"));
  REQUIRE(common);
  CHECK(f.index.idf(*common) < f.index.idf(*term));
}

TEST_CASE("overlap::build_query keeps known terms, most distinctive first") {
  Fixture f;
  auto q = build_query(f.analyzer.analyze("zzzunknown blockchain blockchain networks"), f.index);
  REQUIRE(q.terms.size() == 2);
  CHECK(q.terms[0].surface == "blockchain");
  CHECK(q.mass > 0);
  QueryOptions one;
  one.max_terms = 1;
  CHECK(build_query(f.analyzer.analyze("blockchain networks"), f.index, one).terms.size() == 1);
}

TEST_CASE("overlap::score_all") {
  Fixture f;
  SUBCASE("ranks the entry about the topic first") {
    CHECK(f.best(f.scores("A distributed ledger for trade finance with smart contracts")) ==
          "ISO/TC 307");
    CHECK(f.best(f.scores("Cyber security of substation communication using IEC 61850")) ==
          "IEC/TC 57");
    CHECK(f.best(f.scores("Trustworthiness and bias of machine learning models")) ==
          "ISO/IEC JTC 1/SC 42");
  }
  SUBCASE("scores lie in 0..1 and are 0 without shared terms") {
    auto s = f.scores("blockchain distributed ledger token consensus");
    for (float v : s) {
      CHECK(v >= 0.0F);
      CHECK(v <= 1.0F);
    }
    CHECK(f.score_of(s, "IEC/TC 57") == 0.0F);
  }
  SUBCASE("explain adds up to the score") {
    auto q = build_query(f.analyzer.analyze("smart contracts on a blockchain"), f.index);
    auto s = score_all(q, f.index);
    auto id = static_cast<std::uint32_t>(*f.corpus.find("ISO/TC 307"));
    float total = 0;
    for (const auto& c : explain(q, f.index, id)) {
      total += c.value;
    }
    CHECK(total == doctest::Approx(s[id]).epsilon(0.001));
  }
}

TEST_CASE("overlap::score_all: of the renderings added for one word, an entry gets the best") {
  Fixture f;
  // "registre" (French) rendered as "ledger" or as "blockchain": both match ISO/TC 307, which must
  // not count the one word twice; the terms of one rendering ("distributed ledger") add up.
  auto added = [&](const std::string& english, std::uint32_t rendering, bool in_family,
                   bool alternative) {
    std::vector<Term> terms = f.analyzer.analyze(english);
    for (Term& t : terms) {
      t.weight = 0.9F;
      t.via = in_family ? "registre" : "";
      t.rendering = rendering;
      t.alternative = alternative;
    }
    return terms;
  };
  auto joined = [](std::vector<Term> a, const std::vector<Term>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
  };
  const auto tc307 = f.entry("ISO/TC 307");
  const Query apart = build_query(
      joined(added("ledger", 0, false, false), added("blockchain", 1, false, true)), f.index);
  const Query family = build_query(
      joined(added("ledger", 0, true, false), added("blockchain", 1, true, true)), f.index);
  REQUIRE(apart.mass == doctest::Approx(family.mass));
  const auto parts = explain(apart, f.index, tc307);
  REQUIRE(parts.size() == 2);
  const float best = std::max(parts[0].value, parts[1].value);
  CHECK(score_all(apart, f.index)[tc307] == doctest::Approx(parts[0].value + parts[1].value));
  CHECK(score_all(family, f.index)[tc307] == doctest::Approx(best));
  const auto kept = explain(family, f.index, tc307);
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].value == doctest::Approx(best));

  // term_hits counts as score_all does: of the family, the best rendering.
  const EntryHits hits = term_hits(family, f.index, std::vector<std::uint32_t>{tc307});
  REQUIRE(hits.hits.size() == 1);
  CHECK(hits.hits[0].value == doctest::Approx(best));
  CHECK(term_hits(apart, f.index, std::vector<std::uint32_t>{tc307}).hits.size() == 2);

  const Query one_rendering = build_query(
      joined(added("ledger", 0, true, false), added("blockchain", 0, true, true)), f.index);
  CHECK(score_all(one_rendering, f.index)[tc307] ==
        doctest::Approx(parts[0].value + parts[1].value));
  CHECK(explain(one_rendering, f.index, tc307).size() == 2);
}

TEST_CASE("overlap::score_all: a phrase counts more than its words apart") {
  Analyzer analyzer;
  Corpus corpus = load_corpus({test_data("corpus_phrases")});
  Index index = Index::build(corpus, analyzer);
  auto s = score_all(build_query(analyzer.analyze("a digital twin of a factory"), index), index);
  CHECK(s[*corpus.find("IEC/TC 901")] > s[*corpus.find("ISO/TC 901")]);
  // Without the phrase term, the entry with more of the single words would win.
  QueryOptions no_phrases;
  no_phrases.phrase_boost = 0.0F;
  auto words = score_all(
      build_query(analyzer.analyze("a digital twin of a factory"), index, no_phrases), index);
  CHECK(words[*corpus.find("IEC/TC 901")] < words[*corpus.find("ISO/TC 901")]);
}

TEST_CASE("overlap::score_all: the prior weight keeps a few words from scoring like a proposal") {
  Fixture f;
  const Query title = build_query(f.analyzer.analyze("blockchain"), f.index, {});
  const Query scope =
      build_query(f.analyzer.analyze(
                      "blockchain and distributed ledger technologies, smart contracts, "
                      "interoperability of ledgers, identity and governance of blockchain systems"),
                  f.index, {});
  ScoringParams without;
  without.prior_mass = 0;
  const ScoringParams with; // the default prior
  REQUIRE(with.prior_mass > 0);
  const auto id = *f.corpus.find("ISO/TC 307");
  // Without the prior a one-word title matches as fully as a whole scope; with it, much less.
  const float title_share =
      score_all(title, f.index, with)[id] / score_all(title, f.index, without)[id];
  const float scope_share =
      score_all(scope, f.index, with)[id] / score_all(scope, f.index, without)[id];
  CHECK(title_share == doctest::Approx(title.mass / (title.mass + with.prior_mass)));
  CHECK(scope_share == doctest::Approx(scope.mass / (scope.mass + with.prior_mass)));
  CHECK(title_share < scope_share);
  // explain() shares out the same way: its contributions add up to the score.
  float sum = 0;
  for (const Contribution& c : explain(title, f.index, static_cast<std::uint32_t>(id), with)) {
    sum += c.value;
  }
  CHECK(sum == doctest::Approx(score_all(title, f.index, with)[id]));
}

TEST_CASE("overlap::explain_entries gives what explain gives, entry by entry") {
  // The shipped corpus, for posting lists long enough to take both paths (walk and search).
  const Analyzer analyzer;
  const Corpus corpus = load_corpus({OVERLAP_CORPUS_DIR});
  const Index index = Index::build(corpus, analyzer);
  const Query query = build_query(
      analyzer.analyze("management systems for the safety of electrical equipment in smart grids, "
                       "with requirements for testing and quality of service"),
      index, {});
  std::vector<std::uint32_t> entries;
  for (const char* id : {"IEC/TC 57", "ISO/TC 176", "ITU-T SG12", "IEC/TC 8", "ISO/TC 307"}) {
    entries.push_back(static_cast<std::uint32_t>(*corpus.find(id)));
  }
  bool long_list = false;
  for (const QueryTerm& t : query.terms) {
    long_list = long_list || index.postings(t.term).size() > 8 * entries.size();
  }
  REQUIRE(long_list); // else the search path is not tested
  const auto together = explain_entries(query, index, entries);
  REQUIRE(together.size() == entries.size());
  const std::vector<float> scores = score_all(query, index);
  for (std::size_t k = 0; k < entries.size(); ++k) { // the contributions add up to the score
    float sum = 0;
    for (const Contribution& c : together[k]) {
      sum += c.value;
    }
    CHECK(sum == doctest::Approx(scores[entries[k]]));
  }
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const auto alone = explain(query, index, entries[k]);
    REQUIRE(together[k].size() == alone.size());
    for (std::size_t i = 0; i < alone.size(); ++i) {
      CHECK(together[k][i].query_term == alone[i].query_term);
      CHECK(together[k][i].value == alone[i].value);
    }
  }
  CHECK(explain_entries(query, index, {}).empty());
}

TEST_CASE(
    "overlap::build_query: an alternative way of writing a term adds no weight to share out") {
  Fixture f;
  std::vector<Term> terms = f.analyzer.analyze("blockchain");
  const Query plain = build_query(terms, f.index, {});
  std::vector<Term> synonym = f.analyzer.analyze("distributed ledger");
  for (Term& t : synonym) {
    t.alternative = true;
  }
  terms.insert(terms.end(), synonym.begin(), synonym.end());
  const Query expanded = build_query(terms, f.index, {});
  CHECK(expanded.terms.size() > plain.terms.size());   // more ways to match
  CHECK(expanded.mass == doctest::Approx(plain.mass)); // no more to match
}

TEST_CASE("overlap::Index::title_mass: the idf of the distinct words of a title") {
  Fixture f;
  // "Artificial intelligence": two words, each once.
  float expected = 0;
  for (const char* word : {"artificial", "intelligence"}) {
    expected += f.index.idf(*f.index.find(f.analyzer.word_key(word)));
  }
  CHECK(f.index.title_mass(f.entry("ISO/IEC JTC 1/SC 42")) == doctest::Approx(expected));
}

TEST_CASE("overlap::heading_cover: how well a title's introductory element names a group's title") {
  Fixture f;
  const auto ledger = f.entry("ISO/TC 307");
  const auto ai = f.entry("ISO/IEC JTC 1/SC 42");
  CHECK(heading_cover(f.with_heading("x", "Blockchain and distributed ledger technologies"),
                      f.index, ledger) == doctest::Approx(1.0F));
  CHECK(heading_cover(f.with_heading("x", "Artificial intelligence"), f.index, ledger) == 0.0F);
  const float part = heading_cover(f.with_heading("x", "Blockchain"), f.index, ledger);
  CHECK(part > 0.0F);
  CHECK(part < 1.0F);
  // Naming more than the title, even with words the corpus lacks, is naming it less well.
  const float exact = heading_cover(f.with_heading("x", "Artificial intelligence"), f.index, ai);
  CHECK(exact == doctest::Approx(1.0F));
  CHECK(heading_cover(f.with_heading("x", "Artificial intelligence for smart contracts"), f.index,
                      ai) < exact);
  CHECK(heading_cover(f.with_heading("x", "Artificial intelligence zzyzx"), f.index, ai) < exact);
  CHECK(heading_cover(Query{}, f.index, ai) == 0.0F); // no heading
}

TEST_CASE("overlap::heading_factor") {
  const ScoringParams params;
  CHECK(heading_factor(0.0F, params) == 1.0F);
  CHECK(heading_factor(params.heading_min_cover, params) == 1.0F); // a shared word is no sign
  CHECK(heading_factor(1.0F, params) == doctest::Approx(1.0F + params.heading_boost));
  const float mid = heading_factor((1.0F + params.heading_min_cover) / 2, params);
  CHECK(mid == doctest::Approx(1.0F + params.heading_boost / 2));
  ScoringParams off;
  off.heading_boost = 0;
  CHECK(heading_factor(1.0F, off) == 1.0F);
}

TEST_CASE("overlap::score_all: a title that names a group's field counts for that group") {
  Fixture f;
  // The text alone leans to artificial intelligence; the title says the field is ledgers.
  const std::string text = "trustworthiness and bias of models, with a ledger";
  const Query q = f.with_heading(text, "Blockchain and distributed ledger technologies");
  const auto plain = f.unboosted(q);
  CHECK(f.best(plain) == "ISO/IEC JTC 1/SC 42");
  const auto named = score_all(q, f.index);
  CHECK(f.best(named) == "ISO/TC 307");
  // By the factor, for the named group; unchanged for a group the title does not name.
  const auto ledger = f.entry("ISO/TC 307");
  CHECK(named[ledger] == doctest::Approx(plain[ledger] * heading_factor(1.0F, {})));
  const auto ai = f.entry("ISO/IEC JTC 1/SC 42");
  CHECK(named[ai] == plain[ai]);
}

TEST_CASE(
    "overlap::score_all: a title that names a committee's field counts for its subcommittees") {
  Fixture f;
  const std::string text = "trustworthiness and bias of models";
  const Query q = f.with_heading(text, "Information technology");
  const auto plain = f.unboosted(q);
  const auto sc42 = f.entry("ISO/IEC JTC 1/SC 42");
  REQUIRE(plain[sc42] > 0);
  // Without the parent links, SC 42's own title is not named; with them, JTC 1's is.
  CHECK(score_all(q, f.index)[sc42] == plain[sc42]);
  const auto named = score_all(q, f.index, {}, f.corpus.parents());
  CHECK(named[sc42] == doctest::Approx(plain[sc42] * heading_factor(1.0F, {})));
  // A group without a parent keeps what its own title earns.
  const auto ledger = f.entry("ISO/TC 307");
  CHECK(named[ledger] == plain[ledger]);
}

TEST_CASE("overlap::named_field: the entry's own title or an ancestor's, whichever the heading "
          "names better") {
  Fixture f;
  const auto jtc1 = f.entry("ISO/IEC JTC 1");
  const auto sc42 = f.entry("ISO/IEC JTC 1/SC 42");
  const Query it = f.with_heading("x", "Information technology");
  const NamedField inherited = named_field(it, f.index, sc42, {}, f.corpus.parents());
  CHECK(inherited.entry == jtc1);
  CHECK(inherited.cover == doctest::Approx(1.0F));
  CHECK(inherited.factor == doctest::Approx(heading_factor(1.0F, {})));
  // Without the links there is no ancestor to name.
  const NamedField alone = named_field(it, f.index, sc42, {});
  CHECK(alone.entry == sc42);
  CHECK(alone.factor == 1.0F);
  // The subcommittee's own title wins when the heading names it better than the parent's.
  const NamedField own = named_field(f.with_heading("x", "Artificial intelligence"), f.index, sc42,
                                     {}, f.corpus.parents());
  CHECK(own.entry == sc42);
  CHECK(own.cover == doctest::Approx(1.0F));
}

TEST_CASE("overlap::calibrate: raw 0.10 is one half, and uncalibrate turns a score back") {
  CHECK(calibrate(0.0F) == 0.0F);
  CHECK(calibrate(0.10F) == doctest::Approx(0.5));
  CHECK(calibrate(0.20F) == doctest::Approx(0.75));
  CHECK(calibrate(1.0F) > 0.999F);
  for (float raw : {0.0074F, 0.05F, 0.10F, 0.35F}) {
    CHECK(uncalibrate(calibrate(raw)) == doctest::Approx(raw).epsilon(1e-4));
  }
  CHECK(uncalibrate(0.5F) == doctest::Approx(0.10));
  CHECK(uncalibrate(1.0F) == std::numeric_limits<float>::infinity());
}

TEST_CASE("overlap::term_hits: what each query term adds to each of some entries") {
  Fixture f;
  const Query q = build_query(
      f.analyzer.analyze("blockchain ledger governance, machine learning in IMT-2030 networks"),
      f.index);
  ScoringParams off;
  off.heading_boost = 0; // term_hits gives the terms' parts, before the heading's factor
  const std::vector<float> scores = score_all(q, f.index, off);
  const std::vector<std::uint32_t> entries{f.entry("ITU-T SG13"), f.entry("ISO/TC 307"),
                                           f.entry("ISO/IEC JTC 1/SC 42")};
  const EntryHits hits = term_hits(q, f.index, entries, off);
  REQUIRE(hits.begin.size() == entries.size() + 1);
  for (std::size_t k = 0; k < entries.size(); ++k) {
    float sum = 0;
    for (std::uint32_t h = hits.begin[k]; h < hits.begin[k + 1]; ++h) {
      CHECK(hits.hits[h].entry == entries[k]);
      sum += hits.hits[h].value;
    }
    CHECK(hits.begin[k + 1] > hits.begin[k]);
    CHECK(sum == doctest::Approx(scores[entries[k]]));
    // The same values as explain's.
    const auto parts = explain(q, f.index, entries[k], off);
    CHECK(parts.size() == hits.begin[k + 1] - hits.begin[k]);
  }
  CHECK(term_hits(q, f.index, std::vector<std::uint32_t>{}, off).hits.empty());
}
