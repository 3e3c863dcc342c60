#pragma once

#include "corpus.h"

#include <string>

namespace YAML {
class Node;
}

namespace overlap {

// Reads one corpus entry from the YAML mapping `node` of `file`, checking its fields: known names,
// required fields present, the right types and values. Throws overlap::Error at the node's
// line and column. References to other entries (parent, successor) are checked by load_corpus.
Entry parse_entry(const YAML::Node& node, const std::string& file);

// The kinds an entry may have.
bool is_known_kind(std::string_view kind);

} // namespace overlap
