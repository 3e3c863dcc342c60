#include "score.h"

#include "counting_sort.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

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

// The share of the query's weight that `qt` carries: what it adds to an entry that has it fully.
float term_weight(const Query& query, const Index& index, const QueryTerm& qt,
                  const ScoringParams& params) {
  return qt.weight * index.idf(qt.term) / (query.mass + params.prior_mass);
}

float sum(const std::array<float, field_count>& by_field) {
  float total = 0;
  for (float v : by_field) {
    total += v;
  }
  return total;
}

// Twice the idf of the shared words over the summed idf of the title's words and the heading's.
float dice(float shared, const Query& query, const Index& index, std::uint32_t entry) {
  const float both = index.title_mass(entry) + query.heading.mass;
  return both > 0 ? std::min(2.0F * shared / both, 1.0F) : 0.0F;
}

// The ancestors of `entry` by the links of `parents` (Corpus::parents()), nearest first.
template <typename Visit>
void for_each_ancestor(std::span<const std::size_t> parents, std::size_t entry, Visit visit) {
  for (std::size_t p = entry < parents.size() ? parents[entry] : Corpus::npos; p != Corpus::npos;
       p = parents[p]) {
    visit(p);
  }
}

// Multiplies the scores of the entries whose titles the query's heading names in part, or whose
// ancestors' titles it names.
void boost_named_fields(const Query& query, const Index& index, const ScoringParams& params,
                        std::span<const std::size_t> parents, std::vector<float>& scores) {
  // (entry, idf of one heading word in its title): few, as titles are short.
  std::vector<std::pair<std::uint32_t, float>> named;
  for (std::uint32_t term : query.heading.words) {
    for (const Posting& p : index.postings(term)) {
      if (p.frequency[static_cast<std::size_t>(Field::title)] > 0) {
        named.emplace_back(p.entry, index.idf(term));
      }
    }
  }
  if (named.empty()) {
    return;
  }
  std::sort(named.begin(), named.end());
  std::vector<float> factors(scores.size(), 1.0F);
  for (std::size_t i = 0; i < named.size();) {
    const std::uint32_t entry = named[i].first;
    float covered = 0;
    for (; i < named.size() && named[i].first == entry; ++i) {
      covered += named[i].second;
    }
    factors[entry] = heading_factor(dice(covered, query, index, entry), params);
  }
  for (std::size_t e = 0; e < scores.size(); ++e) {
    if (scores[e] > 0) {
      float factor = factors[e];
      for_each_ancestor(parents, e, [&](std::size_t a) { factor = std::max(factor, factors[a]); });
      scores[e] *= factor;
    }
  }
}

} // namespace

std::vector<float> score_all(const Query& query, const Index& index, const ScoringParams& params,
                             std::span<const std::size_t> parents) {
  std::vector<float> scores(index.entry_count(), 0.0F);
  if (query.mass <= 0) {
    return scores;
  }
  auto posting_score = [&](float weight, const Posting& p) {
    return weight * saturate(sum(weighted_frequencies(p, index, params)), params.k1);
  };
  std::vector<const QueryTerm*> in_families;
  for (const QueryTerm& qt : query.terms) {
    if (qt.family != 0) {
      in_families.push_back(&qt);
      continue;
    }
    const float weight = term_weight(query, index, qt, params);
    for (const Posting& p : index.postings(qt.term)) {
      scores[p.entry] += posting_score(weight, p);
    }
  }
  // Each entry gets the best rendering of a family (QueryTerm::family), not their sum.
  std::stable_sort(
      in_families.begin(), in_families.end(), [](const QueryTerm* a, const QueryTerm* b) {
        return a->family != b->family ? a->family < b->family : a->rendering < b->rendering;
      });
  // By entry: the score of the family's best rendering so far, and of the rendering at hand; and
  // the entries where each is not 0. A query without families needs no tables.
  const std::size_t tables = in_families.empty() ? 0 : scores.size();
  std::vector<float> best(tables, 0.0F);
  std::vector<float> current(tables, 0.0F);
  std::vector<std::uint32_t> in_family;
  std::vector<std::uint32_t> in_rendering;
  for (std::size_t i = 0; i < in_families.size();) {
    const std::uint32_t family = in_families[i]->family;
    while (i < in_families.size() && in_families[i]->family == family) {
      const std::uint32_t rendering = in_families[i]->rendering;
      for (; i < in_families.size() && in_families[i]->family == family &&
             in_families[i]->rendering == rendering;
           ++i) {
        const float weight = term_weight(query, index, *in_families[i], params);
        for (const Posting& p : index.postings(in_families[i]->term)) {
          if (current[p.entry] == 0) {
            in_rendering.push_back(p.entry);
          }
          current[p.entry] += posting_score(weight, p);
        }
      }
      for (std::uint32_t e : in_rendering) {
        if (best[e] == 0) {
          in_family.push_back(e);
        }
        best[e] = std::max(best[e], current[e]);
        current[e] = 0;
      }
      in_rendering.clear();
    }
    for (std::uint32_t e : in_family) {
      scores[e] += best[e];
      best[e] = 0;
    }
    in_family.clear();
  }
  if (params.heading_boost > 0) {
    boost_named_fields(query, index, params, parents, scores);
  }
  return scores;
}

