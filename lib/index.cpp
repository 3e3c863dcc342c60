#include "index.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>

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

Index Index::build(const Corpus& corpus, const Analyzer& analyzer, const EvidenceTexts* evidence) {
  Index index;
  const std::size_t n = corpus.entries.size();
  index.m_lengths.resize(n);
  std::unordered_map<std::string, std::uint32_t> terms;
  std::vector<std::vector<Posting>> lists;
  std::map<std::string, std::string> words; // surface -> key, sorted by surface

  auto add = [&](std::uint32_t entry, Field field, const std::vector<Term>& analyzed) {
    const auto f = static_cast<std::size_t>(field);
    for (const Term& term : analyzed) {
      auto [it, fresh] = terms.emplace(term.key, static_cast<std::uint32_t>(lists.size()));
      if (fresh) {
        lists.emplace_back();
        index.m_keys.push_back(term.key);
      }
      auto& list = lists[it->second];
      if (list.empty() || list.back().entry != entry) {
        list.push_back(Posting{entry, {}});
      }
      list.back().frequency[f] += 1.0F;
      index.m_lengths[entry][f] += 1.0F;
      if (!term.phrase && field != Field::evidence) {
        words.emplace(term.surface, term.key); // typo and cognate targets: the corpus' own words
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
    if (evidence != nullptr && i < evidence->size()) {
      for (const std::string& text : (*evidence)[i]) {
        add(i, Field::evidence, analyzer.analyze(text));
      }
    }
  }

  for (const auto& lengths : index.m_lengths) {
    for (std::size_t f = 0; f < field_count; ++f) {
      index.m_mean_lengths[f] += lengths[f] / static_cast<float>(n);
    }
  }
  index.m_offsets.push_back(0);
  for (const auto& list : lists) {
    const double df = static_cast<double>(list.size());
    index.m_idf.push_back(
        static_cast<float>(std::log(1.0 + (static_cast<double>(n) - df + 0.5) / (df + 0.5))));
    index.m_postings.insert(index.m_postings.end(), list.begin(), list.end());
    index.m_offsets.push_back(static_cast<std::uint32_t>(index.m_postings.size()));
  }
  std::vector<std::uint32_t> word_terms;
  for (auto& [surface, key] : words) {
    index.m_words.push_back(surface);
    word_terms.push_back(terms.at(key));
  }
  index.finish(std::move(word_terms));
  return index;
}

void Index::finish(std::vector<std::uint32_t> word_terms) {
  m_terms.clear();
  m_terms.reserve(m_keys.size());
  for (std::uint32_t t = 0; t < m_keys.size(); ++t) {
    m_terms.emplace(m_keys[t], t);
  }
  m_word_terms = std::move(word_terms);
  m_word_index.clear();
  m_word_index.reserve(m_words.size());
  m_words_by_length.clear();
  for (std::uint32_t w = 0; w < m_words.size(); ++w) {
    const std::string& surface = m_words[w];
    m_word_index.emplace(surface, w);
    if (m_words_by_length.size() <= surface.size()) {
      m_words_by_length.resize(surface.size() + 1);
    }
    m_words_by_length[surface.size()].push_back(Word{surface, letter_set(surface)});
  }
}

std::uint64_t Index::next_serial() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

void Index::write(BinaryWriter& out) const {
  out.put_strings(m_keys);
  for (std::size_t t = 0; t < m_keys.size(); ++t) {
    out.put(m_idf[t]);
  }
  for (std::uint32_t offset : m_offsets) {
    out.put(offset);
  }
  out.put(static_cast<std::uint32_t>(m_postings.size()));
  out.put_bytes(m_postings.data(), m_postings.size() * sizeof(Posting));
  out.put(static_cast<std::uint32_t>(m_lengths.size()));
  out.put_bytes(m_lengths.data(), m_lengths.size() * sizeof(m_lengths[0]));
  out.put(m_mean_lengths);
  out.put_strings(m_words);
  for (std::uint32_t t : m_word_terms) {
    out.put(t);
  }
}

Index Index::read(BinaryReader& in) {
  Index index;
  index.m_keys = in.get_strings();
  const std::size_t terms = index.m_keys.size();
  index.m_idf.resize(terms);
  for (float& idf : index.m_idf) {
    idf = in.get<float>();
  }
  index.m_offsets.resize(terms + 1);
  for (std::uint32_t& offset : index.m_offsets) {
    offset = in.get<std::uint32_t>();
  }
  index.m_postings.resize(in.get_count(sizeof(Posting)));
  in.get_bytes(index.m_postings.data(), index.m_postings.size() * sizeof(Posting));
  index.m_lengths.resize(in.get_count(sizeof(index.m_lengths[0])));
  in.get_bytes(index.m_lengths.data(), index.m_lengths.size() * sizeof(index.m_lengths[0]));
  index.m_mean_lengths = in.get<std::array<float, field_count>>();
  index.m_words = in.get_strings();
  std::vector<std::uint32_t> word_terms(index.m_words.size());
  for (std::uint32_t& t : word_terms) {
    t = in.get<std::uint32_t>();
    if (t >= terms) {
      throw CorruptCache("word names an unknown term");
    }
  }
  // Offsets must rise and stay within the postings, words must be sorted: else lookups misbehave.
  if (index.m_offsets.front() != 0 || index.m_offsets.back() != index.m_postings.size() ||
      !std::is_sorted(index.m_offsets.begin(), index.m_offsets.end()) ||
      !std::is_sorted(index.m_words.begin(), index.m_words.end())) {
    throw CorruptCache("index does not hold together");
  }
  for (const Posting& p : index.m_postings) {
    if (p.entry >= index.m_lengths.size()) {
      throw CorruptCache("posting names an unknown entry");
    }
  }
  index.finish(std::move(word_terms));
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
  if (length >= m_words_by_length.size()) {
    return {};
  }
  return m_words_by_length[length];
}

const std::string* Index::word_key(std::string_view surface) const {
  auto it = m_word_index.find(surface);
  return it == m_word_index.end() ? nullptr : &m_keys[m_word_terms[it->second]];
}

std::span<const std::string> Index::words_with_prefix(std::string_view prefix) const {
  auto first = std::lower_bound(m_words.begin(), m_words.end(), prefix);
  auto last = first;
  while (last != m_words.end() && last->compare(0, prefix.size(), prefix) == 0) {
    ++last;
  }
  return {first, last};
}

std::optional<std::uint32_t> Index::find(std::string_view key) const {
  auto it = m_terms.find(key);
  if (it == m_terms.end()) {
    return std::nullopt;
  }
  return it->second;
}

} // namespace overlap
