#include "compounds.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_set>

namespace overlap {

namespace {

bool all_letters(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
  });
}

Term added_term(std::string key, std::string surface, bool phrase, const Term& from) {
  Term t;
  t.key = std::move(key);
  t.surface = std::move(surface);
  t.position = from.position;
  t.phrase = phrase;
  t.via = from.surface;
  return t;
}

// The two-word term and the words of `word` split in two, when the corpus writes them so.
void add_split(const Term& word, const Index& index, std::vector<Term>& added) {
  const std::string_view surface = word.surface;
  for (std::size_t at = min_compound_part; at + min_compound_part <= surface.size(); ++at) {
    const std::string_view left = surface.substr(0, at);
    const std::string_view right = surface.substr(at);
    const std::optional<std::string_view> left_key = index.word_key(left);
    const std::optional<std::string_view> right_key = index.word_key(right);
    if (!left_key || !right_key) {
      continue;
    }
    std::string phrase_key = std::string(*left_key).append(*right_key);
    // "net" + "works" makes the key of "networks", which the corpus never writes in two.
    const std::optional<std::uint32_t> phrase = index.find(phrase_key);
    if (!phrase || !index.two_words(*phrase)) {
      continue;
    }
    const std::size_t first = added.size();
    if (phrase_key != word.key) {
      added.push_back(added_term(std::move(phrase_key), std::string(left).append(" ").append(right),
                                 true, word));
    }
    added.push_back(added_term(std::string(*left_key), std::string(left), false, word));
    added.push_back(added_term(std::string(*right_key), std::string(right), false, word));
    const bool known = index.find(word.key).has_value();
    for (std::size_t i = first; i < added.size(); ++i) {
      added[i].alternative = known;
    }
    return;
  }
}

// The corpus word that the two words of `phrase` make written as one.
void add_join(const Term& phrase, const Index& index, std::vector<Term>& added) {
  const std::size_t space = phrase.surface.find(' ');
  const std::string_view surface = phrase.surface;
  if (space == std::string::npos || !all_letters(surface.substr(0, space)) ||
      !all_letters(surface.substr(space + 1))) {
    return;
  }
  std::string joined = std::string(surface.substr(0, space)).append(surface.substr(space + 1));
  const std::optional<std::string_view> key = index.word_key(joined);
  if (!key || *key == phrase.key) {
    return;
  }
  Term t = added_term(std::string(*key), std::move(joined), false, phrase);
  t.alternative = true;
  added.push_back(std::move(t));
}

} // namespace

std::vector<Term> compound_variants(const std::vector<Term>& terms, const Index& index) {
  std::vector<Term> added;
  std::unordered_set<std::string_view> seen; // each written form once
  for (const Term& t : terms) {
    if (!t.via.empty() || !seen.insert(t.surface).second) {
      continue;
    }
    if (t.phrase) {
      add_join(t, index, added);
    } else if (t.surface.size() >= 2 * min_compound_part &&
               t.surface.size() <= max_compound_length && all_letters(t.surface)) {
      add_split(t, index, added);
    }
  }
  return added;
}

} // namespace overlap
