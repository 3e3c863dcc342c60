#include "passages.h"

#include "counting_sort.h"

#include <algorithm>
#include <functional>

namespace overlap {

Sentences split_query(const Query& query, std::span<const Occurrence> occurrences,
                      const Index& index, const QueryOptions& options,
                      const ScoringParams& params) {
  Sentences out;
  const std::size_t width = query.terms.size();
  if (width == 0 || query.mass <= 0) {
    return out;
  }
  // Term id -> 1 + index in the query; one table per thread, cleared after use.
  thread_local std::vector<std::uint32_t> slot;
  if (slot.size() < index.term_count()) {
    slot.assign(index.term_count(), 0);
  }
  for (std::size_t i = 0; i < width; ++i) {
    slot[query.terms[i].term] = static_cast<std::uint32_t>(i + 1);
  }
  // The occurrences of the query's terms, then by sentence: the terms added by expansion come
  // after the text's words, with their words' sentences.
  struct Found {
    std::uint32_t sentence;
    std::uint32_t query_term;
    float weight; // Occurrence::weight
  };
  std::vector<Found> found;
  found.reserve(occurrences.size());
  std::uint32_t sentences = 0;
  for (const Occurrence& o : occurrences) {
    if (const std::uint32_t i = slot[o.term]; i != 0) {
      found.push_back({o.sentence, i - 1, o.weight});
      sentences = std::max(sentences, o.sentence + 1);
    }
  }
  for (const QueryTerm& qt : query.terms) {
    slot[qt.term] = 0;
  }
  const std::vector<std::uint32_t> by_sentence =
      counting_sort(found, sentences, [](const Found& f) { return f.sentence; });
  // Each kept sentence's terms once, with their factor (Sentences::Item): their weight in the
  // sentence (summed in `tf`, by query term) over their weight in the whole text, times the ratio
  // of the masses.
  struct Weighed {
    std::uint32_t sentence; // among the kept ones
    std::uint32_t query_term;
    float factor;
  };
  std::vector<Weighed> weighed;
  std::vector<float> tf(width, 0.0F);
  std::vector<std::uint32_t> seen;
  for (std::uint32_t s = 0; s < sentences; ++s) {
    for (std::uint32_t f = by_sentence[s]; f < by_sentence[s + 1]; ++f) {
      if (tf[found[f].query_term] == 0) {
        seen.push_back(found[f].query_term);
      }
      tf[found[f].query_term] += found[f].weight;
    }
    if (seen.empty()) {
      continue;
    }
    const auto first = weighed.size();
    const auto kept = static_cast<std::uint32_t>(out.count);
    float mass = 0;
    for (std::uint32_t i : seen) {
      const QueryTerm& qt = query.terms[i];
      const float weight = query_weight(tf[i], qt.phrase, options);
      if (!qt.alternative) {
        mass += weight * index.idf(qt.term);
      }
      weighed.push_back({kept, i, weight / qt.weight});
      tf[i] = 0;
    }
    const float ratio = (query.mass + params.prior_mass) / (mass + params.prior_mass);
    for (std::size_t k = first; k < weighed.size(); ++k) {
      weighed[k].factor *= ratio;
    }
    ++out.count;
    seen.clear();
  }
  if (out.size() < 2) {
    return {}; // one sentence: the whole text
  }
  out.begin = counting_sort(weighed, width, [](const Weighed& w) { return w.query_term; });
  out.items.reserve(weighed.size());
  for (const Weighed& w : weighed) {
    out.items.push_back({w.sentence, w.factor});
  }
  return out;
}

bool Sentences::has(std::size_t term, std::uint32_t sentence) const {
  return term + 1 < begin.size() &&
         std::any_of(items.begin() + begin[term], items.begin() + begin[term + 1],
                     [&](const Item& item) { return item.sentence == sentence; });
}

SentenceScore best_sentence(const Sentences& sentences, std::span<const TermHit> row) {
  // By sentence, cleared after use; and the sentences the row reaches.
  thread_local std::vector<float> raw;
  thread_local std::vector<std::uint32_t> reached;
  if (raw.size() < sentences.size()) {
    raw.assign(sentences.size(), 0.0F);
  }
  for (const TermHit& h : row) {
    for (std::uint32_t k = sentences.begin[h.query_term]; k < sentences.begin[h.query_term + 1];
         ++k) {
      const Sentences::Item& item = sentences.items[k];
      if (raw[item.sentence] == 0) {
        reached.push_back(item.sentence);
      }
      raw[item.sentence] += item.factor * h.value;
    }
  }
  SentenceScore best;
  for (std::uint32_t s : reached) {
    if (raw[s] > best.raw || (raw[s] == best.raw && raw[s] > 0 && s < best.sentence)) {
      best = {s, raw[s]};
    }
    raw[s] = 0;
  }
  reached.clear();
  return best;
}

namespace {

// The indexes of the `count` largest of `scores` above 0 (of equal scores, the first), in no
// particular order.
std::vector<std::uint32_t> best_entries(const std::vector<float>& scores, std::size_t count) {
  std::vector<std::pair<float, std::uint32_t>> scored;
  for (std::size_t e = 0; e < scores.size(); ++e) {
    if (scores[e] > 0) {
      scored.emplace_back(scores[e], static_cast<std::uint32_t>(e));
    }
  }
  if (scored.size() > count) {
    std::nth_element(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(count),
                     scored.end(), [](const auto& a, const auto& b) {
                       return a.first != b.first ? a.first > b.first : a.second < b.second;
                     });
    scored.resize(count);
  }
  std::vector<std::uint32_t> out;
  out.reserve(scored.size());
  for (const auto& [score, entry] : scored) {
    out.push_back(entry);
  }
  return out;
}

} // namespace

std::vector<Lifted> lift_by_sentences(const Query& query, const Index& index,
                                      const ScoringParams& params, const Sentences& sentences,
                                      float weight, std::size_t candidates,
                                      std::vector<float>& scores) {
  std::vector<Lifted> lifted;
  if (weight <= 0 || sentences.size() == 0) {
    return lifted;
  }
  const std::vector<std::uint32_t> best = best_entries(scores, candidates);
  const EntryHits rows = term_hits(query, index, best, params);
  for (std::size_t k = 0; k < best.size(); ++k) {
    const std::span<const TermHit> row(rows.hits.data() + rows.begin[k],
                                       rows.begin[k + 1] - rows.begin[k]);
    const SentenceScore sentence = best_sentence(sentences, row);
    if (float& score = scores[best[k]]; weight * sentence.raw > score) {
      lifted.push_back({best[k], sentence, score});
      score = weight * sentence.raw;
    }
  }
  std::sort(lifted.begin(), lifted.end(),
            [](const Lifted& a, const Lifted& b) { return a.entry < b.entry; });
  return lifted;
}

} // namespace overlap
