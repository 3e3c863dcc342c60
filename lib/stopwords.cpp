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
    "a"sv,
    "afin"sv,
    "ainsi"sv,
    "annexe"sv,
    "applicables"sv,
    "application"sv,
    "applique"sv,
    "appliquent"sv,
    "apres"sv,
    "article"sv,
    "au"sv,
    "auquel"sv,
    "aussi"sv,
    "autre"sv,
    "autres"sv,
    "aux"sv,
    "auxquels"sv,
    "avant"sv,
    "avec"sv,
    "ce"sv,
    "cei"sv,
    "celle"sv,
    "celles"sv,
    "celui"sv,
    "cependant"sv,
    "certaines"sv,
    "certains"sv,
    "ces"sv,
    "cet"sv,
    "cette"sv,
    "ceux"sv,
    "chaque"sv,
    "chez"sv,
    "comme"sv,
    "comment"sv,
    "comprenant"sv,
    "comprend"sv,
    "comprennent"sv,
    "compris"sv,
    "concernant"sv,
    "concerne"sv,
    "concernent"sv,
    "contre"sv,
    "couvre"sv,
    "couvrent"sv,
    "d"sv,
    "dans"sv,
    "de"sv,
    "decrit"sv,
    "decrivent"sv,
    "deja"sv,
    "des"sv,
    "destine"sv,
    "destinee"sv,
    "destinees"sv,
    "destines"sv,
    "devraient"sv,
    "devrait"sv,
    "directrices"sv,
    "divers"sv,
    "diverses"sv,
    "document"sv,
    "doit"sv,
    "doivent"sv,
    "domaine"sv,
    "donc"sv,
    "donne"sv,
    "donnent"sv,
    "dont"sv,
    "du"sv,
    "duquel"sv,
    "egalement"sv,
    "elle"sv,
    "en"sv,
    "entre"sv,
    "est"sv,
    "et"sv,
    "etre"sv,
    "exclu"sv,
    "exclue"sv,
    "exclues"sv,
    "exclus"sv,
    "exclut"sv,
    "exigence"sv,
    "exigences"sv,
    "fournissent"sv,
    "fournit"sv,
    "il"sv,
    "ils"sv,
    "incluant"sv,
    "inclus"sv,
    "internationale"sv,
    "internationales"sv,
    "internationaux"sv,
    "l"sv,
    "la"sv,
    "laquelle"sv,
    "le"sv,
    "lequel"sv,
    "les"sv,
    "lesquelles"sv,
    "lesquels"sv,
    "leur"sv,
    "leurs"sv,
    "lignes"sv,
    "lors"sv,
    "lorsque"sv,
    "mais"sv,
    "memes"sv,
    "ne"sv,
    "ni"sv,
    "normalisation"sv,
    "norme"sv,
    "normes"sv,
    "nos"sv,
    "notamment"sv,
    "notre"sv,
    "nous"sv,
    "nouveau"sv,
    "nouveaux"sv,
    "nouvelle"sv,
    "nouvelles"sv,
    "ou"sv,
    "par"sv,
    "parmi"sv,
    "pas"sv,
    "pendant"sv,
    "peut"sv,
    "peuvent"sv,
    "plus"sv,
    "pour"sv,
    "present"sv,
    "presente"sv,
    "presentes"sv,
    "presents"sv,
    "propose"sv,
    "proposee"sv,
    "proposees"sv,
    "proposition"sv,
    "qu"sv,
    "que"sv,
    "qui"sv,
    "relatif"sv,
    "relatifs"sv,
    "relative"sv,
    "relatives"sv,
    "sa"sv,
    "sans"sv,
    "se"sv,
    "selon"sv,
    "sera"sv,
    "seront"sv,
    "ses"sv,
    "si"sv,
    "son"sv,
    "sont"sv,
    "sous"sv,
    "specifie"sv,
    "specifiee"sv,
    "specifiees"sv,
    "specifient"sv,
    "suivant"sv,
    "suivante"sv,
    "suivantes"sv,
    "suivants"sv,
    "sur"sv,
    "tel"sv,
    "telle"sv,
    "telles"sv,
    "tels"sv,
    "titre"sv,
    "tous"sv,
    "tout"sv,
    "toute"sv,
    "toutefois"sv,
    "toutes"sv,
    "traitant"sv,
    "traite"sv,
    "traitent"sv,
    "uit"sv,
    "un"sv,
    "une"sv,
    "utilisant"sv,
    "utilise"sv,
    "utilisee"sv,
    "utilisees"sv,
    "utilises"sv,
    "vers"sv,
    "vise"sv,
    "visent"sv,
    "y"sv,
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

// Both lists in one hash table, each word with the lists it is in: every word of every proposal is
// looked up, and language detection asks both lists, so a lookup must cost one hash of a short
// string and a probe or two. Open addressing over a power-of-two table, at most a quarter full;
// words longer than the longest stop word are not looked up.
class StopwordTable {
public:
  StopwordTable()
      : m_words(std::bit_ceil(4 * (english.size() + french.size()))), m_of(m_words.size()) {
    for (std::string_view w : english) {
      m_of[place(w)].english = true;
    }
    for (std::string_view w : french) {
      m_of[place(w)].french = true;
    }
  }
  StopwordOf of(std::string_view word) const {
    if (word.empty() || word.size() > max_stopword_length) {
      return {};
    }
    const std::size_t mask = m_words.size() - 1;
    for (std::size_t at = stable_hash(word) & mask; !m_words[at].empty(); at = (at + 1) & mask) {
      if (m_words[at] == word) {
        return m_of[at];
      }
    }
    return {};
  }

private:
  // The slot of `word`, taken if it is free.
  std::size_t place(std::string_view word) {
    const std::size_t mask = m_words.size() - 1;
    std::size_t at = stable_hash(word) & mask;
    while (!m_words[at].empty() && m_words[at] != word) {
      at = (at + 1) & mask;
    }
    m_words[at] = word;
    return at;
  }

  std::vector<std::string_view> m_words; // empty views are free slots (no stop word is empty)
  std::vector<StopwordOf> m_of;
};

const StopwordTable& stopword_table() {
  static const StopwordTable table;
  return table;
}

} // namespace

bool is_english_stopword(std::string_view word) {
  return stopword_table().of(word).english;
}

bool is_french_stopword(std::string_view word) {
  return stopword_table().of(word).french;
}

StopwordOf stopword_of(std::string_view word) {
  return stopword_table().of(word);
}

} // namespace overlap
