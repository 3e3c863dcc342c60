#include "compounds.h"

#include "text_util.h"

#include <algorithm>
#include <optional>
#include <string>

namespace overlap {

namespace {

bool all_letters(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), ascii_letter);
}

Term added_term(std::string key, std::string surface, bool phrase, const Term& from) {
  Term t;
  t.key = std::move(key);
  t.surface = std::move(surface);
  t.position = from.position;
  t.sentence = from.sentence;
  t.phrase = phrase;
  t.via = from.surface;
  return t;
}

// The two-word term and the words of `word` split in two, when the corpus writes them so.
void add_split(const Term& word, const Index& index, std::vector<Term>& added) {
  const std::optional<std::size_t> at = index.compound_split(word.surface);
  if (!at) {
    return;
  }
  const std::string_view surface = word.surface;
  const std::string_view left = surface.substr(0, *at);
  const std::string_view right = surface.substr(*at);
  const std::optional<std::string_view> left_key = index.word_key(left);
  const std::optional<std::string_view> right_key = index.word_key(right);
  if (!left_key || !right_key) {
    return; // never from a sound index: both parts are corpus words
  }
  std::string phrase_key = std::string(*left_key).append(*right_key);
  const std::size_t first = added.size();
  if (phrase_key != word.key) {
    added.push_back(
        added_term(std::move(phrase_key), std::string(left).append(" ").append(right), true, word));
  }
  added.push_back(added_term(std::string(*left_key), std::string(left), false, word));
  added.push_back(added_term(std::string(*right_key), std::string(right), false, word));
  const bool known = index.find(word.key).has_value();
  for (std::size_t i = first; i < added.size(); ++i) {
    added[i].alternative = known;
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
  for (const Term& t : terms) {
    // What a form adds depends on the form alone: each once, however often it is written.
    if (!t.via.empty() || std::any_of(added.begin(), added.end(),
                                      [&](const Term& a) { return a.via == t.surface; })) {
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
