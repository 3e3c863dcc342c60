#pragma once

#include "corpus.h"
#include "glossary.h"
#include "index.h"
#include "thesaurus.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace overlap {

// A corpus ready for scoring: its entries, their index and the analyzed thesaurus.
struct CompiledCorpus {
  Corpus corpus;
  Index index;
  Thesaurus thesaurus;
  Glossary glossary;
  // For the user, when the evidence file names committees the corpus lacks; else "".
  std::string evidence_note;
};

// Loads, validates and indexes the corpus at `paths`, with the documents of the `evidence` file
// (see evidence.h) in the index's evidence field when one is given.
CompiledCorpus compile_corpus(const std::vector<std::filesystem::path>& paths,
                              const std::optional<std::filesystem::path>& evidence = std::nullopt);

// A hex digest of everything a compiled corpus depends on: the cache format and analyzer version,
// and the name and bytes of each of `files` (FNV-1a, 64 bits).
std::string corpus_fingerprint(const CorpusFiles& files);

// compile_corpus through a cache: the compiled corpus is stored in `cache_dir` under its
// fingerprint and read back while the files stay the same; the YAML stays the source of truth.
// A missing, stale or damaged cache is rebuilt; a cache that cannot be written is skipped.
// The evidence file, when given, is part of the fingerprint.
CompiledCorpus open_corpus(const std::vector<std::filesystem::path>& paths,
                           const std::optional<std::filesystem::path>& cache_dir,
                           const std::optional<std::filesystem::path>& evidence = std::nullopt);

// The cache directory: $OVERLAP_CHECK_CACHE_DIR, else $XDG_CACHE_HOME/overlap-check, else
// $HOME/.cache/overlap-check; none when neither variable is set.
std::optional<std::filesystem::path> default_cache_dir();

} // namespace overlap
