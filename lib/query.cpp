#include "query.h"

#include "capitals.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace overlap {

float query_weight(float tf, bool phrase, const QueryOptions& options) {
  const float weight = tf >= 1.0F ? 1.0F + std::log(tf) : tf;
  return phrase ? weight * options.phrase_boost : weight;
}

Query build_query(const std::vector<Term>& terms, const Index& index, const QueryOptions& options) {
  // The distinct ids, each with its first term and the sum of its terms' weights (then the
  // query weight made of it).
  struct Candidate {
    std::uint32_t id = 0;
    float weight = 0;
    const Term* first = nullptr;
  };
  std::vector<Candidate> candidates;
  candidates.reserve(terms.size());
  for (const Term& t : terms) {
    if (auto id = t.resolved ? t.id : index.find(t.key)) {
      candidates.push_back(Candidate{*id, t.weight, &t});
    }
  }
  // Equal ids keep the text order (by the term's place in `terms`): the first term names them,
  // and the weights add up in order.
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.id != b.id ? a.id < b.id : a.first < b.first;
  });
  std::size_t distinct = 0;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (distinct > 0 && candidates[distinct - 1].id == candidates[i].id) {
      candidates[distinct - 1].weight += candidates[i].weight;
    } else {
      candidates[distinct++] = candidates[i];
    }
  }
  candidates.resize(distinct);
  for (Candidate& c : candidates) {
    c.weight = query_weight(c.weight, c.first->phrase, options);
  }

  // Rank the terms before making their surfaces: a long proposal has many more than are kept.
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
  std::vector<std::string_view> families; // the `via` of each family, family - 1 its place
  for (const Candidate& c : candidates) {
    std::string surface =
        c.first->via.empty() ? c.first->surface : c.first->surface + " (for " + c.first->via + ")";
    std::uint32_t family = 0;
    if (!c.first->via.empty()) {
      auto it = std::find(families.begin(), families.end(), c.first->via);
      family = static_cast<std::uint32_t>(it - families.begin()) + 1;
      if (it == families.end()) {
        families.push_back(c.first->via);
      }
    }
    query.terms.push_back(QueryTerm{c.id, c.weight, std::move(surface), c.first->phrase, family,
                                    family != 0 ? c.first->rendering : 0, false,
                                    c.first->alternative});
    if (!c.first->alternative) { // see Term::alternative
      query.mass += c.weight * index.idf(c.id);
    }
  }
  return query;
}

Heading build_heading(std::string text, const std::vector<Term>& terms, const Index& index) {
  Heading heading;
  heading.text = std::move(text);
  std::vector<std::string_view> unknown;
  for (const Term& t : terms) {
    if (t.phrase) {
      continue;
    }
    if (t.id) {
      heading.words.push_back(*t.id);
    } else {
      unknown.push_back(t.key);
    }
  }
  // A word and its capital twin (capitals.h) are one word: its weight is counted once, through
  // the key the corpus knows it by as written, else through the twin.
  std::vector<std::uint32_t> twins; // known twins of words known as written: not counted
  for (const Term& t : terms) {
    if (t.phrase || !t.id || !is_capital_key(t.key)) {
      continue;
    }
    const std::string_view written = std::string_view(t.key).substr(1);
    if (index.find(written)) {
      twins.push_back(*t.id);
    } else {
      std::erase(unknown, written);
    }
  }
  std::sort(twins.begin(), twins.end());
  std::sort(heading.words.begin(), heading.words.end());
  heading.words.erase(std::unique(heading.words.begin(), heading.words.end()), heading.words.end());
  std::sort(unknown.begin(), unknown.end());
  unknown.erase(std::unique(unknown.begin(), unknown.end()), unknown.end());
  for (std::uint32_t id : heading.words) {
    if (!std::binary_search(twins.begin(), twins.end(), id)) {
      heading.mass += index.idf(id);
    }
  }
  heading.mass += static_cast<float>(unknown.size()) * index.unseen_idf();
  return heading;
}

} // namespace overlap
