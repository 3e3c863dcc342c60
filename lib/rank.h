#pragma once

#include "corpus.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace overlap {

// How strong an overlap is, from the calibrated score.
enum class Level { low, medium, high };
const char* level_name(Level level);

// Thresholds of the levels on the calibrated score (see calibrate() in score.h), chosen on the
// labelled cases of tests/cases/: `medium` sits just above the best partner match of every "none"
// case, title-only ones included, that level_of_breadth leaves above low (0.422, raw 0.079),
// `high` where a proposal shares the core of a group's scope (raw 0.173). Scores below `low` are
// not reported.
struct LevelThresholds {
  float high = 0.70F;
  float medium = 0.44F;
  float low = 0.05F;
};
// With an evidence field (--evidence) a committee's published titles add matches, and scores run
// higher. 0.52, just above the best "none" match of the first 21 "none" cases, left only 6 of the
// 12 held-out ones clean; on all 33, 0.56 keeps as many positive cases (62 of 66) and leaves 30
// clean.
inline constexpr LevelThresholds evidence_levels{0.70F, 0.56F, 0.05F};
Level level_of(float score, const LevelThresholds& thresholds);

// A match that rests on fewer than this many distinct words of the proposal, none of them in the
// group's title, is at most low, whatever its score: one word is one sense, and a group may use it
// in another ("wine" in a scope on wine storage appliances, for "wine tourism"). A word of the
// title names the group's subject ("tourism" for Tourism and related services) and keeps its
// level. Phrases count through their words.
inline constexpr std::size_t min_words_above_low = 2;
// `level` for a match on `words` distinct words, `title_met` when one is in the group's title.
Level level_of_breadth(Level level, std::size_t words, bool title_met);

struct RankOptions {
  std::optional<std::string> from; // proposer: groups only of this organization are left out
  std::size_t top = 10;            // number of groups (children come on top of it)
  std::size_t children = 3;        // best children shown under each group
  bool include_closed = false;
  // Unset: the checker picks LevelThresholds{} or, when its index has evidence, evidence_levels.
  std::optional<LevelThresholds> levels;
  // Corroboration: a group whose other members (its own entry, subcommittees, Questions) also
  // match, each at least `corroboration_ratio` as well as the best, is likelier the group that owns
  // the topic than one with a single matching entry. Up to `corroborating` such members each add
  // `corroboration` times their score to the group's. Chosen on the dev set (see the README).
  float corroboration = 0.1F;
  float corroboration_ratio = 0.7F;
  std::size_t corroborating = 2; // at most max_corroborating
};
inline constexpr std::size_t max_corroborating = 3;

// One line of the ranking.
struct Ranked {
  std::size_t entry = 0;    // index in Corpus::entries
  float score = 0;          // 0..1; for a group, its best member's score plus its corroboration
  std::size_t evidence = 0; // the entry whose own score is the group's best (itself, or a child)
  Level level = Level::low;
  bool child = false;                     // shown under the group before it
  std::vector<std::size_t> corroborating; // for a group: the members whose scores were added
};

// Ranks groups by `scores` (one per entry): each group takes the best score of its members (a
// closed entry counts for its successor unless closed entries are shown) plus its corroboration
// (see RankOptions), at most 1; groups are ordered by that score (ties by id), and each is followed
// by up to `children` of its members that scored at least half as well. Leaves out the proposer's
// own groups and closed ones as `options` says.
std::vector<Ranked> rank(const Corpus& corpus, const std::vector<float>& scores,
                         const RankOptions& options);

// Whether `entry` is a partner group for a proposal from `from` (any group when there is no
// `from`).
bool is_partner(const Entry& entry, const std::optional<std::string>& from);

} // namespace overlap
