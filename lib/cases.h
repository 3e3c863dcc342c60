#pragma once

#include "check.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace overlap {

// A labelled proposal: its text, who proposes it, and the partner groups a coordinator expects
// (none: no partner organization works on the topic).
struct LabelledCase {
  std::string name;
  std::optional<std::string> from;
  std::string text;
  std::vector<std::string> expected; // empty for a "none" case
  std::string file;
  int line = 0;
};

// Reads a cases file (see tests/cases/README.md). Throws overlap::Error as `file:line:col: message`
// for malformed files and for expected ids that `corpus` does not have.
std::vector<LabelledCase> load_cases(const std::filesystem::path& file, const Corpus& corpus);

// How deep `evaluate` ranks, so that an expected group missed from the first `depth` groups is
// still given its rank: a maintainer of the corpus sees whether it was 11th or 300th.
inline constexpr std::size_t eval_scan_depth = 500;

// How one case fared. `ranks`, `scores` and `levels` reach down to eval_scan_depth; the rest,
// like the summary, looks at the first `depth` groups only.
struct CaseResult {
  const LabelledCase* labelled = nullptr;
  std::vector<std::optional<std::size_t>>
      ranks;                       // per expected group: 1-based group rank, if listed
  std::vector<float> scores;       // per expected group: its listed score (0 when not listed)
  std::vector<Level> levels;       // per expected group: its listed level (low when not listed)
  std::vector<std::string> strong; // partner groups at medium or high level in the first `depth`
  float best = 0;    // the best partner group's score: how near a "none" case is to medium
  bool kept = false; // an expected group (or its group) is in the first `depth` at medium or high
};

// Totals over cases.
struct EvalSummary {
  std::size_t expected = 0; // expected groups over all positive cases
  std::size_t found = 0;    // of them, listed in the top `depth` groups
  std::size_t none_cases = 0;
  std::size_t none_clean = 0; // "none" cases without a medium or high partner match
  std::size_t positive_cases = 0;
  std::size_t positive_kept = 0; // positive cases with a medium or high match among the expected
  double recall() const {
    return expected ? static_cast<double>(found) / static_cast<double>(expected) : 1.0;
  }
};

// Runs every case through `checker`, judging it on the first `depth` groups listed.
std::vector<CaseResult> evaluate(const Checker& checker, const std::vector<LabelledCase>& cases,
                                 std::size_t depth);
EvalSummary summarize(const std::vector<CaseResult>& results, std::size_t depth);

// A table of the results (one line per expected group, with its rank, level and score, or
// MISSED and, when it was listed further down, its rank there; for a "none" case, whether it is
// clean and its best partner score) and the summary lines.
std::string format_eval(const std::vector<CaseResult>& results, const EvalSummary& summary,
                        std::size_t depth);

} // namespace overlap
