#pragma once

#include "analyzer.h"
#include "index.h"

#include <cstddef>
#include <vector>

namespace overlap {

// A compound may be written in one word or in two ("cybersecurity" and "cyber security",
// "wastewater" and "waste water", "lawnmower" and "lawn mower"), and a proposal need not write it
// as the corpus does. Stems of the two forms may differ ("wastewat" against "wast" + "water"), and
// the one word lacks the words of the two, so for the English `terms` of a proposal this adds:
// - for a word that splits into two corpus words which the corpus also writes side by side, that
//   two-word term (when its key differs) and the two words: as if the proposal had written them,
//   or, when the corpus knows the one word too, as alternatives (Term::alternative);
// - for a two-word term that written as one is a corpus word, that word, as an alternative.
// Added terms carry the proposal's form in `via`.
std::vector<Term> compound_variants(const std::vector<Term>& terms, const Index& index);

} // namespace overlap
