#include "language.h"

#include "stopwords.h"

#include <string>
#include <string_view>

namespace overlap {

namespace {

// With one or two French function words, more than English ones, this many accented letters make
// a text French.
constexpr std::size_t min_accents_with_few_words = 2;

// Whether the UTF-8 sequence 0xC3 `second` is a letter with an accent French writes: é è ê ë à â ç
// î ï ô û ù, or its capital (0x20 less).
bool french_accent(unsigned char second) {
  constexpr std::string_view lower = "\xA9\xA8\xAA\xAB\xA0\xA2\xA7\xAE\xAF\xB4\xBB\xB9";
  return lower.find(static_cast<char>(second | 0x20)) != std::string_view::npos;
}

} // namespace

Language detect_language(std::string_view text) {
  // Function words are short and plain ASCII in both languages: a byte scan finds them without
  // the cost of full tokenization. Words in both lists ("a") say nothing; words longer than any
  // function word are skipped without a lookup.
  constexpr std::size_t longest = max_stopword_length;
  std::size_t french = 0;
  std::size_t english = 0;
  std::size_t accents = 0; // letters with a French accent
  char word[longest];
  std::size_t length = 0; // letters seen in the current word; > longest once it is too long
  auto count = [&] {
    if (length > 0 && length <= longest) {
      const std::string_view w(word, length);
      const StopwordOf of = stopword_of(w);
      french += of.french && !of.english ? 1 : 0;
      english += of.english && !of.french ? 1 : 0;
    }
    length = 0;
  };
  unsigned char previous = 0;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    accents += previous == 0xC3 && french_accent(byte) ? 1 : 0;
    previous = byte;
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
    if (c >= 'a' && c <= 'z') {
      if (length < longest) {
        word[length] = c;
      }
      length += length <= longest ? 1 : 0;
    } else {
      count();
    }
  }
  count();
  // A title alone ("Sécurité des machines") has few function words; its accents tell.
  const bool enough = french >= 3 || (french >= 1 && accents >= min_accents_with_few_words);
  return enough && french > english ? Language::french : Language::english;
}

} // namespace overlap
