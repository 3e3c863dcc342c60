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
    if (auto id = index.find(t.key)) {
      Count& c = counts[*id];
      c.tf += t.weight;
      if (c.first == nullptr) {
        c.first = &t;
      }
    }
  }

  Query query;
  for (const auto& [id, c] : counts) {
    // Sublinear in the proposal's frequency; an added term seen once keeps its reduced weight.
    float weight = c.tf >= 1.0F ? 1.0F + std::log(c.tf) : c.tf;
    if (c.first->phrase) {
      weight *= options.phrase_boost;
    }
    std::string surface = c.first->via.empty() ? c.first->surface
                                               : c.first->surface + " (for " + c.first->via + ")";
    query.terms.push_back(QueryTerm{id, weight, std::move(surface), c.first->phrase});
  }
  // Most distinctive first; ties by term id keep the order independent of hashing.
  std::sort(query.terms.begin(), query.terms.end(), [&](const QueryTerm& a, const QueryTerm& b) {
    float wa = a.weight * index.idf(a.term);
    float wb = b.weight * index.idf(b.term);
    return wa != wb ? wa > wb : a.term < b.term;
  });
  if (query.terms.size() > options.max_terms) {
    query.terms.resize(options.max_terms);
  }
  for (const QueryTerm& t : query.terms) {
    query.mass += t.weight * index.idf(t.term);
  }
  return query;
}

} // namespace overlap
