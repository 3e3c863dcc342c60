#include "check.h"

#include "acronyms.h"
#include "error.h"
#include "typos.h"

#include <algorithm>

namespace overlap {

namespace {

const Analyzer& thread_analyzer() {
  thread_local const Analyzer analyzer;
  return analyzer;
}

std::vector<std::string> matched_terms(const Query& query, const std::vector<Contribution>& parts,
                                       std::size_t limit) {
  std::vector<std::string> out;
  for (const Contribution& c : parts) {
    if (out.size() == limit) {
      break;
    }
    const std::string& surface = query.terms[c.query_term].surface;
    if (std::find(out.begin(), out.end(), surface) == out.end()) {
      out.push_back(surface);
    }
  }
  return out;
}

} // namespace

Checker::Checker(Corpus corpus)
    : m_corpus(std::move(corpus)), m_index(Index::build(m_corpus, thread_analyzer())) {
  if (!m_corpus.thesaurus_file.empty()) {
    m_thesaurus = Thesaurus::load(m_corpus.thesaurus_file, thread_analyzer());
  }
}

std::vector<Term> Checker::terms(std::string_view text, const CheckOptions& options) const {
  const Analyzer& analyzer = thread_analyzer();
  std::vector<Term> terms = analyzer.analyze(text);
  std::vector<Term> added = m_thesaurus.expand(terms, analyzer, options.synonym_weight);

  Thesaurus defined;
  for (const auto& [acronym, expansion] : find_acronym_definitions(text)) {
    defined.add_group({acronym, expansion}, analyzer);
  }
  for (Term& t : defined.expand(terms, analyzer, options.synonym_weight)) {
    added.push_back(std::move(t));
  }
  for (Term& t : correct_typos(terms, m_index, options.typo_weight)) {
    added.push_back(std::move(t));
  }
  terms.insert(terms.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
  return terms;
}

Report Checker::check(std::string_view text, std::string input, const CheckOptions& options) const {
  Report report;
  report.input = std::move(input);
  report.from = options.rank.from;
  std::vector<Term> all_terms = terms(text, options);
  if (all_terms.empty()) {
    // Nothing but punctuation, symbols or stop words: a report would pass for "no overlap".
    throw Error("nothing to score: the input has no words (only punctuation, symbols or stop words)",
                report.input);
  }
  report.query = build_query(all_terms, m_index, options.query);
  std::vector<float> scores = score_all(report.query, m_index, options.scoring);
  for (float& s : scores) {
    s = calibrate(s);
  }

  const Entry* group = nullptr;
  for (const Ranked& r : rank(m_corpus, scores, options.rank)) {
    Match m;
    m.entry = &m_corpus.entries[r.entry];
    m.score = r.score;
    m.level = r.level;
    m.child = r.child;
    m.evidence = &m_corpus.entries[r.evidence];
    if (!r.child) {
      group = m.entry;
    } else {
      m.parent = group;
    }
    m.contributions = explain(report.query, m_index, static_cast<std::uint32_t>(r.evidence),
                              options.scoring);
    m.matched = matched_terms(report.query, m.contributions, options.matched_terms);
    report.matches.push_back(std::move(m));
  }
  return report;
}

std::vector<std::pair<std::string, std::vector<std::string>>> Report::partners() const {
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  for (const char* org : {"ISO", "IEC", "ITU-T"}) {
    if (from && *from == org) {
      continue;
    }
    std::vector<std::string> ids;
    for (const Match& m : matches) {
      const auto& orgs = m.entry->orgs;
      if (!m.child && m.level != Level::low && std::find(orgs.begin(), orgs.end(), org) != orgs.end()) {
        ids.push_back(m.entry->id);
      }
    }
    if (!ids.empty()) {
      out.emplace_back(org, std::move(ids));
    }
  }
  return out;
}

} // namespace overlap
