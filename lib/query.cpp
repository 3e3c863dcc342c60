#include "query.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace overlap {

Query build_query(const std::vector<Term>& terms, const Index& index, const QueryOptions& options) {
  struct Count {
    float tf = 0;
    const Term* first = nullptr;
  };
  std::unordered_map<std::uint32_t, Count> counts;
  for (const Term& t : terms) {
    if (auto id = t.resolved ? t.id : index.find(t.key)) {
      Count& c = counts[*id];
      c.tf += t.weight;
      if (c.first == nullptr) {
        c.first = &t;
      }
    }
  }

  // Rank the terms before making their surfaces: a long proposal has many more than are kept.
  struct Candidate {
    std::uint32_t id = 0;
    float weight = 0;
    const Term* first = nullptr;
  };
  std::vector<Candidate> candidates;
  candidates.reserve(counts.size());
  for (const auto& [id, c] : counts) {
    // Sublinear in the proposal's frequency; an added term seen once keeps its reduced weight.
    float weight = c.tf >= 1.0F ? 1.0F + std::log(c.tf) : c.tf;
    if (c.first->phrase) {
      weight *= options.phrase_boost;
    }
    candidates.push_back(Candidate{id, weight, c.first});
  }
  // Most distinctive first; ties by term id keep the order independent of hashing.
  auto more_distinctive = [&](const Candidate& a, const Candidate& b) {
    float wa = a.weight * index.idf(a.id);
    float wb = b.weight * index.idf(b.id);
    return wa != wb ? wa > wb : a.id < b.id;
  };
  const std::size_t kept = std::min(candidates.size(), options.max_terms);
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(kept),
                    candidates.end(), more_distinctive);
  candidates.resize(kept);

  Query query;
  query.terms.reserve(kept);
  for (const Candidate& c : candidates) {
    std::string surface =
        c.first->via.empty() ? c.first->surface : c.first->surface + " (for " + c.first->via + ")";
    query.terms.push_back(QueryTerm{c.id, c.weight, std::move(surface), c.first->phrase});
  }
  for (const QueryTerm& t : query.terms) {
    query.mass += t.weight * index.idf(t.term);
  }
  return query;
}

} // namespace overlap
