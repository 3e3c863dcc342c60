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
  const std::vector<Token> tokens = tokenize(text);
  std::vector<std::string> words; // normalized words before the current token
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const bool in_parentheses = t.offset > 0 && text[t.offset - 1] == '(' &&
                                t.offset + t.text.size() < text.size() &&
                                text[t.offset + t.text.size()] == ')';
    if (in_parentheses && looks_like_acronym(t.text)) {
      std::string letters;
      for (char c : t.text) {
        if (std::isalpha(static_cast<unsigned char>(c))) {
          letters += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
      }
      std::size_t start = 0;
      const bool seen = std::any_of(out.begin(), out.end(), [&](const auto& p) { return p.first == t.text; });
      // An expansion has at most about two words per letter; searching only those keeps spell()
      // from trying exponentially many runs of small words ("a a a ... (ZAAAAAAAAA)").
      const auto window = static_cast<std::ptrdiff_t>(std::min(words.size(), 2 * letters.size() + 2));
      const std::vector<std::string> recent(words.end() - window, words.end());
      if (!seen && !letters.empty() && spell(recent, recent.size(), letters, letters.size(), start)) {
        std::string expansion;
        for (std::size_t k = start; k < recent.size(); ++k) {
          expansion += (expansion.empty() ? "" : " ") + recent[k];
        }
        out.emplace_back(t.text, expansion);
      }
    }
    words.push_back(normalize(t.text));
  }
  return out;
}

} // namespace overlap
