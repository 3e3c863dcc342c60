#include "evidence_explain.h"

#include "analyzer.h"

#include <algorithm>
#include <unordered_set>

namespace overlap {

namespace {

const Analyzer& thread_analyzer() {
  thread_local const Analyzer analyzer;
  return analyzer;
}

// The index key of a query term, from its surface: the phrase key for a phrase, else the word's.
std::string key_of(const QueryTerm& qt, const Analyzer& analyzer) {
  for (const Term& t : analyzer.analyze(qt.surface)) {
    if (t.phrase == qt.phrase) {
      return t.key;
    }
  }
  return "";
}

} // namespace

std::vector<EvidenceHit> evidence_hits(const std::vector<EvidenceDocument>& documents,
                                       const Query& query, std::size_t limit) {
  std::vector<EvidenceHit> hits;
  if (documents.empty() || query.terms.empty()) {
    return hits;
  }
  const Analyzer& analyzer = thread_analyzer();
  std::vector<std::string> keys;
  keys.reserve(query.terms.size());
  for (const QueryTerm& qt : query.terms) {
    keys.push_back(key_of(qt, analyzer));
  }
  std::unordered_set<std::string> document_keys;
  std::unordered_set<std::string_view> titles; // editions and redlines repeat a title: show it once
  for (auto it = documents.rbegin(); it != documents.rend(); ++it) { // newest first in a file
    const EvidenceDocument& doc = *it;
    if (!titles.insert(doc.title).second) {
      continue;
    }
    document_keys.clear();
    for (const Term& t : analyzer.analyze(doc.title)) {
      document_keys.insert(t.key);
    }
    for (const Term& t : analyzer.analyze(doc.abstract)) {
      document_keys.insert(t.key);
    }
    EvidenceHit hit;
    hit.document = &doc;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (!keys[i].empty() && document_keys.count(keys[i]) > 0 &&
          std::find(hit.terms.begin(), hit.terms.end(), query.terms[i].surface) ==
              hit.terms.end()) {
        hit.terms.push_back(query.terms[i].surface);
        hit.weight += query.terms[i].weight;
      }
    }
    if (!hit.terms.empty()) {
      hits.push_back(std::move(hit));
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const EvidenceHit& a, const EvidenceHit& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.document->year > b.document->year;
  });
  if (hits.size() > limit) {
    hits.resize(limit);
  }
  return hits;
}

} // namespace overlap
