#pragma once

#include "analyzer.h"
#include "index.h"

#include <vector>

namespace overlap {

// French words the (English) corpus lacks, bridged to English corpus words that share their
// beginning: "electrique" -> "electric", "securite" -> "security", "vehicules" -> "vehicles". The
// shared beginning must be at least 5 letters and 60% of the shorter word; among such words the one
// whose stem the French word covers best wins. Each bridge is an added term of `weight`.
std::vector<Term> english_cognates(const std::vector<Term>& terms, const Index& index,
                                   float weight);

} // namespace overlap
