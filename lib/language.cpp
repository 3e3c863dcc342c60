#include "language.h"

#include "normalize.h"
#include "stopwords.h"
#include "tokenize.h"

namespace overlap {

Language detect_language(std::string_view text) {
  std::size_t french = 0;
  std::size_t english = 0;
  for (const Token& t : tokenize(normalize(text))) {
    // Words in both lists ("a") say nothing.
    const bool fr = is_french_stopword(t.text);
    const bool en = is_english_stopword(t.text);
    french += fr && !en ? 1 : 0;
    english += en && !fr ? 1 : 0;
  }
  return french >= 3 && french > english ? Language::french : Language::english;
}

} // namespace overlap
