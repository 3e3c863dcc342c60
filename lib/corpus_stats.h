#pragma once

#include "corpus.h"

#include <string>

namespace overlap {

// The bar every entry should meet (see corpus/README.md).
inline constexpr std::size_t min_scope_words = 40;
inline constexpr std::size_t max_scope_words = 120;
inline constexpr std::size_t min_keywords = 8;

// Number of words (runs of non-space characters) in `text`.
std::size_t word_count(const std::string& text);

// A plain-text summary of `corpus`: counts by organization, kind and status, then the entries
// whose scope has fewer than 40 or more than 120 words or that have fewer than 8 keywords.
std::string corpus_stats(const Corpus& corpus);

// What `corpus validate` prints: "corpus OK: N entries in M files", with the size of the thesaurus
// and of the French glossary, which it loads too, so that a malformed one is reported as
// `file:line:col: message` (overlap::Error) by validation and not first by a check.
std::string corpus_validation(const Corpus& corpus);

// One line per entry, tab-separated: id, organizations (comma-separated), kind, status, parent,
// aliases (separated by " | "). For scripts such as scripts/corpus-coverage.
std::string corpus_listing(const Corpus& corpus);

} // namespace overlap
