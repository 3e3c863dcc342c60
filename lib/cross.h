#pragma once

#include "check.h"
#include "format.h"
#include "proposal.h"

#include <cstddef>
#include <string>
#include <vector>

namespace overlap {

// Two proposals of one circular, from different organizations, on the same topic.
struct CrossPair {
  std::size_t first = 0; // index in the proposals; `first` < `second`
  std::size_t second = 0;
  float score = 0;                 // cosine similarity of their weighted terms, 0..1
  std::vector<std::string> shared; // the terms both use, strongest first
};

struct CrossOptions {
  float threshold = 0.15F;      // pairs below this score are left out
  std::size_t shared_terms = 8; // shared terms listed per pair
};

// Compares the proposals of `proposals` from different organizations with each other. Each
// proposal becomes the query checker.terms() and build_query() make of it (terms the corpus knows,
// weighted by (1 + ln tf) * idf), and a pair scores the cosine of the two. Returns the pairs at
// or above `cross.threshold`, best first (ties in input order). Queries are built on `jobs`
// threads.
std::vector<CrossPair> cross_pairs(const Checker& checker, const std::vector<Proposal>& proposals,
                                   const CheckOptions& options, const CrossOptions& cross,
                                   std::size_t jobs);

// The pairs in `format` (text, json, jsonl, csv or markdown); `input` names the circular. Throws
// overlap::Error for sarif, which has no file location for a pair.
std::string format_cross(const std::string& input, const std::vector<Proposal>& proposals,
                         const std::vector<CrossPair>& pairs, const CrossOptions& cross,
                         Format format);

} // namespace overlap
