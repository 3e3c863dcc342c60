#include "analyzer.h"

#include "itu_series.h"
#include "normalize.h"
#include "spelling.h"
#include "stable_hash.h"
#include "stopwords.h"
#include "text_util.h"
#include "tokenize.h"

#include <algorithm>

namespace overlap {

namespace {

// Single ASCII letters and digits carry nothing; single CJK characters do.
bool too_short(std::string_view word) {
  return word.size() == 1 && static_cast<unsigned char>(word[0]) < 0x80;
}

// French elides articles and pronouns into the next word ("l'eau", "d'arrêt", "qu'il"), which
// word boundaries keep whole: the word is what follows the apostrophe (as Lucene's ElisionFilter).
std::string_view without_elision(std::string_view word) {
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    const std::size_t at = word.find(apostrophe);
    if (at == std::string_view::npos || at + apostrophe.size() >= word.size()) {
      continue;
    }
    const std::string_view before = word.substr(0, at);
    for (std::string_view elided :
         {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}) {
      if (before == elided) {
        return word.substr(at + apostrophe.size());
      }
    }
  }
  return word;
}

// Whether the byte at `i` of `text` could be part of a word: a letter, a digit or a byte of a
// UTF-8 sequence.
bool word_byte_at(std::string_view text, std::size_t i) {
  return i < text.size() && (ascii_alnum(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80);
}

// The plurals of acronyms in `text`, in lower case: two to six capitals and an s, a word of their
// own ("KPIs", "PSTNs"). The stemmer leaves many apart from their singular ("kpis", "pstns"), so
// they take its key. Found from each s, which is far rarer than a letter.
std::vector<std::string> acronym_plurals(std::string_view text) {
  std::vector<std::string> out;
  auto capital = [&](std::size_t i) { return text[i] >= 'A' && text[i] <= 'Z'; };
  for (std::size_t s = text.find('s', 1); s != std::string_view::npos; s = text.find('s', s + 1)) {
    if (!capital(s - 1) || word_byte_at(text, s + 1)) {
      continue;
    }
    std::size_t start = s - 1;
    while (start > 0 && capital(start - 1)) {
      --start;
    }
    const std::size_t capitals = s - start;
    if (capitals < 2 || capitals > 6 || (start > 0 && word_byte_at(text, start - 1))) {
      continue;
    }
    std::string plural = ascii_lower(std::string(text.substr(start, capitals + 1)));
    if (std::find(out.begin(), out.end(), plural) == out.end()) {
      out.push_back(std::move(plural));
    }
  }
  return out;
}

} // namespace

Analyzer::Analyzer() : m_stemmer("english"), m_french("french") {
  for (const auto& [british, american] : british_american_words()) {
    m_british_stems.emplace(m_stemmer.stem(british), m_stemmer.stem(american));
  }
}

std::string Analyzer::word_key(std::string_view word, Language language) const {
  return key_and_id(word, language, nullptr, 0).first;
}

std::pair<std::string, std::optional<std::uint32_t>> Analyzer::key_and_id(std::string_view word,
                                                                          Language language,
                                                                          const TermLookup* lookup,
                                                                          std::uint64_t tag) const {
  KeyMemo& memo = m_memo[language == Language::french ? 1 : 0];
  const std::uint64_t hash = stable_hash(word);
  KeyMemo::Slot* slot = memo.find(word, hash);
  if (slot == nullptr) {
    slot = memo.insert(word, hash, compute_word_key(word, language));
  }
  if (slot == nullptr) { // the empty word is not remembered
    return {compute_word_key(word, language), std::nullopt};
  }
  if (lookup == nullptr || slot->key.empty()) {
    return {slot->key, std::nullopt};
  }
  if (tag == 0) {
    return {slot->key, (*lookup)(slot->key)};
  }
  if (slot->id_tag != tag) {
    slot->id = (*lookup)(slot->key);
    slot->id_tag = tag;
  }
  return {slot->key, slot->id};
}

Analyzer::KeyMemo::Slot* Analyzer::KeyMemo::find(std::string_view word, std::uint64_t hash) {
  if (m_slots.empty() || word.empty()) {
    return nullptr;
  }
  const std::size_t mask = m_slots.size() - 1;
  for (std::size_t at = hash & mask; !m_slots[at].word.empty(); at = (at + 1) & mask) {
    if (m_slots[at].hash == hash && m_slots[at].word == word) {
      return &m_slots[at];
    }
  }
  return nullptr;
}

Analyzer::KeyMemo::Slot* Analyzer::KeyMemo::insert(std::string_view word, std::uint64_t hash,
                                                   const std::string& key) {
  if (word.empty()) {
    return nullptr;
  }
  if (2 * (m_used + 1) > m_slots.size()) {
    // Grow (rehashing what is there), or when at the limit start again empty.
    std::vector<Slot> old = std::move(m_slots);
    const std::size_t size = old.empty() ? 1024 : std::min(2 * old.size(), max_slots);
    m_slots.assign(size, Slot{});
    m_used = 0;
    if (size > old.size()) {
      for (Slot& slot : old) {
        if (!slot.word.empty()) {
          std::size_t at = slot.hash & (size - 1);
          while (!m_slots[at].word.empty()) {
            at = (at + 1) & (size - 1);
          }
          m_slots[at] = std::move(slot);
          ++m_used;
        }
      }
    }
  }
  const std::size_t mask = m_slots.size() - 1;
  std::size_t at = hash & mask;
  while (!m_slots[at].word.empty()) {
    at = (at + 1) & mask;
  }
  m_slots[at] = Slot{hash, std::string(word), key, 0, std::nullopt};
  ++m_used;
  return &m_slots[at];
}

std::string Analyzer::compute_word_key(std::string_view word, Language language) const {
  if (too_short(word) || is_english_stopword(word)) {
    return {};
  }
  if (language == Language::french) {
    return is_french_stopword(word) ? std::string() : m_french.stem(word);
  }
  std::string stem = m_stemmer.stem(american_spelling(word));
  if (auto it = m_british_stems.find(stem); it != m_british_stems.end()) {
    return it->second;
  }
  return stem;
}

std::vector<Term> Analyzer::analyze(std::string_view text, Language language) const {
  return analyze_with(text, language, nullptr, 0);
}

std::vector<Term> Analyzer::analyze(std::string_view text, Language language,
                                    const TermLookup& lookup) const {
  return analyze_with(text, language, &lookup, 0);
}

std::vector<Term> Analyzer::analyze(std::string_view text, Language language,
                                    const TermLookup& lookup, std::uint64_t tag) const {
  return analyze_with(text, language, &lookup, tag);
}

std::vector<Term> Analyzer::analyze_with(std::string_view text, Language language,
                                         const TermLookup* lookup, std::uint64_t tag) const {
  std::vector<Term> terms;
  const std::vector<std::string> plurals = acronym_plurals(text);
  const std::string normalized = normalize(text);
  bool phrase_open = false;  // whether the next word may form a phrase with the last one
  std::size_t last_word = 0; // index in `terms` of the last single word
  std::uint32_t position = 0;
  std::uint32_t sentence = 0;
  bool sentence_begun = false; // whether a word of the current sentence has been kept
  std::string phrase_key;      // reused: most two-word keys are looked up and dropped
  const std::vector<Token> tokens = tokenize(normalized);
  terms.reserve(2 * tokens.size()); // a word and at most one phrase each
  for (const Token& token : tokens) {
    if (token.starts_phrase) {
      phrase_open = false;
    }
    if (token.starts_sentence && sentence_begun) {
      ++sentence;
      sentence_begun = false;
    }
    const std::string_view written =
        language == Language::french ? without_elision(token.text) : std::string_view(token.text);
    const bool plural = std::find(plurals.begin(), plurals.end(), written) != plurals.end();
    auto [key, word_id] =
        key_and_id(plural ? written.substr(0, written.size() - 1) : written, language, lookup, tag);
    if (key.empty()) {
      // "of" may stand inside a concept ("quality of experience"); other stop words end it.
      phrase_open = phrase_open && (token.text == "of" || token.text == "de");
      continue;
    }
    // Built in place: a proposal has thousands of terms, and a Term is three strings.
    const std::size_t this_word = terms.size();
    Term& word = terms.emplace_back();
    word.key = std::move(key);
    word.surface.assign(written);
    word.position = position;
    word.sentence = sentence;
    sentence_begun = true;
    if (lookup != nullptr) {
      word.id = word_id;
      word.resolved = true;
    }
    if (phrase_open) {
      phrase_key.assign(terms[last_word].key).append(word.key);
      std::optional<std::uint32_t> id;
      if (lookup == nullptr || (id = (*lookup)(phrase_key))) {
        std::string surface;
        surface.reserve(terms[last_word].surface.size() + 1 + written.size());
        surface.append(terms[last_word].surface).append(1, ' ').append(written);
        const std::uint32_t first = terms[last_word].position;
        Term& phrase = terms.emplace_back(); // `word` is not used from here on
        phrase.key = phrase_key;
        phrase.surface = std::move(surface);
        phrase.position = first;
        phrase.sentence = sentence;
        phrase.phrase = true;
        phrase.id = id;
        phrase.resolved = lookup != nullptr;
      }
    }
    last_word = this_word;
    phrase_open = true;
    ++position;
  }
  // Cited or named ITU-T Recommendation series: units of several tokens, like phrases.
  for (SeriesTerm& series : itu_series_terms(text)) {
    std::optional<std::uint32_t> id;
    if (lookup == nullptr || (id = (*lookup)(series.key))) {
      terms.push_back(Term{std::move(series.key),
                           std::move(series.surface),
                           0,
                           Term::no_sentence,
                           true,
                           1.0F,
                           {},
                           id,
                           lookup != nullptr});
    }
  }
  return terms;
}

} // namespace overlap
