#include "index.h"

#include "capitals.h"
#include "text_util.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <set>

namespace overlap {

const char* field_name(Field field) {
  switch (field) {
  case Field::title:
    return "title";
  case Field::scope:
    return "scope";
  case Field::keywords:
    return "keywords";
  case Field::evidence:
    return "evidence";
  }
  return "?";
}

namespace {

// One text of an entry (its title, scope, a keyword, an evidence document) and its terms.
struct Piece {
  Field field;
  std::string_view text;
  std::vector<Term> terms;
};

// Gives the words that an entry writes only in capitals, in all its texts (`pieces`), their
// capital key (see capitals.h). A text's words in capitals are counted against its words of the
// same key: what is left over was written otherwise.
void file_capitals_apart(std::vector<Piece>& pieces, const Analyzer& analyzer) {
  std::set<std::string> written_in_capitals;
  std::set<std::string> written_otherwise;
  for (const Piece& piece : pieces) {
    std::map<std::string, std::size_t> left; // key -> occurrences in capitals not yet met
    for (std::string& key : capital_keys(piece.text, analyzer)) {
      ++left[std::move(key)];
    }
    for (const Term& term : piece.terms) {
      if (term.phrase) {
        continue;
      }
      auto it = left.find(term.key);
      if (it != left.end() && it->second > 0) {
        --it->second;
        written_in_capitals.insert(term.key);
      } else {
        written_otherwise.insert(term.key);
      }
    }
  }
  if (written_in_capitals.empty()) {
    return;
  }
  for (Piece& piece : pieces) {
    for (Term& term : piece.terms) {
      if (!term.phrase && written_in_capitals.count(term.key) != 0 &&
          written_otherwise.count(term.key) == 0) {
        term.key = capital_key(term.key);
      }
    }
  }
}

} // namespace

Index Index::build(const Corpus& corpus, const Analyzer& analyzer, const EvidenceTexts* evidence) {
  Index index;
  const std::size_t n = corpus.entries.size();
  std::vector<std::array<float, field_count>> lengths(n);
  std::vector<std::string> keys;
  std::unordered_map<std::string, std::uint32_t> terms;
  std::vector<std::vector<Posting>> lists;
  std::map<std::string, std::string> words;               // surface -> key, sorted by surface
  std::vector<std::vector<std::uint32_t>> title_words(n); // each entry's title words, by term id
  std::vector<std::uint8_t> two_words;                    // term id -> two_words()

  auto add = [&](std::uint32_t entry, Field field, const std::vector<Term>& analyzed) {
    const auto f = static_cast<std::size_t>(field);
    for (const Term& term : analyzed) {
      auto [it, fresh] = terms.emplace(term.key, static_cast<std::uint32_t>(lists.size()));
      if (fresh) {
        lists.emplace_back();
        keys.push_back(term.key);
        two_words.push_back(0);
      }
      if (term.phrase && field != Field::evidence) {
        two_words[it->second] = 1;
      }
      auto& list = lists[it->second];
      if (list.empty() || list.back().entry != entry) {
        list.push_back(Posting{entry, {}});
      }
      list.back().frequency[f] += 1.0F;
      lengths[entry][f] += 1.0F;
      if (!term.phrase && field != Field::evidence && !is_capital_key(term.key)) {
        words.emplace(term.surface, term.key); // typo and cognate targets: the corpus' own words
      }
    }
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    const Entry& e = corpus.entries[i];
    std::vector<Piece> pieces;
    pieces.push_back({Field::title, e.title, analyzer.analyze(e.title)});
    pieces.push_back({Field::scope, e.scope, analyzer.analyze(e.scope)});
    // Each keyword apart: phrases never span two keywords.
    for (const std::string& keyword : e.keywords) {
      pieces.push_back({Field::keywords, keyword, analyzer.analyze(keyword)});
    }
    if (evidence != nullptr && i < evidence->size()) {
      for (const std::string& text : (*evidence)[i]) {
        pieces.push_back({Field::evidence, text, analyzer.analyze(text)});
      }
    }
    file_capitals_apart(pieces, analyzer);
    for (const Piece& piece : pieces) {
      add(i, piece.field, piece.terms);
    }
    for (const Term& t : pieces.front().terms) {
      if (!t.phrase) {
        title_words[i].push_back(terms.at(t.key));
      }
    }
  }

  for (const auto& entry_lengths : lengths) {
    for (std::size_t f = 0; f < field_count; ++f) {
      index.m_mean_lengths[f] += entry_lengths[f] / static_cast<float>(n);
    }
  }
  std::vector<Posting> postings;
  std::vector<std::uint32_t> offsets{0};
  std::vector<float> idf;
  for (std::size_t t = 0; t < lists.size(); ++t) {
    const auto& list = lists[t];
    // A word filed apart where entries write it only in capitals is still one word: its two keys
    // share the document frequency of both, so filing apart filters, and weighs nothing anew.
    std::size_t entries = list.size();
    if (const std::string_view key = keys[t]; !key.empty()) {
      const bool capital = is_capital_key(key);
      const auto other = terms.find(capital ? std::string(key.substr(1)) : capital_key(key));
      entries += other != terms.end() ? lists[other->second].size() : 0;
    }
    const double df = static_cast<double>(entries);
    idf.push_back(
        static_cast<float>(std::log(1.0 + (static_cast<double>(n) - df + 0.5) / (df + 0.5))));
    postings.insert(postings.end(), list.begin(), list.end());
    offsets.push_back(static_cast<std::uint32_t>(postings.size()));
  }
  index.m_keys = StringTable(keys);
  index.m_terms = StringLookup::build(index.m_keys);
  index.m_postings = FlatArray<Posting>(std::move(postings));
  index.m_offsets = FlatArray<std::uint32_t>(std::move(offsets));
  index.m_idf = FlatArray<float>(std::move(idf));
  index.m_lengths = FlatArray<std::array<float, field_count>>(std::move(lengths));
  std::vector<float> title_mass(n, 0.0F);
  for (std::size_t i = 0; i < n; ++i) {
    auto& ids = title_words[i];
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (std::uint32_t id : ids) {
      title_mass[i] += index.m_idf[id];
    }
  }
  index.m_title_mass = FlatArray<float>(std::move(title_mass));
  index.m_two_words = FlatArray<std::uint8_t>(std::move(two_words));

  // Corpus words: sorted for prefix search, hashed for lookup, grouped by length for typos.
  std::vector<std::string> surfaces;
  std::vector<std::uint32_t> word_terms;
  std::size_t longest = 0;
  for (auto& [surface, key] : words) {
    surfaces.push_back(surface);
    word_terms.push_back(terms.at(key));
    longest = std::max(longest, surface.size());
  }
  std::vector<std::vector<Word>> by_length(longest + 1);
  for (std::uint32_t w = 0; w < surfaces.size(); ++w) {
    by_length[surfaces[w].size()].push_back(Word{w, letter_set(surfaces[w])});
  }
  std::vector<std::uint32_t> length_starts{0};
  std::vector<Word> grouped;
  for (const auto& group : by_length) {
    grouped.insert(grouped.end(), group.begin(), group.end());
    length_starts.push_back(static_cast<std::uint32_t>(grouped.size()));
  }
  index.m_words = StringTable(surfaces);
  index.m_word_terms = FlatArray<std::uint32_t>(std::move(word_terms));
  index.m_word_index = StringLookup::build(index.m_words);
  std::vector<std::uint8_t> splits(surfaces.size(), 0);
  for (std::size_t w = 0; w < surfaces.size(); ++w) {
    if (const std::optional<std::size_t> at = index.search_compound_split(surfaces[w])) {
      splits[w] = static_cast<std::uint8_t>(*at);
    }
  }
  index.m_word_splits = FlatArray<std::uint8_t>(std::move(splits));
  index.m_length_starts = FlatArray<std::uint32_t>(std::move(length_starts));
  index.m_words_by_length = FlatArray<Word>(std::move(grouped));
  return index;
}

float Index::unseen_idf() const {
  const double n = static_cast<double>(entry_count());
  return static_cast<float>(std::log(1.0 + (n + 0.5) / 0.5));
}

std::uint64_t Index::next_serial() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

void Index::write(BinaryWriter& out) const {
  m_keys.write(out);
  m_terms.write(out);
  m_postings.write(out);
  m_offsets.write(out);
  m_idf.write(out);
  m_lengths.write(out);
  m_title_mass.write(out);
  m_two_words.write(out);
  out.put(m_mean_lengths);
  m_words.write(out);
  m_word_terms.write(out);
  m_word_index.write(out);
  m_word_splits.write(out);
  m_length_starts.write(out);
  m_words_by_length.write(out);
}

Index Index::read(BinaryReader& in, std::shared_ptr<const void> backing) {
  Index index;
  index.m_backing = std::move(backing);
  index.m_keys = StringTable::read(in);
  const std::size_t terms = index.m_keys.size();
  index.m_terms = StringLookup::read(in, terms);
  index.m_postings = FlatArray<Posting>::read(in);
  index.m_offsets = FlatArray<std::uint32_t>::read(in);
  index.m_idf = FlatArray<float>::read(in);
  index.m_lengths = FlatArray<std::array<float, field_count>>::read(in);
  index.m_title_mass = FlatArray<float>::read(in);
  index.m_two_words = FlatArray<std::uint8_t>::read(in);
  index.m_mean_lengths = in.get<std::array<float, field_count>>();
  index.m_words = StringTable::read(in);
  index.m_word_terms = FlatArray<std::uint32_t>::read(in);
  index.m_word_index = StringLookup::read(in, index.m_words.size());
  index.m_word_splits = FlatArray<std::uint8_t>::read(in);
  index.m_length_starts = FlatArray<std::uint32_t>::read(in);
  index.m_words_by_length = FlatArray<Word>::read(in);

  // Whatever a lookup follows must stay in bounds, else a damaged cache would misbehave: offsets
  // rise within the postings, postings name entries, words name terms and words.
  const auto& offsets = index.m_offsets;
  if (offsets.size() != terms + 1 || index.m_idf.size() != terms ||
      index.m_two_words.size() != terms || offsets[0] != 0 ||
      offsets[terms] != index.m_postings.size() ||
      !std::is_sorted(offsets.begin(), offsets.end())) {
    throw CorruptCache("index does not hold together");
  }
  const std::size_t entries = index.m_lengths.size();
  if (index.m_title_mass.size() != entries) {
    throw CorruptCache("title weights do not match the entries");
  }
  if (std::any_of(index.m_postings.begin(), index.m_postings.end(),
                  [&](const Posting& p) { return p.entry >= entries; })) {
    throw CorruptCache("posting names an unknown entry");
  }
  const std::size_t words = index.m_words.size();
  const auto& starts = index.m_length_starts;
  // A split stands inside its word, leaving both parts their letters.
  auto split_fits = [&](std::size_t w) {
    const std::size_t at = index.m_word_splits[w];
    return at == 0 ||
           (at >= min_compound_part && at + min_compound_part <= index.m_words[w].size());
  };
  bool splits_fit = index.m_word_splits.size() == words;
  for (std::size_t w = 0; splits_fit && w < words; ++w) {
    splits_fit = split_fits(w);
  }
  if (index.m_word_terms.size() != words || !splits_fit ||
      std::any_of(index.m_word_terms.begin(), index.m_word_terms.end(),
                  [&](std::uint32_t t) { return t >= terms; }) ||
      starts.empty() || starts[0] != 0 ||
      starts[starts.size() - 1] != index.m_words_by_length.size() ||
      !std::is_sorted(starts.begin(), starts.end()) ||
      std::any_of(index.m_words_by_length.begin(), index.m_words_by_length.end(),
                  [&](const Word& w) { return w.word >= words; })) {
    throw CorruptCache("word tables do not hold together");
  }
  return index;
}

std::uint32_t Index::letter_set(std::string_view word) {
  std::uint32_t set = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') {
      set |= 1U << (c - 'a');
    }
  }
  return set;
}

