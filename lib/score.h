#pragma once

#include "index.h"
#include "query.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace overlap {

// BM25F parameters (Robertson, Zaragoza and Taylor, "Simple BM25 extension to multiple weighted
// fields", CIKM 2004). Per field f: weight w_f and length normalization b_f; k1 saturates.
struct ScoringParams {
  std::array<float, field_count> weight{2.0F, 1.0F, 2.0F, 0.5F}; // title, scope, keywords, evidence
  std::array<float, field_count> b{0.3F, 0.75F, 0.5F, 0.75F};
  float k1 = 1.2F;
  // Weight (idf units) added to the query's own when sharing out the score: a few words can only
  // match a small part of what a group covers, so a two-word title that hits one keyword must not
  // look like a full proposal that matches throughout. Negligible for a proposal of ordinary
  // length (its weight is in the hundreds).
  float prior_mass = 40.0F;
  // A proposal whose title opens with the name of a group's field ("Ships and marine technology -
  // ...") is about that group's work far more often than its words alone show. An entry's score is
  // multiplied by 1 + heading_boost * r, where r rises from 0 at a heading_cover of
  // heading_min_cover (a shared word or two: no sign) to 1 when the heading is the entry's title.
  // Chosen on the dev set (README, "Matching").
  float heading_boost = 1.5F;
  float heading_min_cover = 0.25F;
};

// What query term `query_term` (index in Query::terms) adds to `entry`'s score in score_all:
// before the heading's factor, and before an entry keeps the best rendering of a family.
struct TermHit {
  std::uint32_t entry = 0;
  std::uint32_t query_term = 0;
  float value = 0;
};

// The TermHits of `entries` (distinct): those of entries[k] are hits[begin[k]] .. hits[begin[k +
// 1]], in the order in which score_all adds them up.
struct EntryHits {
  std::vector<TermHit> hits;
  std::vector<std::uint32_t> begin;
};
EntryHits term_hits(const Query& query, const Index& index, std::span<const std::uint32_t> entries,
                    const ScoringParams& params = {});

// What one query term added to one entry's score.
struct Contribution {
  std::size_t query_term = 0;                // index in Query::terms
  float value = 0;                           // share of the entry's score, on the same 0..1 scale
  std::array<float, field_count> by_field{}; // how `value` splits over the fields
};

// Scores every entry for `query`:
//   tf~(t,d) = sum_f w_f * tf_f(t,d) / (1 - b_f + b_f * len_f(d) / avglen_f)
//   s(d)     = sum_t q_t * idf(t) * tf~ / (k1 + tf~)  /  sum_t q_t * idf(t)
// so that s(d) lies in 0..1: the share of the query's weight that the entry matches, each term
// counting at most once; then multiplied by the factor of named_field(). `parents` gives each
// entry's parent (Corpus::parents()); without it, entries get only the factors of their own
// titles. Returns one score per entry of the index.
std::vector<float> score_all(const Query& query, const Index& index,
                             const ScoringParams& params = {},
                             std::span<const std::size_t> parents = {});

// How well the query's heading names `entry`'s title, 0..1: the idf of the words they share, over
// the mean of the idf of the title's words (Index::title_mass) and of the heading's (Dice). 1 when
// the heading is the title ("Ships and marine technology"); small when the heading only shares a
// word with it, or names much more than a short title ("Security").
float heading_cover(const Query& query, const Index& index, std::uint32_t entry);

// 1 + heading_boost * r for a heading_cover of `cover`, r as ScoringParams says.
float heading_factor(float cover, const ScoringParams& params);

// The heading's boost of one entry, and the title that earned it.
struct NamedField {
  std::uint32_t entry = 0; // whose title the heading names: the entry itself or an ancestor
  float cover = 0;         // heading_cover() of that title
  float factor = 1.0F;     // heading_factor() of that cover
};

// The larger of the heading's factor for `entry`'s own title and for its ancestors' (by
// `parents`, as in score_all): a subcommittee works within its parent's field, so a title that
// opens with the parent's field ("Information technology - Cloud computing - ...") names the
// field of each of its subcommittees too. Of equal factors, the entry's own is given.
NamedField named_field(const Query& query, const Index& index, std::uint32_t entry,
                       const ScoringParams& params, std::span<const std::size_t> parents = {});

// Maps a raw score (share of the query's weight, plus prior_mass, matched) to a calibrated 0..1
// score: 1 - exp(-raw / scale), with `scale` set so that a raw 0.10 gives 0.5. On the labelled
// cases in tests/cases/, the best partner match of every "none" proposal stays below raw 0.085
// (below 0.08 when it rests on two words or more, see level_of_breadth in rank.h),
// while the expected groups of most positive proposals reach 0.09 to 0.35 (0.47 to 0.97
// calibrated); the levels in rank.h build on it.
float calibrate(float raw);
// The raw score that calibrate() maps to `score` (0..1).
float uncalibrate(float score);

// The terms behind the score of `entry`, largest first: for explanations.
std::vector<Contribution> explain(const Query& query, const Index& index, std::uint32_t entry,
                                  const ScoringParams& params = {});

// explain() of each of `entries` (distinct) at once: one walk of each query term's postings (or a
// search in them, when they are long) instead of a search per entry and term. The same
// contributions.
std::vector<std::vector<Contribution>> explain_entries(const Query& query, const Index& index,
                                                       std::span<const std::uint32_t> entries,
                                                       const ScoringParams& params = {});

} // namespace overlap
