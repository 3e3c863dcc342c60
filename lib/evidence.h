#pragma once

#include "corpus.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace overlap {

// A published document of a committee: what the committee really works on.
struct EvidenceDocument {
  std::string id;       // "ISO 19115-1:2014"
  int year = 0;         // year of publication; 0 when unknown
  std::string title;    // English title
  std::string abstract; // English abstract, or ""
};

// One line of an evidence file: a document and the corpus id of the committee responsible for it.
struct EvidenceRecord {
  std::string committee;
  EvidenceDocument document;
};

// The header line of an evidence file (TSV, UTF-8, one document a line).
inline constexpr std::string_view evidence_header = "committee\tdocid\tyear\ttitle\tabstract";

// `text` fit for one TSV field: tabs, line breaks and other control characters become spaces,
// runs of spaces one space, and the ends are trimmed.
std::string tsv_field(std::string_view text);

// The evidence file of `records`: the header line, then one line per record, sorted by committee,
// then year, then document id, without repeated (committee, document id) pairs.
std::string format_evidence(std::vector<EvidenceRecord> records);

// The documents of an evidence file, attached to the entries of one corpus.
struct Evidence {
  // Per entry of the corpus (by index in Corpus::entries), its documents in file order.
  std::vector<std::vector<EvidenceDocument>> documents;
  std::size_t document_count = 0; // documents attached to an entry
  // Committees of the file that the corpus does not have, with their number of documents, most
  // documents first; and the number of documents they hold.
  std::vector<std::pair<std::string, std::size_t>> unknown;
  std::size_t unknown_documents = 0;

  // The documents of the entry with id `id`, or none.
  const std::vector<EvidenceDocument>& of(std::string_view id) const;

  // Per entry, one text per document (its title, then its abstract when it has one, after a
  // full stop so that no two-word term spans them): what the index's evidence field takes.
  std::vector<std::vector<std::string>> texts() const;

private:
  friend Evidence load_evidence(const std::filesystem::path& path, const Corpus& corpus);
  std::unordered_map<std::string, std::size_t> m_by_id; // entry id -> index in `documents`
};

// Reads the evidence file `path` (see evidence_header) for `corpus`: committees are looked up by
// id or alias, and by folded spelling (committee_id.h); documents of committees the corpus does
// not have are counted in Evidence::unknown. Throws overlap::Error as `file:line: message` when
// the file cannot be read, its header is not evidence_header, a line has not five fields, or a
// year is not a number.
Evidence load_evidence(const std::filesystem::path& path, const Corpus& corpus);

} // namespace overlap