std::span<const Index::Word> Index::words_of_length(std::size_t length) const {
  if (length + 1 >= m_length_starts.size()) {
    return {};
  }
  return m_words_by_length.view().subspan(m_length_starts[length],
                                          m_length_starts[length + 1] - m_length_starts[length]);
}

std::optional<std::string_view> Index::word_key(std::string_view surface) const {
  if (auto w = m_word_index.find(m_words, surface)) {
    return m_keys[m_word_terms[*w]];
  }
  return std::nullopt;
}

std::optional<std::size_t> Index::compound_split(std::string_view surface) const {
  if (const std::optional<std::uint32_t> w = m_word_index.find(m_words, surface)) {
    const std::uint8_t at = m_word_splits[*w];
    return at == 0 ? std::nullopt : std::optional<std::size_t>(at);
  }
  return search_compound_split(surface);
}

std::optional<std::size_t> Index::search_compound_split(std::string_view surface) const {
  if (surface.size() < 2 * min_compound_part || surface.size() > max_compound_length ||
      !std::all_of(surface.begin(), surface.end(), ascii_letter)) {
    return std::nullopt;
  }
  std::string phrase_key;
  for (std::size_t at = min_compound_part; at + min_compound_part <= surface.size(); ++at) {
    const std::optional<std::string_view> left_key = word_key(surface.substr(0, at));
    if (!left_key) {
      continue; // most places fail here, sparing the second lookup
    }
    const std::optional<std::string_view> right_key = word_key(surface.substr(at));
    if (!right_key) {
      continue;
    }
    // "net" + "works" makes the key of "networks", which the corpus never writes in two.
    phrase_key.assign(*left_key).append(*right_key);
    if (const std::optional<std::uint32_t> phrase = find(phrase_key);
        phrase && two_words(*phrase)) {
      return at;
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> Index::words_with_prefix(std::string_view prefix) const {
  // Bisect the sorted words for the first one not below `prefix`.
  std::size_t low = 0;
  std::size_t high = m_words.size();
  while (low < high) {
    const std::size_t mid = low + (high - low) / 2;
    if (m_words[mid] < prefix) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  std::vector<std::string_view> out;
  for (std::size_t w = low; w < m_words.size() && m_words[w].starts_with(prefix); ++w) {
    out.push_back(m_words[w]);
  }
  return out;
}

std::optional<std::uint32_t> Index::find(std::string_view key) const {
  return m_terms.find(m_keys, key);
}

} // namespace overlap
