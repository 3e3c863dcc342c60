#pragma once

#include "corpus.h"
#include "corpus_cache.h"
#include "glossary.h"
#include "index.h"
#include "passages.h"
#include "query.h"
#include "rank.h"
#include "score.h"
#include "thesaurus.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overlap {

struct CheckOptions {
  float synonym_weight = 0.8F;     // terms added through the thesaurus or a defined acronym
  float typo_weight = 0.5F;        // a corpus word standing in for a misspelt one
  float cognate_weight = 0.7F;     // an English corpus word standing in for a French one
  float translation_weight = 0.9F; // the English of a French word from corpus/french.yaml
  QueryOptions query;
  ScoringParams scoring;
  RankOptions rank;
  // Sentence evidence (passages.h): an entry's score is at least this times its best sentence's
  // score, looked at for the entries of the `sentence_candidates` best whole-text scores; 0 turns
  // it off. Chosen on the labelled cases and the dev set (README, "How matching works").
  float sentence_weight = 0.4F;
  std::size_t sentence_candidates = 100;
  std::size_t matched_terms = 6; // terms listed as the reason of each match
  // Whether reports keep what --explain shows (the query's terms and each match's contributions);
  // without them a report is a few hundred bytes, which matters when a batch holds thousands.
  bool keep_explanations = true;
};

// The sentence of a proposal that gave a match its score (Match::sentence).
struct SentenceMatch {
  float raw = 0;                  // the sentence's raw score, scored alone
  float weight = 0;               // CheckOptions::sentence_weight
  float whole = 0;                // the whole text's raw score, that it replaced
  std::vector<std::size_t> terms; // the query terms (Query::terms) of the sentence matched
};

// One match of a report, ready to format.
struct Match {
  const Entry* entry = nullptr;
  const Entry* parent = nullptr; // the group it is shown under, for children
  float score = 0;
  Level level = Level::low;
  bool child = false;
  const Entry* evidence = nullptr; // whose own text matched (itself or a child)
  float evidence_score = 0;        // the score of `evidence` alone
  // The title the proposal's heading names for `evidence` (its own or an ancestor's, see
  // named_field), how much of it (heading_cover), and the factor the raw score of `evidence` was
  // multiplied by for it (1 when none).
  const Entry* heading_named = nullptr;
  float heading_cover = 0;
  float heading_factor = 1.0F;
  // Other members of the group that matched nearly as well, with their scores: what they added
  // makes `score` exceed `evidence_score` (see RankOptions::corroboration).
  std::vector<std::pair<const Entry*, float>> corroborating;
  std::vector<std::string> matched; // the query terms behind the match, strongest first (with
                                    // " (excluded)" after those of Match::excluded_share)
  std::size_t words = 0;  // distinct words of the proposal it rests on (level_of_breadth in rank.h)
  bool title_met = false; // whether they meet the title of `evidence`, not only its scope
  // The share of the score of `evidence` that comes from terms the proposal names only where it
  // says what it leaves out (QueryTerm::excluded); the level rests on the rest.
  float excluded_share = 0;
  std::vector<Contribution> contributions; // all of them, for --explain
  // When the raw score of `evidence` is that of one sentence of the proposal scored alone, times
  // CheckOptions::sentence_weight (passages.h), as it was more than the whole text's.
  std::optional<SentenceMatch> sentence;
  std::optional<std::string> accepted; // why the group needs no more coordination (the
                                       // config's `accepted` reason), when it does not
};

// The result of checking one proposal.
struct Report {
  std::string input; // file name, or "-"
  std::optional<std::string> from;
  std::vector<Match> matches;
  Query query;
  std::string id;    // the circular record's id; empty for a proposal file
  std::string title; // the proposal's title: the record's, or a file's first line; may be empty
  std::string url;   // where the record says the proposal is published, or ""
  int line = 0;      // the line of `input` the record starts on; 0 for a file

  // How outputs name the proposal: the record's id, else the file name.
  const std::string& name() const { return id.empty() ? input : id; }

  // Partner groups at medium level or above, by organization (a joint group under each of its
  // organizations other than the proposer's).
  std::vector<std::pair<std::string, std::vector<std::string>>> partners() const;
};

// Time spent in each step of check(), in seconds, added up over calls (for --timings).
struct StepTimes {
  double analyze = 0; // normalize, tokenize, stem, expand
  double query = 0;
  double score = 0;
  double rank = 0; // roll up, rank, explain

  StepTimes& operator+=(const StepTimes& other) {
    analyze += other.analyze;
    query += other.query;
    score += other.score;
    rank += other.rank;
    return *this;
  }
};

// The whole pipeline over one corpus: proposal text -> terms -> query -> scores -> ranked matches.
// check() may be called from several threads at once.
class Checker {
public:
  // Indexes `corpus` and loads its thesaurus and French glossary.
  explicit Checker(Corpus corpus);
  // Uses a corpus compiled already (see open_corpus).
  explicit Checker(CompiledCorpus compiled);

  const Corpus& corpus() const { return m_corpus; }
  // The levels a check uses unless its options set them: LevelThresholds{}, or evidence_levels
  // when the index has an evidence field.
  LevelThresholds default_levels() const;
  const Index& index() const { return m_index; }
  const Thesaurus& thesaurus() const { return m_thesaurus; }
  const Glossary& glossary() const { return m_glossary; }

  // The terms of `text` with what expansion adds: synonyms and acronyms from the thesaurus,
  // acronyms the text defines itself, and corrections of misspelt words. HTML markup in `text`
  // is read as text (markup_to_text), as in check().
  std::vector<Term> terms(std::string_view text, const CheckOptions& options) const;

  // Checks the proposal `text`; `input` names it in the report and in errors. HTML markup in
  // `text` (a scope pasted from a web page) is read as text: tags are not words (markup_to_text).
  // Throws overlap::Error ("nothing to score") when `text` has no words to match. When `times` is
  // given, the time of each step is added to it.
  Report check(std::string_view text, std::string input, const CheckOptions& options,
               StepTimes* times = nullptr) const;

private:
  // The acronyms that `text` defines, as a thesaurus.
  Thesaurus defined_acronyms(std::string_view text) const;
  // The terms of `text` with what expansion adds, acronyms defined as in `defined`.
  std::vector<Term> terms(std::string_view text, const Thesaurus& defined,
                          const CheckOptions& options) const;
  // Marks the terms of `query` that `text` (the proposal) has only in its exclusion clauses
  // (exclusions.h), by analyzing the rest of it as check() analyzes the whole.
  void mark_excluded(Query& query, std::string_view text, const Thesaurus& defined,
                     const CheckOptions& options) const;

  Corpus m_corpus;
  Index m_index;
  Thesaurus m_thesaurus;
  Glossary m_glossary;
};

} // namespace overlap
