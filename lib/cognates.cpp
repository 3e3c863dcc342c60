#include "cognates.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace overlap {

namespace {

constexpr std::size_t min_shared = 5;

std::size_t shared_prefix(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) {
    ++n;
  }
  return n;
}

std::size_t length_gap(std::string_view a, std::string_view b) {
  return a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
}

std::optional<std::string_view> best_cognate(std::string_view word, const Index& index) {
  if (word.size() < min_shared) {
    return std::nullopt;
  }
  // Rank by how much of the candidate's stem the French word covers, then by the shared beginning,
  // then by the closer length and the word: "vehicules" takes "vehicles" (stem "vehicl", 5 of 6)
  // over "vehicular" (stem "vehicular", 7 of 9).
  std::optional<std::string_view> best;
  double best_cover = 0;
  std::size_t best_shared = 0;
  for (std::string_view candidate : index.words_with_prefix(word.substr(0, min_shared))) {
    const std::size_t shared = shared_prefix(word, candidate);
    if (shared * 10 < 6 * std::min(word.size(), candidate.size())) {
      continue;
    }
    const std::string_view stem = *index.word_key(candidate);
    const double cover =
        static_cast<double>(shared_prefix(word, stem)) / static_cast<double>(stem.size());
    bool better = !best || cover > best_cover;
    if (!better && cover == best_cover) {
      better = shared > best_shared ||
               (shared == best_shared &&
                (length_gap(word, candidate) < length_gap(word, *best) ||
                 (length_gap(word, candidate) == length_gap(word, *best) && candidate < *best)));
    }
    if (better) {
      best = candidate;
      best_cover = cover;
      best_shared = shared;
    }
  }
  return best;
}

} // namespace

std::vector<Term> english_cognates(const std::vector<Term>& terms, const Index& index,
                                   float weight) {
  std::vector<Term> added;
  std::unordered_map<std::string, std::optional<std::string_view>> cache; // word -> look-alike
  for (const Term& t : terms) {
    if (t.phrase || !t.via.empty()) {
      continue;
    }
    auto [it, fresh] = cache.try_emplace(t.surface);
    if (fresh) {
      it->second = index.word_key(t.surface) ? std::optional<std::string_view>(it->first)
                                             : best_cognate(t.surface, index);
    }
    if (!it->second) {
      continue;
    }
    Term bridged = t;
    bridged.surface = std::string(*it->second);
    bridged.key = std::string(*index.word_key(*it->second));
    bridged.id.reset();
    bridged.resolved = false;
    bridged.weight = *it->second == t.surface ? 1.0F : weight;
    bridged.via = *it->second == t.surface ? std::string() : t.surface;
    added.push_back(std::move(bridged));
  }
  return added;
}

} // namespace overlap
