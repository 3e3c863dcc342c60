#pragma once

#include "analyzer.h"
#include "corpus.h"
#include "index.h"
#include "test_data.h"

#include <cstdint>
#include <string>

// The small test corpus (tests/data/corpus_small) and its index, for the tests of scoring.
struct SmallIndex {
  overlap::Analyzer analyzer;
  overlap::Corpus corpus = overlap::load_corpus({test_data("corpus_small")});
  overlap::Index index = overlap::Index::build(corpus, analyzer);

  std::uint32_t entry(const std::string& id) const {
    return static_cast<std::uint32_t>(*corpus.find(id));
  }
};
