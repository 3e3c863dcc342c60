#include "cognates.h"

#include <algorithm>
#include <unordered_map>

namespace overlap {

namespace {

constexpr std::size_t min_shared = 5;

std::size_t shared_prefix(const std::string& a, const std::string& b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) {
    ++n;
  }
  return n;
}

std::size_t length_gap(const std::string& a, const std::string& b) {
  return a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
}

const std::string* best_cognate(const std::string& word, const Index& index) {
  if (word.size() < min_shared) {
    return nullptr;
  }
  // Rank by how much of the candidate's stem the French word covers, then by the shared beginning,
  // then by the closer length and the word: "vehicules" takes "vehicles" (stem "vehicl", 5 of 6)
  // over "vehicular" (stem "vehicular", 7 of 9).
  const std::string* best = nullptr;
  double best_cover = 0;
  std::size_t best_shared = 0;
  for (const std::string& candidate : index.words_with_prefix(word.substr(0, min_shared))) {
    const std::size_t shared = shared_prefix(word, candidate);
    if (shared * 10 < 6 * std::min(word.size(), candidate.size())) {
      continue;
    }
    const std::string& stem = *index.word_key(candidate);
    const double cover = static_cast<double>(shared_prefix(word, stem)) / static_cast<double>(stem.size());
    bool better = best == nullptr || cover > best_cover;
    if (!better && cover == best_cover) {
      better = shared > best_shared ||
               (shared == best_shared &&
                (length_gap(word, candidate) < length_gap(word, *best) ||
                 (length_gap(word, candidate) == length_gap(word, *best) && candidate < *best)));
    }
    if (better) {
      best = &candidate;
      best_cover = cover;
      best_shared = shared;
    }
  }
  return best;
}

} // namespace

std::vector<Term> english_cognates(const std::vector<Term>& terms, const Index& index, float weight) {
  std::vector<Term> added;
  std::unordered_map<std::string, const std::string*> cache;
  for (const Term& t : terms) {
    if (t.phrase || !t.via.empty()) {
      continue;
    }
    auto [it, fresh] = cache.emplace(t.surface, nullptr);
    if (fresh) {
      it->second = index.word_key(t.surface) != nullptr ? &t.surface : best_cognate(t.surface, index);
    }
    if (it->second == nullptr) {
      continue;
    }
    Term bridged = t;
    bridged.surface = *it->second;
    bridged.key = *index.word_key(*it->second);
    bridged.weight = *it->second == t.surface ? 1.0F : weight;
    bridged.via = *it->second == t.surface ? std::string() : t.surface;
    added.push_back(std::move(bridged));
  }
  return added;
}

} // namespace overlap
