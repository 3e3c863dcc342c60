#include "language.h"

#include "stopwords.h"

#include <string>

namespace overlap {

Language detect_language(std::string_view text) {
  // Function words are short and plain ASCII in both languages: a byte scan finds them without
  // the cost of full tokenization. Words in both lists ("a") say nothing; words longer than any
  // function word are skipped without a lookup.
  constexpr std::size_t longest = max_stopword_length;
  std::size_t french = 0;
  std::size_t english = 0;
  char word[longest];
  std::size_t length = 0; // letters seen in the current word; > longest once it is too long
  auto count = [&] {
    if (length > 0 && length <= longest) {
      const std::string_view w(word, length);
      const bool fr = is_french_stopword(w);
      const bool en = is_english_stopword(w);
      french += fr && !en ? 1 : 0;
      english += en && !fr ? 1 : 0;
    }
    length = 0;
  };
  for (char c : text) {
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
  return french >= 3 && french > english ? Language::french : Language::english;
}

} // namespace overlap
