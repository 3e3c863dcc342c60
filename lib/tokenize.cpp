#include "tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>

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

bool gap_keeps_phrase(const icu::UnicodeString& gap) {
  int newlines = 0;
  for (int32_t i = 0; i < gap.length(); ++i) {
    char16_t c = gap[i];
    if (c == '\n') {
      ++newlines;
    } else if (c != ' ' && c != '\t' && c != '-' && c != '/' && c != '\'') {
      return false;
    }
  }
  return newlines < 2;
}

} // namespace

std::vector<Token> tokenize(std::string_view utf8) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::BreakIterator& it = word_iterator();
  it.setText(text);

  std::vector<Token> tokens;
  std::size_t byte_offset = 0; // UTF-8 offset of `previous_end`
  int32_t previous_end = 0;
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
    token.starts_phrase = tokens.empty() || !gap_keeps_phrase(gap);
    token.after_hyphen = !tokens.empty() && gap == icu::UnicodeString(u"-");
    byte_offset = token.offset + token.text.size();
    previous_end = end;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

} // namespace overlap
