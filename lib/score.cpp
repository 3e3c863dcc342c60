#include "score.h"

#include <algorithm>
#include <cmath>

namespace overlap {

namespace {

// The per-field pseudo-frequencies of a posting, normalized by field length and weighted.
std::array<float, field_count> weighted_frequencies(const Posting& p, const Index& index,
                                                    const ScoringParams& params) {
  std::array<float, field_count> out{};
  for (std::size_t f = 0; f < field_count; ++f) {
    if (p.frequency[f] == 0) {
      continue;
    }
    const auto field = static_cast<Field>(f);
    const float mean = std::max(index.mean_length(field), 1.0F);
    const float norm = 1.0F - params.b[f] + params.b[f] * index.length(p.entry, field) / mean;
    out[f] = params.weight[f] * p.frequency[f] / norm;
  }
  return out;
}

float saturate(float tf, float k1) {
  return tf / (k1 + tf);
}

} // namespace

std::vector<float> score_all(const Query& query, const Index& index, const ScoringParams& params) {
  std::vector<float> scores(index.entry_count(), 0.0F);
  if (query.mass <= 0) {
    return scores;
  }
  for (const QueryTerm& qt : query.terms) {
    const float term_weight = qt.weight * index.idf(qt.term) / (query.mass + params.prior_mass);
    for (const Posting& p : index.postings(qt.term)) {
      float tf = 0;
      for (float v : weighted_frequencies(p, index, params)) {
        tf += v;
      }
      scores[p.entry] += term_weight * saturate(tf, params.k1);
    }
  }
  return scores;
}

float calibrate(float raw) {
  constexpr float half_at = 0.10F;
  static const float scale = half_at / std::log(2.0F);
  return 1.0F - std::exp(-raw / scale);
}

std::vector<Contribution> explain(const Query& query, const Index& index, std::uint32_t entry,
                                  const ScoringParams& params) {
  std::vector<Contribution> out;
  if (query.mass <= 0) {
    return out;
  }
  for (std::size_t i = 0; i < query.terms.size(); ++i) {
    const QueryTerm& qt = query.terms[i];
    const auto& list = index.postings(qt.term);
    auto it = std::lower_bound(list.begin(), list.end(), entry,
                               [](const Posting& p, std::uint32_t e) { return p.entry < e; });
    if (it == list.end() || it->entry != entry) {
      continue;
    }
    auto by_field = weighted_frequencies(*it, index, params);
    float tf = 0;
    for (float v : by_field) {
      tf += v;
    }
    Contribution c;
    c.query_term = i;
    c.value =
        qt.weight * index.idf(qt.term) / (query.mass + params.prior_mass) * saturate(tf, params.k1);
    for (std::size_t f = 0; f < field_count; ++f) {
      c.by_field[f] = tf > 0 ? c.value * by_field[f] / tf : 0;
    }
    out.push_back(c);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Contribution& a, const Contribution& b) { return a.value > b.value; });
  return out;
}

} // namespace overlap
