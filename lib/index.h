#pragma once

#include "analyzer.h"
#include "binary_io.h"
#include "corpus.h"
#include "flat_table.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace overlap {

// Parts of a compound are at least this many letters ("cyber" + "security", "waste" + "water").
inline constexpr std::size_t min_compound_part = 3;
// Longer words are not split: compounds are short, and each split point costs two lookups.
inline constexpr std::size_t max_compound_length = 40;

// The fields of an entry that are indexed separately and weighted in scoring. `evidence` holds the
// titles (and abstracts) of the documents a committee published, when an evidence file is given.
enum class Field : std::uint8_t { title = 0, scope = 1, keywords = 2, evidence = 3 };
inline constexpr std::size_t field_count = 4;

// For each corpus entry (by number), the texts of its evidence documents; may be shorter than
// the corpus (entries beyond it have none).
using EvidenceTexts = std::vector<std::vector<std::string>>;
const char* field_name(Field field);

// How often one term occurs in one entry, by field.
struct Posting {
  std::uint32_t entry = 0;
  std::array<float, field_count> frequency{};
};

// An inverted index of the corpus: for each term, the entries that contain it. Scoring visits
// only the postings of the query's terms, so its cost grows with them, not with the corpus.
// Storage is flat (arrays, strings end to end, hash tables with a stable hash), so that an index
// read from the cache views the mapped file in place: nothing is copied, rebuilt or allocated per
// term, and only the pages a proposal touches are read. Movable, not copyable.
class Index {
public:
  Index() = default;
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;
  Index(Index&&) = default;
  Index& operator=(Index&&) = default;

  // Indexes title, scope and keywords of every entry of `corpus` with `analyzer`, and the texts
  // of `evidence` in the evidence field when given.
  static Index build(const Corpus& corpus, const Analyzer& analyzer,
                     const EvidenceTexts* evidence = nullptr);

  // Writes the index to `out`; read() restores it (for the compiled-corpus cache), viewing the
  // bytes of `in` in place: `backing` is what keeps them alive (the mapped file), held by the
  // index.
  void write(BinaryWriter& out) const;
  static Index read(BinaryReader& in, std::shared_ptr<const void> backing);

  // A number that tells indexes apart for the life of the process (for per-index caches).
  std::uint64_t serial() const { return m_serial; }

  // The id of the term with `key`, if the corpus has it.
  std::optional<std::uint32_t> find(std::string_view key) const;
  // The entries that contain `term`, by entry number.
  std::span<const Posting> postings(std::uint32_t term) const {
    return {m_postings.data() + m_offsets[term], m_offsets[term + 1] - m_offsets[term]};
  }
  // BM25 inverse document frequency: ln(1 + (N - df + 0.5) / (df + 0.5)); a word's key and its
  // capital key (capitals.h) share the df of both.
  float idf(std::uint32_t term) const { return m_idf[term]; }
  // The idf a term of no entry would have (df = 0): the highest there is.
  float unseen_idf() const;
  std::size_t term_count() const { return m_keys.size(); }
  // The key of `term`.
  std::string_view key(std::uint32_t term) const { return m_keys[term]; }
  // Whether the corpus writes `term` as two words somewhere (a two-word term of a title, scope or
  // keyword): "cybersecurity" and "cyber security" share a key, but only the second is two words.
  bool two_words(std::uint32_t term) const { return m_two_words[term] != 0; }
  std::size_t entry_count() const { return m_lengths.size(); }
  // Number of terms of `entry` in `field`, and the mean over all entries.
  float length(std::uint32_t entry, Field field) const {
    return m_lengths[entry][static_cast<std::size_t>(field)];
  }
  // The summed idf of the distinct words of `entry`'s title (not its two-word terms): what a
  // proposal's title must name to cover the entry's title (see heading_cover in score.h).
  float title_mass(std::uint32_t entry) const { return m_title_mass[entry]; }
  float mean_length(Field field) const { return m_mean_lengths[static_cast<std::size_t>(field)]; }
  // Whether the index was built with evidence texts (some entry has a non-empty evidence field).
  bool has_evidence() const { return mean_length(Field::evidence) > 0; }

  // The key of the corpus word written `surface` (normalized), if the corpus has that word.
  std::optional<std::string_view> word_key(std::string_view surface) const;
  // Where `surface`, a word of letters alone, splits in two corpus words whose keys the corpus
  // also writes as a two-word term ("cybersecurity" -> 5, for "cyber security"): the first such
  // place from the left, at least `min_compound_part` letters from either end; or nullopt. For a
  // corpus word it is read from a table made with the index, as batches ask it of most of their
  // words and each place costs a lookup or two.
  std::optional<std::size_t> compound_split(std::string_view surface) const;
  // The corpus words (normalized surfaces) that begin with `prefix`, in byte order.
  std::vector<std::string_view> words_with_prefix(std::string_view prefix) const;

  // A corpus word (its number, for word()) with the set of its letters (bit i for 'a' + i), for
  // spelling correction.
  struct Word {
    std::uint32_t word = 0;
    std::uint32_t letters = 0;
  };
  // The normalized surface of corpus word number `word`.
  std::string_view word(std::uint32_t word) const { return m_words[word]; }
  // The set of letters of `word`, as in Word::letters.
  static std::uint32_t letter_set(std::string_view word);
  // The corpus words (normalized surfaces) of `length` bytes.
  std::span<const Word> words_of_length(std::size_t length) const;

private:
  static std::uint64_t next_serial();
  std::optional<std::size_t> search_compound_split(std::string_view surface) const;

  std::uint64_t m_serial = next_serial();
  std::shared_ptr<const void> m_backing; // what the tables view when read from the cache
  StringTable m_keys;                    // term id -> key
  StringLookup m_terms;                  // key -> term id
  FlatArray<Posting> m_postings;         // all lists, one after the other
  FlatArray<std::uint32_t> m_offsets;    // term id -> start in m_postings
  FlatArray<float> m_idf;
  FlatArray<std::array<float, field_count>> m_lengths;
  FlatArray<float> m_title_mass;       // entry -> title_mass()
  FlatArray<std::uint8_t> m_two_words; // term id -> two_words()
  std::array<float, field_count> m_mean_lengths{};
  StringTable m_words;                      // corpus words, sorted
  FlatArray<std::uint32_t> m_word_terms;    // word -> its term id
  StringLookup m_word_index;                // word -> its number
  FlatArray<std::uint8_t> m_word_splits;    // word -> compound_split(), 0 for none
  FlatArray<std::uint32_t> m_length_starts; // byte length -> start in m_words_by_length
  FlatArray<Word> m_words_by_length;        // words grouped by byte length
};

} // namespace overlap
