#include "evidence.h"

#include "committee_id.h"
#include "error.h"
#include "text_util.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <map>
#include <tuple>

namespace overlap {

std::string tsv_field(std::string_view text) {
  return collapse_spaces(text, [](std::string_view t, std::size_t i) -> std::size_t {
    const auto c = static_cast<unsigned char>(t[i]);
    return c < 0x20 || c == ' ' || c == 0x7F ? 1 : 0; // tabs and line breaks would break the TSV
  });
}

std::string format_evidence(std::vector<EvidenceRecord> records) {
  std::sort(records.begin(), records.end(), [](const EvidenceRecord& a, const EvidenceRecord& b) {
    return std::tie(a.committee, a.document.year, a.document.id) <
           std::tie(b.committee, b.document.year, b.document.id);
  });
  std::string out(evidence_header);
  out += '\n';
  const EvidenceRecord* previous = nullptr;
  for (const EvidenceRecord& r : records) {
    if (previous != nullptr && previous->committee == r.committee &&
        previous->document.id == r.document.id && previous->document.year == r.document.year) {
      continue;
    }
    previous = &r;
    out += tsv_field(r.committee);
    out += '\t';
    out += tsv_field(r.document.id);
    out += '\t';
    if (r.document.year > 0) {
      out += std::to_string(r.document.year);
    }
    out += '\t';
    out += tsv_field(r.document.title);
    out += '\t';
    out += tsv_field(r.document.abstract);
    out += '\n';
  }
  return out;
}

const std::vector<EvidenceDocument>& Evidence::of(std::string_view id) const {
  static const std::vector<EvidenceDocument> none;
  auto it = m_by_id.find(std::string(id));
  return it == m_by_id.end() ? none : documents[it->second];
}

std::vector<std::vector<std::string>> Evidence::texts() const {
  std::vector<std::vector<std::string>> out(documents.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    out[i].reserve(documents[i].size());
    for (const EvidenceDocument& doc : documents[i]) {
      out[i].push_back(doc.abstract.empty() ? doc.title : doc.title + ".\n" + doc.abstract);
    }
  }
  return out;
}

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error("cannot open the evidence file", path.string());
  }
  std::string bytes;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size > 0) {
    bytes.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  if (!in && !in.eof()) {
    throw Error("cannot read the evidence file", path.string());
  }
  return bytes;
}

// Splits `line` at tabs into `fields`; returns how many fields it has (up to fields.size() + 1).
std::size_t split_tabs(std::string_view line, std::array<std::string_view, 5>& fields) {
  std::size_t n = 0;
  for (;;) {
    auto tab = line.find('\t');
    if (n == fields.size()) {
      return n + 1;
    }
    fields[n++] = line.substr(0, tab);
    if (tab == std::string_view::npos) {
      return n;
    }
    line.remove_prefix(tab + 1);
  }
}

} // namespace

Evidence load_evidence(const std::filesystem::path& path, const Corpus& corpus) {
  const std::string bytes = read_file(path);
  const std::string name = path.string();
  const CommitteeIds ids(corpus);
  Evidence evidence;
  evidence.documents.resize(corpus.entries.size());
  for (std::size_t i = 0; i < corpus.entries.size(); ++i) {
    evidence.m_by_id.emplace(corpus.entries[i].id, i);
  }
  std::map<std::string, std::size_t, std::less<>> unknown;

  std::string_view text = bytes;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  int line_number = 0;
  std::string_view last_committee;
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::size_t last_entry = none;
  bool known_last = false;
  std::array<std::string_view, 5> fields;
  while (!text.empty()) {
    auto newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (line_number == 1) {
      if (line != evidence_header) {
        throw Error("not an evidence file: the first line must be the header '" +
                        std::string(evidence_header) + "' (tab-separated)",
                    name, 1);
      }
      continue;
    }
    if (line.empty()) {
      continue;
    }
    if (split_tabs(line, fields) != fields.size()) {
      throw Error("expected 5 tab-separated fields (committee, docid, year, title, abstract)", name,
                  line_number);
    }
    int year = 0;
    if (!fields[2].empty()) {
      auto [end, ec] = std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), year);
      if (ec != std::errc() || end != fields[2].data() + fields[2].size()) {
        throw Error("year '" + std::string(fields[2]) + "' is not a number", name, line_number);
      }
    }
    // The file is sorted by committee: look each one up once.
    if (!known_last || fields[0] != last_committee) {
      last_committee = fields[0];
      known_last = true;
      last_entry = none;
      if (auto m = ids.find(fields[0])) {
        last_entry = m->entry;
      }
    }
    if (last_entry == none) {
      auto it = unknown.find(fields[0]);
      if (it == unknown.end()) {
        it = unknown.emplace(std::string(fields[0]), 0).first;
      }
      ++it->second;
      ++evidence.unknown_documents;
      continue;
    }
    evidence.documents[last_entry].push_back(EvidenceDocument{
        std::string(fields[1]), year, std::string(fields[3]), std::string(fields[4])});
    ++evidence.document_count;
  }
  if (line_number == 0) {
    throw Error("the evidence file is empty (expected the header '" + std::string(evidence_header) +
                    "')",
                name);
  }
  evidence.unknown.assign(unknown.begin(), unknown.end());
  std::stable_sort(evidence.unknown.begin(), evidence.unknown.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return evidence;
}

} // namespace overlap
