#pragma once

#include "analyzer.h"
#include "index.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace overlap {

class Dictionary;

// Optimal string alignment distance between `a` and `b` (insertions, deletions, substitutions and
// swaps of neighbours, each 1), or `limit + 1` as soon as it is known to exceed `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// Typos a proposal may hold: how many edits a word of `length` bytes may be away from a corpus word
// (none under 5 letters, 1 up to 8, then 2).
std::size_t typo_budget(std::size_t length);

// Gives the dictionary of English words, or nullptr; called only once a word has a correction to
// offer, so that a proposal without one never opens it.
using DictionarySource = const Dictionary* (*)();

// For each word of `terms` that the corpus lacks and the dictionary of `dictionary` (when given)
// does not know, the closest corpus word within the typo budget (same first letter; ties by the
// word), as an added term of `weight`.
std::vector<Term> correct_typos(const std::vector<Term>& terms, const Index& index, float weight,
                                DictionarySource dictionary = nullptr);

} // namespace overlap