float heading_factor(float cover, const ScoringParams& params) {
  const float from = params.heading_min_cover;
  if (cover <= from || from >= 1.0F) {
    return 1.0F;
  }
  return 1.0F + params.heading_boost * (cover - from) / (1.0F - from);
}

NamedField named_field(const Query& query, const Index& index, std::uint32_t entry,
                       const ScoringParams& params, std::span<const std::size_t> parents) {
  NamedField best{entry, heading_cover(query, index, entry), 1.0F};
  best.factor = heading_factor(best.cover, params);
  for_each_ancestor(parents, entry, [&](std::size_t a) {
    const auto ancestor = static_cast<std::uint32_t>(a);
    const float cover = heading_cover(query, index, ancestor);
    if (const float factor = heading_factor(cover, params); factor > best.factor) {
      best = NamedField{ancestor, cover, factor};
    }
  });
  return best;
}

float heading_cover(const Query& query, const Index& index, std::uint32_t entry) {
  float covered = 0;
  for (std::uint32_t term : query.heading.words) {
    const auto list = index.postings(term);
    auto it = std::lower_bound(list.begin(), list.end(), entry,
                               [](const Posting& p, std::uint32_t e) { return p.entry < e; });
    if (it != list.end() && it->entry == entry &&
        it->frequency[static_cast<std::size_t>(Field::title)] > 0) {
      covered += index.idf(term);
    }
  }
  return dice(covered, query, index, entry);
}

namespace {
constexpr float half_at = 0.10F; // the raw score calibrated to 0.5
const float scale = half_at / std::log(2.0F);
} // namespace

float calibrate(float raw) {
  return 1.0F - std::exp(-raw / scale);
}

float uncalibrate(float score) {
  return score < 1.0F ? -scale * std::log(1.0F - score) : std::numeric_limits<float>::infinity();
}

