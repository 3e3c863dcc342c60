#include "analyzer.h"
#include "corpus.h"
#include "index.h"
#include "passages.h"
#include "query.h"
#include "score.h"
#include "small_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace overlap;

namespace {

struct Fixture : SmallIndex {
  // The terms of `text`, resolved in the index, and their occurrences.
  std::vector<Term> terms(const std::string& text) {
    std::vector<Term> out = analyzer.analyze(text);
    for (Term& t : out) {
      t.id = index.find(t.key);
      t.resolved = true;
    }
    return out;
  }
  static std::vector<Occurrence> occurrences(const std::vector<Term>& terms) {
    std::vector<Occurrence> out;
    for (const Term& t : terms) {
      if (t.id && t.sentence != Term::no_sentence) {
        out.push_back({*t.id, t.sentence, t.weight});
      }
    }
    return out;
  }
  // score_all of `text` alone: what a sentence scores by itself.
  float alone(const std::string& text, const std::string& id, const ScoringParams& params) {
    return score_all(build_query(terms(text), index), index, params)[entry(id)];
  }
};

// A broad proposal that gives one sentence of eight to machine learning (ISO/IEC JTC 1/SC 42).
const std::string broad =
    "Blockchain and distributed ledgers for smart contracts and their tokens. Consensus, identity "
    "of participants and governance of ledger networks. Interoperability of ledgers and a "
    "reference architecture. Substation automation and SCADA for the smart grid. The common "
    "information model and cyber security of power utility communication. Machine learning and "
    "AI trustworthiness. Network slicing and orchestration in IMT-2030 core networks. Video "
    "coding, conferencing and IPTV.";

} // namespace

TEST_CASE("overlap::split_query: each sentence a query of its own, over the text's terms") {
  Fixture f;
  const std::vector<Term> terms = f.terms(broad);
  const Query query = build_query(terms, f.index);
  const Sentences sentences =
      split_query(query, Fixture::occurrences(terms), f.index, QueryOptions{}, ScoringParams{});
  REQUIRE(sentences.size() == 8);
  auto term_of = [&](const std::string& word) {
    const auto id = f.index.find(f.analyzer.word_key(word));
    REQUIRE(id);
    const auto it = std::find_if(query.terms.begin(), query.terms.end(),
                                 [&](const QueryTerm& t) { return t.term == *id; });
    REQUIRE(it != query.terms.end());
    return static_cast<std::size_t>(it - query.terms.begin());
  };
  CHECK(sentences.has(term_of("learning"), 5));
  CHECK_FALSE(sentences.has(term_of("learning"), 0));
  CHECK(sentences.has(term_of("ledger"), 0)); // "ledgers": the same stem
  CHECK(sentences.has(term_of("ledger"), 1));
  CHECK(sentences.has(term_of("ledger"), 2));
  CHECK_FALSE(sentences.has(term_of("ledger"), 3));
  // The terms of one sentence, in any order (expansions come after the words): the same sentences.
  std::vector<Occurrence> shuffled = Fixture::occurrences(terms);
  std::reverse(shuffled.begin(), shuffled.end());
  const Sentences again = split_query(query, shuffled, f.index, QueryOptions{}, ScoringParams{});
  REQUIRE(again.items.size() == sentences.items.size());
  for (std::size_t k = 0; k < again.items.size(); ++k) {
    CHECK(again.items[k].sentence == sentences.items[k].sentence);
    CHECK(again.items[k].factor == doctest::Approx(sentences.items[k].factor));
  }
  // A text of one sentence has none apart from itself.
  const std::vector<Term> one = f.terms("Machine learning for ledgers");
  CHECK(split_query(build_query(one, f.index), Fixture::occurrences(one), f.index, QueryOptions{},
                    ScoringParams{})
            .size() == 0);
}

TEST_CASE("overlap::best_sentence: the sentence an entry's terms score best in") {
  Sentences s;
  s.count = 3;
  // Term 0 stands in sentences 0 and 2, term 1 in sentence 1.
  s.items = {{0, 1.0F}, {2, 3.0F}, {1, 2.0F}};
  s.begin = {0, 2, 3};
  const std::vector<TermHit> both{{7, 0, 0.1F}, {7, 1, 0.1F}};
  CHECK(best_sentence(s, both).sentence == 2);
  CHECK(best_sentence(s, both).raw == doctest::Approx(0.3));
  const std::vector<TermHit> second{{7, 1, 0.1F}};
  CHECK(best_sentence(s, second).sentence == 1);
  CHECK(best_sentence(s, {}).raw == 0);
  s.items[1].factor = 2.0F; // a tie between sentences 1 and 2: the first
  CHECK(best_sentence(s, both).sentence == 1);
}

TEST_CASE(
    "overlap::lift_by_sentences: an entry scores at least its best sentence alone, weighted") {
  Fixture f;
  // A corpus of seven entries has low idfs, and a proposal's weight is far below the prior mass of
  // a real one's; a small prior mass gives the proportions of a long proposal against a real
  // corpus.
  ScoringParams params;
  params.heading_boost = 0;
  params.prior_mass = 5;
  const std::vector<Term> terms = f.terms(broad);
  const Query query = build_query(terms, f.index);
  const Sentences sentences =
      split_query(query, Fixture::occurrences(terms), f.index, QueryOptions{}, params);
  const std::vector<float> whole = score_all(query, f.index, params);
  const std::uint32_t sc42 = f.entry("ISO/IEC JTC 1/SC 42");

  std::vector<float> scores = whole;
  const std::vector<Lifted> lifted =
      lift_by_sentences(query, f.index, params, sentences, 0.4F, 100, scores);
  // SC 42's sentence, scored as a text of its own, is what it gets (times the weight).
  const float sentence =
      f.alone("Machine learning and AI trustworthiness.", "ISO/IEC JTC 1/SC 42", params);
  CHECK(scores[sc42] == doctest::Approx(0.4F * sentence));
  CHECK(scores[sc42] > 2 * whole[sc42]);
  const auto it =
      std::find_if(lifted.begin(), lifted.end(), [&](const Lifted& l) { return l.entry == sc42; });
  REQUIRE(it != lifted.end());
  CHECK(it->sentence.sentence == 5);
  CHECK(it->whole == doctest::Approx(whole[sc42]));
  // Each entry has the larger of the two; some keep the whole text's.
  std::size_t kept = 0;
  for (std::uint32_t e = 0; e < whole.size(); ++e) {
    const auto l =
        std::find_if(lifted.begin(), lifted.end(), [&](const Lifted& x) { return x.entry == e; });
    if (l != lifted.end()) {
      CHECK(scores[e] == doctest::Approx(0.4F * l->sentence.raw));
      CHECK(scores[e] > whole[e]);
    } else {
      CHECK(scores[e] == whole[e]);
      kept += whole[e] > 0 ? 1 : 0;
    }
  }
  CHECK(kept > 0);
  CHECK(std::is_sorted(lifted.begin(), lifted.end(),
                       [](const Lifted& a, const Lifted& b) { return a.entry < b.entry; }));

  // Only the best-scoring candidates are looked at; a weight of 0 turns it off.
  std::vector<float> one = whole;
  lift_by_sentences(query, f.index, params, sentences, 0.4F, 1, one);
  CHECK(one[sc42] == whole[sc42]);
  std::vector<float> off = whole;
  CHECK(lift_by_sentences(query, f.index, params, sentences, 0.0F, 100, off).empty());
  CHECK(off == whole);
}
