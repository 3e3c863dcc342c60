#pragma once

#include "corpus.h"

#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// A corpus file for `entries` (the fields of corpus/README.md, empty ones left out), with each
// line of `comment` as a comment on top. load_corpus reads it back to the same entries.
std::string format_corpus_yaml(const std::vector<Entry>& entries, std::string_view comment = {});

} // namespace overlap
