#pragma once

#include "analyzer.h"
#include "index.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace overlap {

// The field a proposal's title names first, as a query sees it.
struct Heading {
  std::string text;                 // as the title writes it
  std::vector<std::uint32_t> words; // its distinct words that the corpus knows, by term id
  float mass = 0; // the summed idf of its distinct words, unknown words at the highest idf
};

// One term of a query, with its weight in the proposal.
struct QueryTerm {
  std::uint32_t term = 0; // id in the index
  float weight = 0;       // (1 + ln tf) in the proposal, times the phrase boost for phrases
  std::string surface;    // how the proposal wrote it
  bool phrase = false;
  // Terms added for the same written words (Term::via: a French word's English renderings, an
  // acronym's expansions, a compound's parts) share a family, 1 and up; 0 for the others. Its
  // renderings (Term::rendering) are ways to say one thing, so an entry gets the best rendering of
  // a family, not their sum; the terms of one rendering add up, as those of the text do.
  std::uint32_t family = 0;
  std::uint32_t rendering = 0;
  // Only in what the proposal says it leaves out (exclusions.h): it ranks as any term, but is no
  // sign of overlap for the level (see Checker::check).
  bool excluded = false;
  // Term::alternative of the term that names it: not counted in Query::mass.
  bool alternative = false;
};

// The terms of a proposal that the corpus knows, most distinctive first.
struct Query {
  std::vector<QueryTerm> terms;
  // Sum of weight * idf over `terms` but alternatives (synonyms, acronym expansions, see
  // Term::alternative): about the score of an entry that matched all the proposal says, fully.
  // Scores are shared out by it (with ScoringParams::prior_mass).
  float mass = 0;
  // The introductory element of the proposal's title (see title.h): naming a group's field there
  // makes the group's score count more (heading_cover in score.h).
  Heading heading;
};

// How a proposal becomes a query.
struct QueryOptions {
  std::size_t max_terms = 80; // keep the most distinctive terms of long proposals (MoreLikeThis)
  float phrase_boost = 1.5F;  // a two-word concept counts more than its words apart
};

// A term's weight in a query from its summed weight `tf` in the text: 1 + ln tf, sublinear in the
// text's frequency (an added term seen once keeps its reduced weight), times the phrase boost.
float query_weight(float tf, bool phrase, const QueryOptions& options);

// Builds the query for the analyzed proposal `terms`: counts each term, drops those the corpus does
// not have, weights the rest by (1 + ln tf) and keeps the `max_terms` with the highest weight *
// idf.
Query build_query(const std::vector<Term>& terms, const Index& index,
                  const QueryOptions& options = {});

// The heading of `text` (an introductory element, see title.h) from its analyzed `terms`
// (resolved): their single words.
Heading build_heading(std::string text, const std::vector<Term>& terms, const Index& index);

} // namespace overlap
