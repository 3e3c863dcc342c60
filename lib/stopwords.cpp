#include "stopwords.h"

#include "stable_hash.h"

#include <algorithm>
#include <array>
#include <bit>
#include <string_view>
#include <vector>

namespace overlap {

namespace {

using namespace std::string_view_literals;

// Sorted (checked at compile time), so that a word is easy to find and never listed twice.
constexpr auto english = std::to_array<std::string_view>({
    "a"sv,
    "about"sv,
    "above"sv,
    "according"sv,
    "across"sv,
    "address"sv,
    "addressed"sv,
    "addresses"sv,
    "after"sv,
    "aim"sv,
    "aimed"sv,
    "aims"sv,
    "all"sv,
    "already"sv,
    "also"sv,
    "among"sv,
    "an"sv,
    "and"sv,
    "annex"sv,
    "any"sv,
    "applicable"sv,
    "applies"sv,
    "apply"sv,
    "are"sv,
    "as"sv,
    "at"sv,
    "be"sv,
    "been"sv,
    "being"sv,
    "between"sv,
    "both"sv,
    "but"sv,
    "by"sv,
    "can"sv,
    "clause"sv,
    "concerned"sv,
    "could"sv,
    "cover"sv,
    "covered"sv,
    "covering"sv,
    "covers"sv,
    "dealing"sv,
    "deals"sv,
    "describes"sv,
    "do"sv,
    "document"sv,
    "documents"sv,
    "does"sv,
    "during"sv,
    "e.g"sv,
    "each"sv,
    "either"sv,
    "etc"sv,
    "exclude"sv,
    "excluded"sv,
    "excludes"sv,
    "excluding"sv,
    "following"sv,
    "for"sv,
    "from"sv,
    "further"sv,
    "given"sv,
    "gives"sv,
    "guidance"sv,
    "guideline"sv,
    "guidelines"sv,
    "has"sv,
    "have"sv,
    "help"sv,
    "helps"sv,
    "here"sv,
    "how"sv,
    "however"sv,
    "i.e"sv,
    "iec"sv,
    "if"sv,
    "in"sv,
    "include"sv,
    "includes"sv,
    "including"sv,
    "intended"sv,
    "international"sv,
    "into"sv,
    "is"sv,
    "iso"sv,
    "it"sv,
    "item"sv,
    "items"sv,
    "its"sv,
    "itu"sv,
    "justification"sv,
    "may"sv,
    "more"sv,
    "most"sv,
    "must"sv,
    "new"sv,
    "no"sv,
    "not"sv,
    "note"sv,
    "of"sv,
    "on"sv,
    "one"sv,
    "only"sv,
    "or"sv,
    "other"sv,
    "otherwise"sv,
    "our"sv,
    "out"sv,
    "over"sv,
    "part"sv,
    "per"sv,
    "proposal"sv,
    "proposals"sv,
    "proposed"sv,
    "provides"sv,
    "purpose"sv,
    "question"sv,
    "questions"sv,
    "rather"sv,
    "relevant"sv,
    "requirement"sv,
    "requirements"sv,
    "same"sv,
    "scope"sv,
    "shall"sv,
    "should"sv,
    "so"sv,
    "some"sv,
    "specified"sv,
    "specifies"sv,
    "specify"sv,
    "standard"sv,
    "standardisation"sv,
    "standardization"sv,
    "standards"sv,
    "such"sv,
    "than"sv,
    "that"sv,
    "the"sv,
    "their"sv,
    "them"sv,
    "then"sv,
    "there"sv,
    "these"sv,
    "they"sv,
    "this"sv,
    "those"sv,
    "through"sv,
    "thus"sv,
    "title"sv,
    "to"sv,
    "under"sv,
    "up"sv,
    "upon"sv,
    "used"sv,
    "using"sv,
    "various"sv,
    "via"sv,
    "was"sv,
    "we"sv,
    "well"sv,
    "were"sv,
    "what"sv,
    "when"sv,
    "where"sv,
    "whether"sv,
    "which"sv,
    "while"sv,
    "who"sv,
    "will"sv,
    "with"sv,
    "within"sv,
    "without"sv,
    "work"sv,
    "would"sv,
});

constexpr auto french = std::to_array<std::string_view>({
    "a"sv,      "afin"sv,        "ainsi"sv,       "application"sv, "au"sv,
    "aussi"sv,  "aux"sv,         "avec"sv,        "ce"sv,          "ces"sv,
    "cette"sv,  "chez"sv,        "contre"sv,      "d"sv,           "dans"sv,
    "de"sv,     "des"sv,         "directrices"sv, "document"sv,    "domaine"sv,
    "dont"sv,   "du"sv,          "elle"sv,        "en"sv,          "entre"sv,
    "est"sv,    "et"sv,          "etre"sv,        "exigences"sv,   "il"sv,
    "ils"sv,    "l"sv,           "la"sv,          "le"sv,          "les"sv,
    "leur"sv,   "leurs"sv,       "lignes"sv,      "lors"sv,        "normalisation"sv,
    "norme"sv,  "normes"sv,      "nouveau"sv,     "nouvelle"sv,    "ou"sv,
    "par"sv,    "pas"sv,         "peut"sv,        "peuvent"sv,     "plus"sv,
    "pour"sv,   "proposition"sv, "qu"sv,          "que"sv,         "qui"sv,
    "sa"sv,     "sans"sv,        "se"sv,          "selon"sv,       "sera"sv,
    "seront"sv, "ses"sv,         "son"sv,         "sont"sv,        "sous"sv,
    "sur"sv,    "tous"sv,        "tout"sv,        "toute"sv,       "toutes"sv,
    "un"sv,     "une"sv,         "vers"sv,
});

template <std::size_t N> constexpr bool sorted(const std::array<std::string_view, N>& words) {
  for (std::size_t i = 1; i < N; ++i) {
    if (!(words[i - 1] < words[i])) {
      return false;
    }
  }
  return true;
}

template <std::size_t N> constexpr bool short_enough(const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    if (w.size() > max_stopword_length) {
      return false;
    }
  }
  return true;
}

static_assert(sorted(english), "english stop words must stay sorted");
static_assert(short_enough(english) && short_enough(french), "raise max_stopword_length");
static_assert(sorted(french), "french stop words must stay sorted");

// The lists as hash sets: every word of every proposal is looked up, so a lookup must cost one
// hash of a short string and a probe or two. Open addressing over a power-of-two table, at most a
// quarter full; words longer than the longest stop word are not looked up.
template <std::size_t N> class WordSet {
public:
  explicit WordSet(const std::array<std::string_view, N>& words) : m_slots(std::bit_ceil(4 * N)) {
    for (std::string_view w : words) {
      std::size_t at = stable_hash(w) & (m_slots.size() - 1);
      while (!m_slots[at].empty()) {
        at = (at + 1) & (m_slots.size() - 1);
      }
      m_slots[at] = w;
    }
  }
  bool contains(std::string_view word) const {
    if (word.empty() || word.size() > max_stopword_length) {
      return false;
    }
    for (std::size_t at = stable_hash(word) & (m_slots.size() - 1); !m_slots[at].empty();
         at = (at + 1) & (m_slots.size() - 1)) {
      if (m_slots[at] == word) {
        return true;
      }
    }
    return false;
  }

private:
  std::vector<std::string_view> m_slots; // empty views are free slots (no stop word is empty)
};

} // namespace

bool is_english_stopword(std::string_view word) {
  static const WordSet set(english);
  return set.contains(word);
}

bool is_french_stopword(std::string_view word) {
  static const WordSet set(french);
  return set.contains(word);
}

} // namespace overlap
