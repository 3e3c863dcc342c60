#pragma once

#include <string>
#include <string_view>

namespace overlap {

// The key of a folded, lower-case French word with only its inflection removed: plural (-s, -x,
// -aux -> -al, -eaux -> -eau), feminine or past participle (-e, -é), infinitive (-er), and a
// doubled last letter (in the spirit of Savoy's minimal French stemmer, Lucene's
// FrenchMinimalStemmer). Unlike Snowball's stemmer it keeps derivation apart: "isolé" (isolated)
// and "isolant" (insulating) both stem to "isol", but their keys differ; "réseaux" and "réseau",
// "électriques" and "électrique", "chargée" and "charge" still meet.
std::string french_inflection_key(std::string_view word);

} // namespace overlap
