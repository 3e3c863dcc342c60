#pragma once

#include "check.h"

namespace overlap_fuzz {

// A checker over the small test corpus, made once: it keeps each fuzz run fast (the corpus and
// thesaurus loaders have targets of their own).
inline const overlap::Checker& small_checker() {
  static const overlap::Checker instance(
      overlap::load_corpus({OVERLAP_TEST_DATA_DIR "/corpus_small"}));
  return instance;
}

} // namespace overlap_fuzz
