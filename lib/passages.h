#pragma once

#include "index.h"
#include "query.h"
#include "score.h"

#include <cstdint>
#include <span>
#include <vector>

namespace overlap {

// Sentence evidence. A proposal with a broad scope may give one sentence to a topic that a
// partner group owns ("... including the quality of the voice channel ..."): spread over the
// whole text, those words carry little of the query's weight, and the group scores low. Scored
// as a query of its own, the sentence shows the group as the whole text cannot. Passage-level
// evidence (Callan, SIGIR 1994) turned round: the passages are the query's, not the documents'.

// One occurrence of an indexed term in the proposal, in the sentence numbered `sentence`.
struct Occurrence {
  std::uint32_t term = 0;     // id in the index
  std::uint32_t sentence = 0; // across the whole proposal, in the order of the text
  float weight = 1.0F;        // Term::weight
};

// The proposal's sentences as queries of their own, over the terms of the whole-text query.
struct Sentences {
  struct Item {
    std::uint32_t sentence = 0; // index among the kept sentences
    // Turns the whole-text value of the term for an entry (TermHit::value) into its value in the
    // sentence's query: the ratio of the term's weights in the two, times the inverse
    // ratio of the two queries' masses (each with the prior mass).
    float factor = 0;
  };
  // By query term: the items of Query::terms[i] are items[begin[i]] .. items[begin[i + 1]].
  std::vector<Item> items;
  std::vector<std::uint32_t> begin;
  std::size_t count = 0; // sentences with a term of the query
  std::size_t size() const { return count; }
  // Whether query term `term` stands in kept sentence `sentence`.
  bool has(std::size_t term, std::uint32_t sentence) const;
};

// Splits `query` (built from the terms of `occurrences` by build_query) into its sentences: a
// term's weight in a sentence is query_weight() of its occurrences there, and a sentence's mass,
// like Query::mass, leaves alternatives out. A proposal of one sentence gives none: the whole
// text is that sentence.
Sentences split_query(const Query& query, std::span<const Occurrence> occurrences,
                      const Index& index, const QueryOptions& options, const ScoringParams& params);

// The best sentence for one entry, from what the query's terms added to its score (`row`: its
// TermHits, each term once, after keeping the best rendering of each family).
struct SentenceScore {
  std::uint32_t sentence = 0; // index among the kept sentences (Sentences::Item::sentence)
  float raw = 0;              // its score, on score_all's scale; 0 when no sentence matches
};
SentenceScore best_sentence(const Sentences& sentences, std::span<const TermHit> row);

// An entry whose score its best sentence raised.
struct Lifted {
  std::uint32_t entry = 0;
  SentenceScore sentence;
  float whole = 0; // the score of the whole text, that the sentence's replaced
};

// Raises the whole-text `scores` (score_all's) of the `candidates` best-scoring entries to
// `weight` times their best sentence's score, where that is more. As in score_all, an entry
// counts only the best rendering of each family of terms (QueryTerm::family). Returns the entries
// raised, in the order of the index.
std::vector<Lifted> lift_by_sentences(const Query& query, const Index& index,
                                      const ScoringParams& params, const Sentences& sentences,
                                      float weight, std::size_t candidates,
                                      std::vector<float>& scores);

} // namespace overlap
