#pragma once

#include "committee_id.h"
#include "corpus.h"
#include "evidence.h"

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace overlap {

// What goes into an evidence file.
struct ImportOptions {
  std::optional<int> before; // keep only documents published before this year
  bool abstracts = false;    // keep abstracts (relaton; a TSV's abstract column is always kept)
};

// What an import read and what became of it.
struct ImportReport {
  std::size_t files = 0;             // files read
  std::size_t unreadable = 0;        // files skipped: not YAML, or not a document
  std::string first_unreadable;      // the message for the first of them
  std::size_t documents = 0;         // documents read
  std::size_t kept = 0;              // evidence lines written
  std::size_t too_recent = 0;        // left out by --before (or without a year under --before)
  std::size_t without_committee = 0; // documents that name no committee
  std::size_t duplicates = 0;        // the same document again for the same committee
  std::size_t committees = 0;        // corpus committees that got documents
  std::size_t via_ancestor = 0;      // committees named that the corpus has only an ancestor of
  // Committees named that are not in the corpus (nor an ancestor), with their document counts.
  std::map<std::string, std::size_t> unmapped;
};

// The records of an import and its report.
struct EvidenceImport {
  std::vector<EvidenceRecord> records;
  ImportReport report;
};

// The names a document gives for one responsible committee: several spellings, most specific
// first (the first that the corpus has wins), and the organization they belong to ("ISO", "IEC",
// "ITU-T", or "" when unknown).
struct CommitteeNames {
  std::vector<std::string> spellings;
  std::string org;
};

// Gathers documents for the committees of one corpus, mapping the committee names documents give
// to corpus ids, and counting what it leaves out.
class EvidenceCollector {
public:
  EvidenceCollector(const Corpus& corpus, const ImportOptions& options);

  // Adds `document` for each of its responsible `committees` (one per responsible organization;
  // none when the document names no committee).
  void add(EvidenceDocument document, const std::vector<CommitteeNames>& committees);

  // Counts a file that could not be read as a document, with its `message`.
  void skip_file(const std::string& message);
  void count_file() { ++m_result.report.files; }

  // The records and the report; the collector is empty afterwards.
  EvidenceImport finish();

private:
  const Corpus& m_corpus;
  CommitteeIds m_ids;
  ImportOptions m_options;
  EvidenceImport m_result;
  std::map<std::string, bool> m_named; // committee names seen -> reached through an ancestor
};

// Reads a TSV of published documents with a header line naming at least the columns `committee`,
// `docid`, `year` and `title` (optionally `org` and `abstract`; any order), such as
// ../shared/reference/titles.tsv (org, committee, docid, year, title). Throws overlap::Error as
// `file:line: message` for a missing column or a line with too few fields.
EvidenceImport import_tsv(const std::filesystem::path& file, const Corpus& corpus,
                          const ImportOptions& options);

// Reads relaton bibliographic YAML files (one document per file, as in relaton-data-iso,
// relaton-data-iec and relaton-data-itu) below each of `paths` (*.yaml and *.yml; directories
// are walked). The responsible committee comes from `contributor` entries with role author
// (organization subdivisions) or from `editorialgroup` (technical_committee, subcommittee,
// ITU-T group), top-level or under `ext`. Files that cannot be read are counted, not fatal.
EvidenceImport import_relaton(const std::vector<std::filesystem::path>& paths, const Corpus& corpus,
                              const ImportOptions& options);

// A summary of `report` for the terminal: counts, then the unmapped committees, most documents
// first.
std::string format_import_report(const ImportReport& report, std::size_t show_unmapped = 20);

// Writes `text` to `path` (replacing it), or throws overlap::Error naming the file.
void write_text_file(const std::filesystem::path& path, const std::string& text);

} // namespace overlap
