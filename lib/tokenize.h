#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// A word found by the tokenizer, in the text it was given.
struct Token {
  std::string text;          // the word, as it stands in the (normalized) text
  std::size_t offset = 0;    // byte offset of the word in that text
  bool starts_phrase = true; // punctuation (not a hyphen or slash) or a blank line stands before it
  bool after_hyphen = false; // only a hyphen stands between it and the previous word
  // A sentence ends before it: '.', '!', '?' or ';' followed by a space, a blank line, or the first
  // line break of the text (a proposal's first line is its title). The first word starts one too.
  bool starts_sentence = true;
};

// Splits `utf8` into words with ICU's word break rules (UAX #29 with dictionaries for scripts
// written without spaces). Punctuation and white space are not words. Call it on normalized text.
// Plain ASCII text takes a fast path that gives the same words as ICU (tested against it).
std::vector<Token> tokenize(std::string_view utf8);

// The same with ICU whatever the text: the reference the fast path is tested against.
std::vector<Token> tokenize_with_icu(std::string_view utf8);

// Loads what ICU needs (normalization data, the word break rules) by running a short non-ASCII text
// through normalize() and tokenize(). Plain ASCII text never needs ICU; other text pays this once
// per process on first use. Called early by --timings, to time it apart.
void prepare_icu();

} // namespace overlap