namespace {

// What query term `i` adds to the score of the entry of `posting`.
Contribution contribution(const Query& query, const Index& index, std::size_t i,
                          const Posting& posting, const ScoringParams& params) {
  const QueryTerm& qt = query.terms[i];
  auto by_field = weighted_frequencies(posting, index, params);
  const float tf = sum(by_field);
  Contribution c;
  c.query_term = i;
  c.value = term_weight(query, index, qt, params) * saturate(tf, params.k1);
  for (std::size_t f = 0; f < field_count; ++f) {
    c.by_field[f] = tf > 0 ? c.value * by_field[f] / tf : 0;
  }
  return c;
}

void largest_first(std::vector<Contribution>& contributions) {
  std::stable_sort(contributions.begin(), contributions.end(),
                   [](const Contribution& a, const Contribution& b) { return a.value > b.value; });
}

// The sum of the values of one rendering of a family of query terms (QueryTerm::family).
struct RenderingSum {
  std::uint32_t family = 0;
  std::uint32_t rendering = 0;
  float sum = 0;
};

// Of each family among `items` (each with a query_term and a value: Contribution, TermHit), the
// rendering whose values sum highest, the first of equal sums: the one score_all counts. Summed in
// the order of `items`; into `best` (a few, by family), which it reuses.
template <typename Item>
void best_renderings(const Query& query, std::span<const Item> items,
                     std::vector<RenderingSum>& best) {
  best.clear();
  for (const Item& item : items) {
    const QueryTerm& qt = query.terms[item.query_term];
    if (qt.family == 0) {
      continue;
    }
    auto it = std::find_if(best.begin(), best.end(), [&](const RenderingSum& r) {
      return r.family == qt.family && r.rendering == qt.rendering;
    });
    if (it == best.end()) {
      best.push_back({qt.family, qt.rendering, item.value});
    } else {
      it->sum += item.value;
    }
  }
  std::sort(best.begin(), best.end(), [](const RenderingSum& a, const RenderingSum& b) {
    return a.family != b.family ? a.family < b.family : a.rendering < b.rendering;
  });
  std::size_t kept = 0; // the best of each family, compacted in place
  for (const RenderingSum& r : best) {
    if (kept == 0 || best[kept - 1].family != r.family) {
      best[kept++] = r;
    } else if (r.sum > best[kept - 1].sum) {
      best[kept - 1] = r;
    }
  }
  best.resize(kept);
}

// Whether `qt` counts beside the renderings of `best` (best_renderings): it is in no family, or
// in its family's best rendering.
bool counts(const QueryTerm& qt, const std::vector<RenderingSum>& best) {
  return qt.family == 0 || std::any_of(best.begin(), best.end(), [&](const RenderingSum& r) {
           return r.family == qt.family && r.rendering == qt.rendering;
         });
}

// Keeps, of each family's contributions, those of its best rendering, as score_all counts only
// that one.
void keep_best_renderings(const Query& query, std::vector<Contribution>& contributions) {
  std::vector<RenderingSum> best;
  best_renderings(query, std::span<const Contribution>(contributions), best);
  if (best.empty()) {
    return;
  }
  std::erase_if(contributions,
                [&](const Contribution& c) { return !counts(query.terms[c.query_term], best); });
}

// Marks some entries in a table of all of them (entry -> 1 + its place among them), one table
// per thread, made once; the marks are cleared when done.
class EntrySlots {
public:
  EntrySlots(std::size_t entry_count, std::span<const std::uint32_t> entries) : m_entries(entries) {
    thread_local std::vector<std::uint32_t> table;
    if (table.size() < entry_count) {
      table.assign(entry_count, 0);
    }
    m_slots = table.data();
    for (std::size_t k = 0; k < entries.size(); ++k) {
      m_slots[entries[k]] = static_cast<std::uint32_t>(k + 1);
    }
  }
  EntrySlots(const EntrySlots&) = delete;
  EntrySlots& operator=(const EntrySlots&) = delete;
  ~EntrySlots() {
    for (std::uint32_t e : m_entries) {
      m_slots[e] = 0;
    }
  }
  std::uint32_t operator[](std::uint32_t entry) const { return m_slots[entry]; }

private:
  std::span<const std::uint32_t> m_entries;
  std::uint32_t* m_slots = nullptr;
};

// The query's terms in the order score_all adds them up: those outside families in the query's
// order, then the families' by family and rendering.
std::vector<std::uint32_t> scoring_order(const Query& query) {
  std::vector<std::uint32_t> order;
  order.reserve(query.terms.size());
  for (std::size_t i = 0; i < query.terms.size(); ++i) {
    if (query.terms[i].family == 0) {
      order.push_back(static_cast<std::uint32_t>(i));
    }
  }
  const auto families = static_cast<std::ptrdiff_t>(order.size());
  for (std::size_t i = 0; i < query.terms.size(); ++i) {
    if (query.terms[i].family != 0) {
      order.push_back(static_cast<std::uint32_t>(i));
    }
  }
  std::stable_sort(order.begin() + families, order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const QueryTerm& x = query.terms[a];
    const QueryTerm& y = query.terms[b];
    return x.family != y.family ? x.family < y.family : x.rendering < y.rendering;
  });
  return order;
}

} // namespace

