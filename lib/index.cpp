#include "index.h"

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
      }
      auto& list = index.m_postings[it->second];
      if (list.empty() || list.back().entry != entry) {
        list.push_back(Posting{entry, {}});
      }
      list.back().frequency[f] += 1.0F;
      index.m_lengths[entry][f] += 1.0F;
      if (!term.phrase && index.m_word_keys.emplace(term.surface, term.key).second) {
        if (index.m_words_by_length.size() <= term.surface.size()) {
          index.m_words_by_length.resize(term.surface.size() + 1);
        }
        index.m_words_by_length[term.surface.size()].push_back(term.surface);
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
  index.m_idf.reserve(index.m_postings.size());
  for (const auto& list : index.m_postings) {
    const double df = static_cast<double>(list.size());
    index.m_idf.push_back(
        static_cast<float>(std::log(1.0 + (static_cast<double>(n) - df + 0.5) / (df + 0.5))));
  }
  return index;
}

const std::string* Index::word_key(const std::string& surface) const {
  auto it = m_word_keys.find(surface);
  return it == m_word_keys.end() ? nullptr : &it->second;
}

const std::vector<std::string>& Index::words_of_length(std::size_t length) const {
  static const std::vector<std::string> none;
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
