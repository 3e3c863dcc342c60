#include "capitals.h"

#include "text_util.h"

#include <algorithm>

namespace overlap {

bool is_capital_acronym(std::string_view word) {
  return word.size() >= 2 && word.size() <= 6 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::vector<std::string_view> capital_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t at = 0;
  while (at < text.size()) {
    if (!ascii_alnum(text[at])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && ascii_alnum(text[end])) {
      ++end;
    }
    // A word joined to letters beyond ASCII ("ÉUPS") is not one of ours.
    const bool alone = (at == 0 || static_cast<unsigned char>(text[at - 1]) < 0x80) &&
                       (end == text.size() || static_cast<unsigned char>(text[end]) < 0x80);
    std::string_view word = text.substr(at, end - at);
    if (word.size() > 2 && word.back() == 's') {
      word.remove_suffix(1); // "EVs"
    }
    if (alone && is_capital_acronym(word)) {
      words.push_back(word);
    }
    at = end;
  }
  return words;
}

std::vector<std::string> capital_keys(std::string_view text, const Analyzer& analyzer) {
  std::vector<std::string> keys;
  for (std::string_view word : capital_words(text)) {
    std::string key = analyzer.word_key(ascii_lower(std::string(word)));
    if (!key.empty()) {
      keys.push_back(std::move(key));
    }
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::string capital_key(std::string_view key) {
  // A byte no analyzed key holds: keys are normalized, lower-case words.
  return "\x01" + std::string(key);
}

bool is_capital_key(std::string_view key) {
  return !key.empty() && key.front() == '\x01';
}

std::vector<Term> analyze_expression(std::string_view expression, const Analyzer& analyzer) {
  std::vector<Term> terms = analyzer.analyze(expression);
  if (is_capital_acronym(expression) && terms.size() == 1) {
    Term twin = terms.front();
    twin.key = capital_key(twin.key);
    twin.surface = std::string(expression);
    terms.push_back(std::move(twin));
  }
  return terms;
}

} // namespace overlap
