#pragma once

#include "corpus.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace overlap {

// The canonical corpus form of one spelling `raw` of a committee id (corpus/README.md, "Canonical
// ids"): spaces around "/" dropped, "ISO-IEC/JTC 1/ SC 39" -> "ISO/IEC JTC 1/SC 39",
// "IEC/TC 34/SC 34B" -> "IEC/SC 34B", "CISPR/CIS/A" -> "CISPR/A", "ITU-T Study Group 20" ->
// "ITU-T SG20", "Q.11/15" -> "ITU-T Q11/15", and a trailing " - title" removed. `org` ("ISO",
// "IEC", "ITU-T", or empty) qualifies an id written without its organization ("TC 211", "SG 20").
// Spellings it does not recognize come back with only their spaces tidied.
std::string fold_committee_id(std::string_view raw, std::string_view org = {});

// The ids a committee id `id` (canonical form) rolls up to, nearest first: "ISO/TC 61/SC 9/WG 2"
// -> "ISO/TC 61/SC 9", "ISO/TC 61"; "IEC/SC 34B" -> "IEC/TC 34"; "ITU-T Q11/15" -> "ITU-T SG15".
std::vector<std::string> committee_ancestors(std::string_view id);

// Where a committee id was found in the corpus.
struct CommitteeMatch {
  std::size_t entry = 0; // index in Corpus::entries
  bool ancestor = false; // the id itself is not in the corpus; `entry` is its nearest ancestor
};

// Finds committee ids, however they are spelt, in a corpus: through its ids and aliases, their
// folded forms, and, failing those, the nearest ancestor that the corpus has. The corpus must
// outlive this object.
class CommitteeIds {
public:
  explicit CommitteeIds(const Corpus& corpus);

  // The entry for `raw`, written by (or for) organization `org` ("ISO", "IEC", "ITU-T" or empty),
  // if the corpus has it or one of its ancestors.
  std::optional<CommitteeMatch> find(std::string_view raw, std::string_view org = {}) const;

  // The corpus id of `raw` when the corpus has it (not an ancestor), else fold_committee_id(raw).
  std::string canonical(std::string_view raw, std::string_view org = {}) const;

  // Number of ancestors of entry `entry` in the corpus (0 for a top-level group).
  std::size_t depth(std::size_t entry) const;

private:
  std::optional<std::size_t> lookup(const std::string& id) const;

  const Corpus& m_corpus;
  std::unordered_map<std::string, std::size_t> m_by_key; // compact key of every id and alias
};

} // namespace overlap
