#pragma once

#include "corpus.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace overlap {

// The value of `source` for entries imported from ISO Open Data.
inline constexpr std::string_view iso_open_data_source = "iso-open-data";

// The attribution that ISO Open Data's licence asks for, written at the top of imported files.
inline constexpr std::string_view iso_open_data_attribution =
    "Source: ISO Open Data, technical committees (https://www.iso.org/open-data.html),\n"
    "(c) International Organization for Standardization (ISO), used under the Open Data Commons\n"
    "Attribution License (ODC-By) v1.0. Titles, scopes, parents and liaisons are ISO's.";

// One record of ISO Open Data's list of technical committees.
struct IsoCommittee {
  long long id = 0;
  std::string reference; // "ISO/TC 307"
  std::string status;    // "Active", ...
  std::string title;     // title.en
  std::string scope;     // scope.en as plain text (HTML and IEC-hosting notes removed)
  std::optional<long long> parent;
  std::vector<std::pair<long long, std::string>> liaisons; // committeeLiaisons: id, reference or ""
  int line = 0;
};

// Reads ISO Open Data's technical committees from `file`, as JSON Lines (one object a line) or
// as CSV (a header line naming id, reference, status, title.en, scope.en, parentId,
// committeeLiaisons.id and committeeLiaisons.reference), told apart by the first character.
// Throws overlap::Error as `file:line: message` for malformed lines and missing columns.
std::vector<IsoCommittee> read_iso_open_data(const std::filesystem::path& file);

// The scope text of an ISO Open Data `scope.en` (HTML): the note that a committee is
// "supported administratively by IEC" is dropped, the rest turned into plain text.
std::string iso_scope_text(std::string_view html);

// What an ISO Open Data import made.
struct IsoImport {
  std::vector<Entry> entries;
  std::size_t records = 0;  // committees read
  std::size_t updating = 0; // entries whose id the corpus has (they update it when loaded with it)
  std::size_t added = 0;    // entries the corpus does not have
  std::size_t skipped = 0;  // records without reference or title
  std::size_t liaisons = 0; // liaisons written
};

// Corpus entries for `committees`: ids (and the ids of parents and liaisons) spelt as `corpus`
// spells them where it has them, organizations and kind from the reference, `source:
// iso-open-data` and the committee's page on iso.org as url.
IsoImport iso_open_data_entries(const std::vector<IsoCommittee>& committees, const Corpus& corpus);

} // namespace overlap
