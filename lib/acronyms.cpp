#include "acronyms.h"

#include "normalize.h"
#include "tokenize.h"

#include <algorithm>
#include <cctype>

namespace overlap {

namespace {

bool is_small_word(std::string_view w) {
  for (std::string_view s : {"of", "and", "for", "the", "in", "on", "to", "a", "an", "with", "by"}) {
    if (w == s) {
      return true;
    }
  }
  return false;
}

// An acronym: 2 to 10 ASCII letters and digits, at least two capitals, no lower-case start.
bool looks_like_acronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 10 || !std::isupper(static_cast<unsigned char>(w[0]))) {
    return false;
  }
  int capitals = 0;
  for (char c : w) {
    auto u = static_cast<unsigned char>(c);
    if (!std::isalnum(u)) {
      return false;
    }
    capitals += std::isupper(u) ? 1 : 0;
  }
  return capitals >= 2;
}

// Whether the words `words[0..end)` end with a run whose initials spell `letters[0..n)`; sets
// `start` to the first word of the run. Small words may be skipped or give their initial.
bool spell(const std::vector<std::string>& words, std::size_t end, const std::string& letters,
           std::size_t n, std::size_t& start) {
  if (n == 0) {
    start = end;
    return true;
  }
  if (end == 0) {
    return false;
  }
  const std::string& w = words[end - 1];
  if (w[0] == letters[n - 1] && spell(words, end - 1, letters, n - 1, start)) {
    return true;
  }
  return is_small_word(w) && n < letters.size() && spell(words, end - 1, letters, n, start);
}

} // namespace

std::vector<std::pair<std::string, std::string>> find_acronym_definitions(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  // Look only where a parenthesis opens on a capital, and tokenize only the words before it.
  constexpr std::size_t window = 240; // bytes before "(": room for ten long words
  for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 11) {
      continue;
    }
    const std::string acronym(text.substr(open + 1, close - open - 1));
    if (!looks_like_acronym(acronym) ||
        std::any_of(out.begin(), out.end(), [&](const auto& p) { return p.first == acronym; })) {
      continue;
    }
    std::size_t start = open > window ? open - window : 0;
    while (start < open && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
      ++start; // not inside a UTF-8 sequence
    }
    std::vector<std::string> words;
    for (const Token& t : tokenize(text.substr(start, open - start))) {
      words.push_back(normalize(t.text));
    }
    if (start > 0 && !words.empty()) {
      words.erase(words.begin()); // may be cut off by the window
    }
    std::string letters;
    for (char c : acronym) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        letters += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
    }
    std::size_t first = 0;
    if (!letters.empty() && spell(words, words.size(), letters, letters.size(), first)) {
      std::string expansion;
      for (std::size_t k = first; k < words.size(); ++k) {
        expansion += (expansion.empty() ? "" : " ") + words[k];
      }
      out.emplace_back(acronym, expansion);
    }
  }
  return out;
}

} // namespace overlap
