#include "typos.h"

#include "dictionary.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <optional>
#include <unordered_map>

namespace overlap {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  if ((n > m ? n - m : m - n) > limit) {
    return limit + 1;
  }
  // Three rows on the stack: words longer than this are not corrected anyway.
  constexpr std::size_t max_length = 63;
  if (m > max_length || n > max_length) {
    return a == b ? 0 : limit + 1;
  }
  std::array<std::size_t, max_length + 1> rows[3]{};
  std::size_t* before = rows[0].data();
  std::size_t* previous = rows[1].data();
  std::size_t* current = rows[2].data();
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
    std::swap(before, previous);
    std::swap(previous, current);
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

std::vector<Term> correct_typos(const std::vector<Term>& terms, const Index& index, float weight,
                                DictionarySource dictionary) {
  std::vector<Term> added;
  // Unknown words repeat from one proposal to the next: remember corrections per index, dictionary
  // and thread.
  thread_local std::uint64_t cached_for = 0;
  thread_local DictionarySource cached_dictionary = nullptr;
  thread_local std::unordered_map<std::string, std::optional<std::string>>
      cache; // word -> correction
  if (cached_for != index.serial() || cached_dictionary != dictionary || cache.size() > 100000) {
    cache.clear();
    cached_for = index.serial();
    cached_dictionary = dictionary;
  }
  for (const Term& t : terms) {
    const bool known = t.resolved ? t.id.has_value() : index.find(t.key).has_value();
    if (t.phrase || !t.via.empty() || known || !all_letters(t.surface)) {
      continue;
    }
    auto [it, fresh] = cache.try_emplace(t.surface);
    if (fresh) {
      const std::size_t budget = typo_budget(t.surface.size());
      std::size_t best = budget + 1;
      std::string_view best_word;
      const std::uint32_t letters = Index::letter_set(t.surface);
      for (std::size_t len = t.surface.size() - std::min(budget, t.surface.size());
           len <= t.surface.size() + budget; ++len) {
        for (const Index::Word& word : index.words_of_length(len)) {
          const std::string_view candidate = index.word(word.word);
          // Each edit adds or removes at most two letters from the set of letters used.
          if (candidate[0] != t.surface[0] ||
              static_cast<std::size_t>(std::popcount(word.letters ^ letters)) > 2 * budget) {
            continue;
          }
          std::size_t d = edit_distance(t.surface, candidate, budget);
          if (d < best || (d == best && candidate < best_word)) {
            best = d;
            best_word = candidate;
          }
        }
      }
      if (best <= budget) {
        // The dictionary last: it is opened only for words that have a correction to offer.
        const Dictionary* english = dictionary != nullptr ? dictionary() : nullptr;
        if (english == nullptr || !english->knows(t.key)) {
          it->second = std::string(best_word);
        }
      }
    }
    if (it->second) {
      Term fixed = t;
      fixed.surface = *it->second;
      fixed.key = std::string(*index.word_key(*it->second));
      fixed.id.reset();
      fixed.resolved = false;
      fixed.weight = weight;
      fixed.via = t.surface;
      added.push_back(std::move(fixed));
    }
  }
  return added;
}

} // namespace overlap
