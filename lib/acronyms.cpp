#include "acronyms.h"

#include "normalize.h"
#include "tokenize.h"

#include <algorithm>
#include <cctype>

namespace overlap {

namespace {

bool is_small_word(std::string_view w) {
  for (std::string_view s :
       {"of", "and", "for", "the", "in", "on", "to", "a", "an", "with", "by"}) {
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
// `start` to the first word of the run. Small words may be skipped or give their initial; a run is
// at most two words a letter long. A table over (word, letters spelt) gives what a depth-first
// search, giving the initial before skipping, would find, without its exponential time and deep
// recursion on runs of small words ("a a a ... (ZAAAAAAAAA)", "of of ... (PO)").
bool spell(const std::vector<std::string>& words, std::size_t end, const std::string& letters,
           std::size_t n, std::size_t& start) {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  const std::size_t lowest = end - std::min(end, 2 * letters.size() + 2);
  // found[k]: the start of a run that spells letters[0..k) and ends before word e, for each e
  std::vector<std::size_t> found(n + 1, none);
  found[0] = lowest;
  for (std::size_t e = lowest + 1; e <= end; ++e) {
    const std::string& w = words[e - 1];
    std::vector<std::size_t> next(n + 1, none);
    next[0] = e;
    for (std::size_t k = 1; k <= n; ++k) {
      if (!w.empty() && w[0] == letters[k - 1]) {
        next[k] = found[k - 1];
      }
      if (next[k] == none && is_small_word(w) && k < letters.size()) {
        next[k] = found[k];
      }
    }
    found = std::move(next);
  }
  if (found[n] == none) {
    return false;
  }
  start = found[n];
  return true;
}

} // namespace

std::vector<std::pair<std::string, std::string>> find_acronym_definitions(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  // Look only where a parenthesis opens on a capital, and tokenize only the words before it.
  constexpr std::size_t window = 240; // bytes before "(": room for ten long words
  for (std::size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
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
