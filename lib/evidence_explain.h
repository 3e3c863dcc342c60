#pragma once

#include "evidence.h"
#include "query.h"

#include <cstddef>
#include <string>
#include <vector>

namespace overlap {

// A document of a committee that shares terms with a proposal.
struct EvidenceHit {
  const EvidenceDocument* document = nullptr;
  std::vector<std::string>
      terms;        // the query terms (as the proposal wrote them) in its title or abstract
  float weight = 0; // their summed query weight
};

// The documents among `documents` whose title or abstract share the most query weight with
// `query`, best first (ties: newer first), at most `limit`; documents sharing no term are left
// out, and of documents with the same title only the last in `documents` (in an evidence file,
// sorted by year, the newest) counts.
std::vector<EvidenceHit> evidence_hits(const std::vector<EvidenceDocument>& documents,
                                       const Query& query, std::size_t limit = 3);

} // namespace overlap
