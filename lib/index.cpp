#include "index.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace overlap {

const char* field_name(Field field) {
  switch (field) {
  case Field::title:
    return "title";
  case Field::scope:
    return "scope";
  case Field::keywords:
    return "keywords";
  }
  return "?";
}

Index Index::build(const Corpus& corpus, const Analyzer& analyzer) {
  Index index;
  const std::size_t n = corpus.entries.size();
  index.m_lengths.resize(n);

  auto add = [&](std::uint32_t entry, Field field, const std::vector<Term>& terms) {
    const auto f = static_cast<std::size_t>(field);
    for (const Term& term : terms) {
      auto [it, fresh] = index.m_terms.emplace(term.key, static_cast<std::uint32_t>(index.m_postings.size()));
      if (fresh) {
        index.m_postings.emplace_back();
        index.m_keys.push_back(term.key);
      }
      auto& list = index.m_postings[it->second];
      if (list.empty() || list.back().entry != entry) {
        list.push_back(Posting{entry, {}});
      }
      list.back().frequency[f] += 1.0F;
      index.m_lengths[entry][f] += 1.0F;
      if (!term.phrase) {
        index.index_word(term.surface, term.key);
      }
    }
  };

  for (std::uint32_t i = 0; i < n; ++i) {
    const Entry& e = corpus.entries[i];
    add(i, Field::title, analyzer.analyze(e.title));
    add(i, Field::scope, analyzer.analyze(e.scope));
    for (const std::string& keyword : e.keywords) {
      add(i, Field::keywords, analyzer.analyze(keyword)); // phrases never span two keywords
    }
  }

  for (const auto& lengths : index.m_lengths) {
    for (std::size_t f = 0; f < field_count; ++f) {
      index.m_mean_lengths[f] += lengths[f] / static_cast<float>(n);
    }
  }
  index.sort_words();
  index.m_idf.reserve(index.m_postings.size());
  for (const auto& list : index.m_postings) {
    const double df = static_cast<double>(list.size());
    index.m_idf.push_back(
        static_cast<float>(std::log(1.0 + (static_cast<double>(n) - df + 0.5) / (df + 0.5))));
  }
  return index;
}

std::uint64_t Index::next_serial() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

void Index::index_word(const std::string& surface, const std::string& key) {
  if (m_word_keys.emplace(surface, key).second) {
    if (m_words_by_length.size() <= surface.size()) {
      m_words_by_length.resize(surface.size() + 1);
    }
    m_words_by_length[surface.size()].push_back(Word{surface, letter_set(surface)});
  }
}

void Index::sort_words() {
  m_sorted_words.clear();
  m_sorted_words.reserve(m_word_keys.size());
  for (const auto& [surface, key] : m_word_keys) {
    m_sorted_words.push_back(surface);
  }
  std::sort(m_sorted_words.begin(), m_sorted_words.end());
}

std::span<const std::string> Index::words_with_prefix(const std::string& prefix) const {
  auto first = std::lower_bound(m_sorted_words.begin(), m_sorted_words.end(), prefix);
  auto last = first;
  while (last != m_sorted_words.end() && last->compare(0, prefix.size(), prefix) == 0) {
    ++last;
  }
  return {first, last};
}

void Index::write(BinaryWriter& out) const {
  out.put_strings(m_keys);
  for (std::size_t t = 0; t < m_postings.size(); ++t) {
    out.put(m_idf[t]);
    out.put(static_cast<std::uint32_t>(m_postings[t].size()));
    for (const Posting& p : m_postings[t]) {
      out.put(p);
    }
  }
  out.put(static_cast<std::uint32_t>(m_lengths.size()));
  for (const auto& lengths : m_lengths) {
    out.put(lengths);
  }
  out.put(m_mean_lengths);
  out.put(static_cast<std::uint32_t>(m_word_keys.size()));
  for (const auto& list : m_words_by_length) {
    for (const Word& word : list) {
      out.put_string(word.surface);
      out.put_string(m_word_keys.at(word.surface));
    }
  }
}

Index Index::read(BinaryReader& in) {
  Index index;
  index.m_keys = in.get_strings();
  const std::size_t terms = index.m_keys.size();
  index.m_terms.reserve(terms);
  index.m_postings.resize(terms);
  index.m_idf.resize(terms);
  for (std::uint32_t t = 0; t < terms; ++t) {
    index.m_terms.emplace(index.m_keys[t], t);
    index.m_idf[t] = in.get<float>();
    auto& list = index.m_postings[t];
    list.resize(in.get_count(sizeof(Posting)));
    for (Posting& p : list) {
      p = in.get<Posting>();
    }
  }
  index.m_lengths.resize(in.get_count(sizeof(std::array<float, field_count>)));
  for (auto& lengths : index.m_lengths) {
    lengths = in.get<std::array<float, field_count>>();
  }
  index.m_mean_lengths = in.get<std::array<float, field_count>>();
  const std::uint32_t words = in.get_count(2 * sizeof(std::uint32_t));
  for (std::uint32_t i = 0; i < words; ++i) {
    std::string surface = in.get_string();
    std::string key = in.get_string();
    index.index_word(surface, key);
  }
  index.sort_words();
  return index;
}

const std::string* Index::word_key(const std::string& surface) const {
  auto it = m_word_keys.find(surface);
  return it == m_word_keys.end() ? nullptr : &it->second;
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

const std::vector<Index::Word>& Index::words_of_length(std::size_t length) const {
  static const std::vector<Word> none;
  return length < m_words_by_length.size() ? m_words_by_length[length] : none;
}

std::optional<std::uint32_t> Index::find(std::string_view key) const {
  auto it = m_terms.find(std::string(key));
  if (it == m_terms.end()) {
    return std::nullopt;
  }
  return it->second;
}

} // namespace overlap
