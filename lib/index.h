#pragma once

#include "analyzer.h"
#include "binary_io.h"
#include "corpus.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace overlap {

// The fields of an entry that are indexed separately and weighted in scoring.
enum class Field : std::uint8_t { title = 0, scope = 1, keywords = 2 };
inline constexpr std::size_t field_count = 3;
const char* field_name(Field field);

// How often one term occurs in one entry, by field.
struct Posting {
  std::uint32_t entry = 0;
  std::array<float, field_count> frequency{};
};

// An inverted index of the corpus: for each term, the entries that contain it. Scoring visits
// only the postings of the query's terms, so its cost grows with them, not with the corpus.
class Index {
public:
  // Indexes title, scope and keywords of every entry of `corpus` with `analyzer`.
  static Index build(const Corpus& corpus, const Analyzer& analyzer);

  // Writes the index to `out`; read() restores it (for the compiled-corpus cache).
  void write(BinaryWriter& out) const;
  static Index read(BinaryReader& in);

  // A number that tells indexes apart for the life of the process (for per-index caches).
  std::uint64_t serial() const { return m_serial; }

  // The id of the term with `key`, if the corpus has it.
  std::optional<std::uint32_t> find(std::string_view key) const;
  const std::vector<Posting>& postings(std::uint32_t term) const { return m_postings[term]; }
  // BM25 inverse document frequency: ln(1 + (N - df + 0.5) / (df + 0.5)).
  float idf(std::uint32_t term) const { return m_idf[term]; }
  std::size_t term_count() const { return m_postings.size(); }
  std::size_t entry_count() const { return m_lengths.size(); }
  // Number of terms of `entry` in `field`, and the mean over all entries.
  float length(std::uint32_t entry, Field field) const {
    return m_lengths[entry][static_cast<std::size_t>(field)];
  }
  float mean_length(Field field) const { return m_mean_lengths[static_cast<std::size_t>(field)]; }

  // The key of the corpus word written `surface` (normalized), if the corpus has that word.
  const std::string* word_key(const std::string& surface) const;
  // The corpus words (normalized surfaces) that begin with `prefix`, in byte order.
  std::span<const std::string> words_with_prefix(const std::string& prefix) const;
  // A corpus word with the set of its letters (bit i for 'a' + i), for spelling correction.
  struct Word {
    std::string surface;
    std::uint32_t letters = 0;
  };
  // The set of letters of `word`, as in Word::letters.
  static std::uint32_t letter_set(std::string_view word);
  // The corpus words (normalized surfaces) of `length` bytes.
  const std::vector<Word>& words_of_length(std::size_t length) const;

private:
  void index_word(const std::string& surface, const std::string& key);
  void sort_words();

  static std::uint64_t next_serial();

  std::uint64_t m_serial = next_serial();
  std::vector<std::string> m_keys; // term id -> key
  std::unordered_map<std::string, std::uint32_t> m_terms;
  std::vector<std::vector<Posting>> m_postings;
  std::vector<float> m_idf;
  std::vector<std::array<float, field_count>> m_lengths;
  std::array<float, field_count> m_mean_lengths{};
  std::unordered_map<std::string, std::string> m_word_keys;        // surface -> key
  std::vector<std::vector<Word>> m_words_by_length;                // [bytes] -> words
  std::vector<std::string> m_sorted_words;                         // all surfaces, sorted
};

} // namespace overlap
