#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// A reference to a series of ITU-T Recommendations, as a term: each series is the work of one or
// two Study Groups (Q: SG11, X: SG17, Y.4000: SG20 ...), so a proposal that cites "ITU-T Q.4102" or
// "X.509" points to them as clearly as one that names their subject.
struct SeriesTerm {
  std::string key;     // "q-series", "x.500-series": no word's key has a '-' or a '.'
  std::string surface; // "Q-series", "X.500-series"
};

// The series that `text` cites or names, in text order:
// - a citation, an upper-case letter D to Z with a number of two digits or more ("Y.4102",
//   "F.746.17", "G.7716/Y.1707"), gives the letter's series and the hundreds and thousands it
//   falls in ("Y-series", "Y.4100-series", "Y.4000-series"); not after "Annex", "Table", "Figure"
//   or "clause", where ISO and IEC number their own parts that way ("Table E.12");
// - a series named as such ("Q-series", "H series") gives the letter's series.
// A, B and C are left out: the A-series (TSAG's working methods) reads like annex numbering.
std::vector<SeriesTerm> itu_series_terms(std::string_view text);

} // namespace overlap
