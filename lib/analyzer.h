#pragma once

#include "stemmer.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace overlap {

// One unit of matching: a stemmed word, or two adjacent words joined into one key so that
// multi-word concepts ("digital twin") and compounds ("cyber security" = "cybersecurity") match.
struct Term {
  std::string key;            // stem, or the two stems joined without a space
  std::string surface;        // the normalized words as written, for explanations
  std::uint32_t position = 0; // index of the (first) word among the kept words
  // Index of the sentence it stands in (Token::starts_sentence), for passage scores; no_sentence
  // for terms found apart from the words (cited Recommendation series).
  std::uint32_t sentence = no_sentence;
  static constexpr std::uint32_t no_sentence = 0xFFFFFFFF;
  bool phrase = false; // true for a two-word term
  float weight = 1.0F; // < 1 for terms added by expansion (synonym, acronym, typo)
  std::string via;     // for added terms: what the proposal wrote instead, else ""
  // The corpus index's id of `key`, once the checker has looked it up (resolved), so that later
  // steps need not look again; whoever changes `key` must clear both.
  std::optional<std::uint32_t> id;
  bool resolved = false;
  // Another way of writing what the proposal says (a synonym, an acronym's expansion): it adds a
  // way to match, not more to match, so it does not add to the query's weight (build_query).
  bool alternative = false;
  // For added terms: which of the texts added for `via` this term is part of (a thesaurus group's
  // other expressions, a French word's English renderings), so that they can compete, not add up.
  std::uint32_t rendering = 0;
};

// The languages the analyzer knows. Corpus text is English; proposals may be French.
enum class Language { english, french };

// Text -> terms: normalize, tokenize, drop stop words, unify British and American spelling, stem
// (Snowball English), and add two-word terms. Holds a stemmer, so it is not thread-safe.
class Analyzer {
public:
  Analyzer();

  // The terms of `text`, single words and two-word phrases, in text order. French text is stemmed
  // with the French Snowball stemmer, without English spelling rules.
  std::vector<Term> analyze(std::string_view text, Language language = Language::english) const;

  // Looks up a key in the corpus index: its term id, or nullopt when the corpus lacks it.
  using TermLookup = std::function<std::optional<std::uint32_t>(std::string_view key)>;
  // As above, with the id of every term looked up in `lookup` (resolved). Two-word terms that
  // `lookup` does not know are left out: nothing could match them, and most pairs of adjacent
  // words are such pairs.
  std::vector<Term> analyze(std::string_view text, Language language,
                            const TermLookup& lookup) const;
  // As above, remembering each word's id beside its key: `tag` names `lookup` (an Index's
  // serial), so it must never stand for another lookup. A batch then looks each distinct word up
  // once, not at each of its occurrences.
  std::vector<Term> analyze(std::string_view text, Language language, const TermLookup& lookup,
                            std::uint64_t tag) const;

  // The key of one normalized `word` (spelling unified, stemmed), or "" for a stop word.
  std::string word_key(std::string_view word, Language language = Language::english) const;

private:
  std::vector<Term> analyze_with(std::string_view text, Language language, const TermLookup* lookup,
                                 std::uint64_t tag) const;
  // The key of `word` and, with `lookup`, its id there: remembered under `tag` when not 0.
  std::pair<std::string, std::optional<std::uint32_t>> key_and_id(std::string_view word,
                                                                  Language language,
                                                                  const TermLookup* lookup,
                                                                  std::uint64_t tag) const;
  std::string compute_word_key(std::string_view word, Language language) const;

  Stemmer m_stemmer;
  Stemmer m_french;
  std::unordered_map<std::string, std::string> m_british_stems; // stem -> American stem
  // Keys already computed, by language: proposals repeat their words, and a batch shares most of
  // its vocabulary, so stemming each distinct word once saves most of the analysis.
  class KeyMemo {
  public:
    struct Slot {
      std::uint64_t hash = 0;
      std::string word; // empty: a free slot (no word is empty)
      std::string key;
      std::uint64_t id_tag = 0; // the lookup that gave `id` (see analyze), 0 for none yet
      std::optional<std::uint32_t> id;
    };
    // The word's slot, or nullptr; valid until the next insert.
    Slot* find(std::string_view word, std::uint64_t hash);
    Slot* insert(std::string_view word, std::uint64_t hash, const std::string& key);

  private:
    // Open addressing over a power-of-two table at most half full, so that a lookup touches one
    // slot or two; it grows to `max_slots` and is emptied when full there.
    static constexpr std::size_t max_slots = 1 << 16;
    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
  };
  mutable KeyMemo m_memo[2];
};

} // namespace overlap
