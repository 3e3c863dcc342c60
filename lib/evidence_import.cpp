#include "evidence_import.h"

#include "error.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>

namespace overlap {

EvidenceCollector::EvidenceCollector(const Corpus& corpus, const ImportOptions& options)
    : m_corpus(corpus), m_ids(corpus), m_options(options) {}

void EvidenceCollector::skip_file(const std::string& message) {
  ++m_result.report.files;
  if (m_result.report.unreadable++ == 0) {
    m_result.report.first_unreadable = message;
  }
}

void EvidenceCollector::add(EvidenceDocument document,
                            const std::vector<CommitteeNames>& committees) {
  ImportReport& report = m_result.report;
  ++report.documents;
  if (m_options.before && (document.year == 0 || document.year >= *m_options.before)) {
    ++report.too_recent;
    return;
  }
  if (!m_options.abstracts) {
    document.abstract.clear();
  }
  std::vector<std::size_t> entries;
  bool named = false;
  for (const auto& [spellings, org] : committees) {
    // The first spelling the corpus has exactly wins; else the first that reaches an ancestor.
    std::optional<CommitteeMatch> best;
    const std::string* best_name = nullptr;
    for (const std::string& name : spellings) {
      if (name.empty()) {
        continue;
      }
      named = true;
      auto m = m_ids.find(name, org);
      if (m && (!best || (best->ancestor && !m->ancestor))) {
        best = m;
        best_name = &name;
      }
      if (best && !best->ancestor) {
        break;
      }
    }
    if (best) {
      m_named.emplace(fold_committee_id(*best_name, org), best->ancestor);
      if (std::find(entries.begin(), entries.end(), best->entry) == entries.end()) {
        entries.push_back(best->entry);
      }
    } else if (auto first = std::find_if(spellings.begin(), spellings.end(),
                                         [](const std::string& s) { return !s.empty(); });
               first != spellings.end()) {
      ++report.unmapped[fold_committee_id(*first, org)];
    }
  }
  if (!named) {
    ++report.without_committee;
    return;
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    EvidenceRecord record{m_corpus.entries[entries[i]].id, document};
    m_result.records.push_back(std::move(record));
  }
}

EvidenceImport EvidenceCollector::finish() {
  ImportReport& report = m_result.report;
  std::set<std::pair<std::string, std::string>> seen;
  std::set<std::string> committees;
  std::vector<EvidenceRecord> unique;
  unique.reserve(m_result.records.size());
  for (EvidenceRecord& r : m_result.records) {
    if (!seen.emplace(r.committee, r.document.id).second) {
      ++report.duplicates;
      continue;
    }
    committees.insert(r.committee);
    unique.push_back(std::move(r));
  }
  m_result.records = std::move(unique);
  report.kept = m_result.records.size();
  report.committees = committees.size();
  report.via_ancestor = static_cast<std::size_t>(
      std::count_if(m_named.begin(), m_named.end(), [](const auto& n) { return n.second; }));
  return std::move(m_result);
}

std::string format_import_report(const ImportReport& report, std::size_t show_unmapped) {
  std::string out;
  if (report.files > 0) {
    out += "files read: " + std::to_string(report.files);
    if (report.unreadable > 0) {
      out += " (" + std::to_string(report.unreadable) +
             " skipped; first: " + report.first_unreadable + ")";
    }
    out += "\n";
  }
  out += "documents read: " + std::to_string(report.documents) + "\n";
  out += "documents kept: " + std::to_string(report.kept) + " for " +
         std::to_string(report.committees) + " committees of the corpus\n";
  if (report.too_recent > 0) {
    out += "left out by --before: " + std::to_string(report.too_recent) + "\n";
  }
  if (report.duplicates > 0) {
    out += "repeated documents left out: " + std::to_string(report.duplicates) + "\n";
  }
  if (report.without_committee > 0) {
    out += "documents naming no committee: " + std::to_string(report.without_committee) + "\n";
  }
  if (report.via_ancestor > 0) {
    out += "committees not in the corpus, counted for their parent group: " +
           std::to_string(report.via_ancestor) + "\n";
  }
  std::size_t unmapped_documents = 0;
  for (const auto& [name, count] : report.unmapped) {
    unmapped_documents += count;
  }
  out += "unmapped committees: " + std::to_string(report.unmapped.size()) + " (" +
         std::to_string(unmapped_documents) + " documents)\n";
  std::vector<std::pair<std::string, std::size_t>> unmapped(report.unmapped.begin(),
                                                            report.unmapped.end());
  std::stable_sort(unmapped.begin(), unmapped.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (std::size_t i = 0; i < unmapped.size() && i < show_unmapped; ++i) {
    out += "  " + unmapped[i].first + "\t" + std::to_string(unmapped[i].second) + "\n";
  }
  if (unmapped.size() > show_unmapped) {
    out += "  ... and " + std::to_string(unmapped.size() - show_unmapped) + " more\n";
  }
  return out;
}

void write_text_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    throw Error(std::string("cannot write: ") + std::strerror(errno), path.string());
  }
  out << text;
  out.close();
  if (!out) {
    throw Error("write failed", path.string());
  }
}

} // namespace overlap
