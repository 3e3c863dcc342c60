#include "tokenize.h"

#include "normalize.h"
#include "text_util.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace overlap {

namespace {

// Creating a word break iterator loads rules and dictionaries; each thread clones one prototype.
icu::BreakIterator& word_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
      throw std::runtime_error(std::string("ICU word break iterator unavailable: ") +
                               u_errorName(status));
    }
    return it;
  }();
  thread_local std::unique_ptr<icu::BreakIterator> mine(prototype->clone());
  return *mine;
}

// Whether the characters between two words let a phrase run on: spaces, a single line break,
// hyphens, slashes and apostrophes do; other punctuation and blank lines end it.
bool gap_keeps_phrase(std::string_view gap) {
  int newlines = 0;
  for (char c : gap) {
    if (c == '\n') {
      ++newlines;
    } else if (c != ' ' && c != '\t' && c != '-' && c != '/' && c != '\'') {
      return false;
    }
  }
  return newlines < 2;
}

// Whether the characters between two words end a sentence (Token::starts_sentence): a '.', '!',
// '?' or ';' with a space after it ("Y.4102" and "3.5" go on), a blank line, or the text's first
// line break. `line_broken` tells whether a line break came before, and is set when `gap` holds
// one.
bool gap_ends_sentence(std::string_view gap, bool& line_broken) {
  int newlines = 0;
  bool stop = false;    // a stop, followed by a space
  bool stopped = false; // a stop, not yet followed by one
  for (char c : gap) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    stop = stop || (stopped && space);
    if (c == '\n') {
      ++newlines;
    } else if (c == '.' || c == '!' || c == '?' || c == ';') {
      stopped = true;
    }
  }
  const bool first_break = newlines > 0 && !line_broken;
  line_broken = line_broken || newlines > 0;
  return stop || newlines >= 2 || first_break;
}

} // namespace

std::vector<Token> tokenize_with_icu(std::string_view utf8) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::BreakIterator& it = word_iterator();
  it.setText(text);

  std::vector<Token> tokens;
  std::size_t byte_offset = 0; // UTF-8 offset of `previous_end`
  int32_t previous_end = 0;
  bool line_broken = false;
  for (int32_t start = it.first(), end = it.next(); end != icu::BreakIterator::DONE;
       start = end, end = it.next()) {
    if (it.getRuleStatus() < UBRK_WORD_NONE_LIMIT) {
      continue; // spaces and punctuation
    }
    icu::UnicodeString gap = text.tempSubStringBetween(previous_end, start);
    std::string gap_utf8;
    gap.toUTF8String(gap_utf8);

    Token token;
    text.tempSubStringBetween(start, end).toUTF8String(token.text);
    token.offset = byte_offset + gap_utf8.size();
    token.starts_phrase = tokens.empty() || !gap_keeps_phrase(gap_utf8);
    token.after_hyphen = !tokens.empty() && gap_utf8 == "-";
    token.starts_sentence = tokens.empty() || gap_ends_sentence(gap_utf8, line_broken);
    byte_offset = token.offset + token.text.size();
    previous_end = end;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

namespace {

// Whether `text` is ASCII without the characters whose word-break behaviour the fast path does not
// reproduce ('_' joins words; ICU keeps '@' with the word after it).
bool fast_path_applies(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80 && c != '_' && c != '@';
  });
}

// The end of the word that starts at `i`: UAX #29 for ASCII. Letters and digits run together
// (WB5, WB8-10); a letter-letter pair may be joined by '.' or '\'' (WB6-7; ICU's root rules do not
// join at ':'), a digit-digit pair by ',', ';', '.' or '\'' (WB11-12).
std::size_t word_end(std::string_view text, std::size_t i) {
  const std::size_t n = text.size();
  while (i < n) {
    if (ascii_alnum(text[i])) {
      ++i;
      continue;
    }
    if (i + 1 < n && i > 0) {
      const char mid = text[i];
      const char before = text[i - 1];
      const char after = text[i + 1];
      const bool letters =
          ascii_letter(before) && ascii_letter(after) && (mid == '.' || mid == '\'');
      const bool digits = ascii_digit(before) && ascii_digit(after) &&
                          (mid == ',' || mid == ';' || mid == '.' || mid == '\'');
      if (letters || digits) {
        ++i;
        continue;
      }
    }
    break;
  }
  return i;
}

} // namespace

std::vector<Token> tokenize(std::string_view utf8) {
  if (!fast_path_applies(utf8)) {
    return tokenize_with_icu(utf8);
  }
  std::vector<Token> tokens;
  tokens.reserve(utf8.size() / 4); // words and the spaces between them average more
  std::size_t previous_end = 0;
  bool line_broken = false;
  for (std::size_t i = 0; i < utf8.size();) {
    if (!ascii_alnum(utf8[i])) {
      ++i;
      continue;
    }
    const std::size_t end = word_end(utf8, i);
    const std::string_view gap = utf8.substr(previous_end, i - previous_end);
    const bool first = tokens.empty();
    Token& token = tokens.emplace_back(); // in place: a proposal has thousands
    token.text.assign(utf8.substr(i, end - i));
    token.offset = i;
    token.starts_phrase = first || !gap_keeps_phrase(gap);
    token.after_hyphen = !first && gap == "-";
    token.starts_sentence = first || gap_ends_sentence(gap, line_broken);
    previous_end = end;
    i = end;
  }
  return tokens;
}

void prepare_icu() {
  const std::string text = normalize("Déjà vu 東京");
  if (tokenize_with_icu(text).empty()) {
    throw std::runtime_error("ICU word break iterator found no words");
  }
}

} // namespace overlap
