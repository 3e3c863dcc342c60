#pragma once

#include "analyzer.h"

#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// Acronyms written in capitals. An acronym is often a common word, or the stem of one, in lower
// case: "start-ups" is no UPS (uninterruptible power supply), "in der" no DER, "led to" no LED.
// So the index files a word that an entry writes only in capitals under its capital key, and a
// proposal meets it only through a word it writes in capitals too, or through an expansion that
// names the acronym (the thesaurus' "uninterruptible power supply" -> UPS).

// Whether `word` is an acronym in capitals: two to six capital ASCII letters (not digits: "CO₂"
// folds to "co2", so its capitals cannot be checked in a text).
bool is_capital_acronym(std::string_view word);

// The words of `text` written as acronyms in capitals, standing alone ("UPS", "DER"), or such a
// plural with a lower-case s ("EVs", given as "EV").
std::vector<std::string_view> capital_words(std::string_view text);

// The keys (Analyzer::word_key) of the capital words of `text`, sorted, one per occurrence.
std::vector<std::string> capital_keys(std::string_view text, const Analyzer& analyzer);

// The key under which the index files the word of `key` where an entry writes it only in capitals.
std::string capital_key(std::string_view key);
bool is_capital_key(std::string_view key);

// The terms of `expression` (of the thesaurus or the glossary), and for an acronym in capitals its
// word under its capital key as well, with the same fields: the two never meet the same entry.
std::vector<Term> analyze_expression(std::string_view expression, const Analyzer& analyzer);

} // namespace overlap