EntryHits term_hits(const Query& query, const Index& index, std::span<const std::uint32_t> entries,
                    const ScoringParams& params) {
  EntryHits out;
  out.begin.assign(entries.size() + 1, 0);
  if (query.mass <= 0 || entries.empty()) {
    return out;
  }
  const EntrySlots slot(index.entry_count(), entries);
  std::vector<TermHit> found; // in the order of the terms, then sorted by entry below
  for (std::uint32_t i : scoring_order(query)) {
    const float weight = term_weight(query, index, query.terms[i], params);
    for (const Posting& p : index.postings(query.terms[i].term)) {
      if (slot[p.entry] != 0) {
        found.push_back(
            {p.entry, i,
             weight * saturate(sum(weighted_frequencies(p, index, params)), params.k1)});
      }
    }
  }
  out.begin =
      counting_sort(found, entries.size(), [&](const TermHit& h) { return slot[h.entry] - 1; });
  std::vector<TermHit>& by_entry = found;
  // Of each family, an entry keeps its best rendering's hits (the first of equal sums).
  const bool families = std::any_of(query.terms.begin(), query.terms.end(),
                                    [](const QueryTerm& t) { return t.family != 0; });
  if (!families) {
    out.hits = std::move(by_entry);
    return out;
  }
  out.hits.reserve(by_entry.size());
  std::uint32_t from = 0;
  thread_local std::vector<RenderingSum> best;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const std::span<const TermHit> row(by_entry.data() + from, out.begin[k + 1] - from);
    const bool in_family = std::any_of(row.begin(), row.end(), [&](const TermHit& h) {
      return query.terms[h.query_term].family != 0;
    });
    if (in_family) {
      best_renderings(query, row, best);
    }
    for (const TermHit& h : row) {
      if (!in_family || counts(query.terms[h.query_term], best)) {
        out.hits.push_back(h);
      }
    }
    from = out.begin[k + 1];
    out.begin[k + 1] = static_cast<std::uint32_t>(out.hits.size());
  }
  return out;
}

std::vector<Contribution> explain(const Query& query, const Index& index, std::uint32_t entry,
                                  const ScoringParams& params) {
  return std::move(explain_entries(query, index, std::span(&entry, 1), params).front());
}

std::vector<std::vector<Contribution>> explain_entries(const Query& query, const Index& index,
                                                       std::span<const std::uint32_t> entries,
                                                       const ScoringParams& params) {
  std::vector<std::vector<Contribution>> out(entries.size());
  if (query.mass <= 0 || entries.empty()) {
    return out;
  }
  const EntrySlots slot(index.entry_count(), entries); // for the walk
  for (std::size_t i = 0; i < query.terms.size(); ++i) {
    const auto list = index.postings(query.terms[i].term);
    if (list.size() <= 8 * entries.size()) { // short list: walk it
      for (const Posting& p : list) {
        if (const std::uint32_t k = slot[p.entry]; k != 0) {
          out[k - 1].push_back(contribution(query, index, i, p, params));
        }
      }
      continue;
    }
    for (std::size_t k = 0; k < entries.size(); ++k) { // long list: search it for each entry
      auto it = std::lower_bound(list.begin(), list.end(), entries[k],
                                 [](const Posting& p, std::uint32_t e) { return p.entry < e; });
      if (it != list.end() && it->entry == entries[k]) {
        out[k].push_back(contribution(query, index, i, *it, params));
      }
    }
  }
  for (auto& contributions : out) {
    largest_first(contributions);
    keep_best_renderings(query, contributions);
  }
  return out;
}

} // namespace overlap
