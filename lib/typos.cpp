#include "typos.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace overlap {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  if ((n > m ? n - m : m - n) > limit) {
    return limit + 1;
  }
  std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) {
    previous[j] = j;
  }
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) {
      return limit + 1;
    }
    before.swap(previous);
    previous.swap(current);
  }
  return std::min(previous[m], limit + 1);
}

std::size_t typo_budget(std::size_t length) {
  if (length < 5) {
    return 0;
  }
  return length <= 8 ? 1 : 2;
}

namespace {

bool all_letters(std::string_view word) {
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

} // namespace

std::vector<Term> correct_typos(const std::vector<Term>& terms, const Index& index, float weight) {
  std::vector<Term> added;
  std::unordered_map<std::string, const std::string*> cache; // word -> correction (or null)
  for (const Term& t : terms) {
    if (t.phrase || !t.via.empty() || index.find(t.key) || !all_letters(t.surface)) {
      continue;
    }
    auto [it, fresh] = cache.emplace(t.surface, nullptr);
    if (fresh) {
      const std::size_t budget = typo_budget(t.surface.size());
      std::size_t best = budget + 1;
      const std::string* best_word = nullptr;
      for (std::size_t len = t.surface.size() - std::min(budget, t.surface.size());
           len <= t.surface.size() + budget; ++len) {
        for (const std::string& candidate : index.words_of_length(len)) {
          if (candidate[0] != t.surface[0]) {
            continue;
          }
          std::size_t d = edit_distance(t.surface, candidate, budget);
          if (d < best || (d == best && best_word != nullptr && candidate < *best_word)) {
            best = d;
            best_word = &candidate;
          }
        }
      }
      it->second = best <= budget ? best_word : nullptr;
    }
    if (it->second != nullptr) {
      Term fixed = t;
      fixed.surface = *it->second;
      fixed.key = *index.word_key(*it->second);
      fixed.weight = weight;
      fixed.via = t.surface;
      added.push_back(std::move(fixed));
    }
  }
  return added;
}

} // namespace overlap
