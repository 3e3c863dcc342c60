#include "check.h"

#include "acronyms.h"
#include "capitals.h"
#include "cognates.h"
#include "compounds.h"
#include "dictionary.h"
#include "error.h"
#include "exclusions.h"
#include "html_text.h"
#include "language.h"
#include "passages.h"
#include "text_util.h"
#include "title.h"
#include "typos.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <new>
#include <span>
#include <unordered_map>

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
    const QueryTerm& term = query.terms[c.query_term];
    // A term met only where the proposal says what it leaves out is marked, as it does not count
    // for the level.
    const std::string surface = term.excluded ? term.surface + " (excluded)" : term.surface;
    if (std::find(out.begin(), out.end(), surface) == out.end()) {
      out.push_back(surface);
    }
  }
  return out;
}

// The distinct words of the proposal that a match rests on: its single-word terms, and at least
// two when a two-word term matched.
std::size_t matched_words(const Query& query, const std::vector<Contribution>& parts) {
  std::size_t words = 0;
  bool phrase = false;
  for (const Contribution& c : parts) {
    if (query.terms[c.query_term].phrase) {
      phrase = true;
    } else {
      ++words;
    }
  }
  return phrase ? std::max<std::size_t>(words, 2) : words;
}

// The share of `parts` (a match's contributions) that comes from excluded terms.
float excluded_share(const Query& query, const std::vector<Contribution>& parts) {
  float all = 0;
  float excluded = 0;
  for (const Contribution& c : parts) {
    all += c.value;
    if (query.terms[c.query_term].excluded) {
      excluded += c.value;
    }
  }
  return all > 0 ? excluded / all : 0.0F;
}

// `parts` without the contributions of excluded terms.
std::vector<Contribution> covered_parts(const Query& query, std::vector<Contribution> parts) {
  std::erase_if(parts, [&](const Contribution& c) { return query.terms[c.query_term].excluded; });
  return parts;
}

// Whether a match's terms meet the group's title (not only its scope or keywords).
bool meets_title(const std::vector<Contribution>& parts) {
  return std::any_of(parts.begin(), parts.end(), [](const Contribution& c) {
    return c.by_field[static_cast<std::size_t>(Field::title)] > 0;
  });
}

// Proposals are analyzed in pieces of about this size, so that a very long input needs memory for
// one piece's terms and for its distinct terms, not for all its terms at once.
constexpr std::size_t piece_bytes = 1024 * 1024;

// `text` cut into pieces of at most `piece_bytes`: at the last paragraph break of each piece where
// there is one (two-word terms do not span paragraphs), else at a line break or a space, else
// between two UTF-8 sequences. A proposal of ordinary size is one piece.
std::vector<std::string_view> pieces(std::string_view text) {
  std::vector<std::string_view> out;
  while (text.size() > piece_bytes) {
    const std::string_view window = text.substr(0, piece_bytes);
    std::size_t cut = window.rfind("\n\n");
    if (cut == std::string_view::npos || cut == 0) {
      cut = window.find_last_of("\n ");
    }
    if (cut == std::string_view::npos || cut == 0) {
      cut = piece_bytes;
      while (cut > 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
      }
    }
    out.push_back(text.substr(0, cut));
    text.remove_prefix(cut);
  }
  out.push_back(text);
  return out;
}

// Looks up the index id of each term not looked up yet: once per term, for every later step.
void resolve(std::vector<Term>& terms, const Index& index) {
  for (Term& t : terms) {
    if (!t.resolved) {
      t.id = index.find(t.key);
      t.resolved = true;
    }
  }
}

// Adds to `terms` (a text's own) a twin of each word that `text` writes in capitals, under its
// capital key, as another way to match: it meets the entries that write that word only in
// capitals, which the word's own key no longer meets (see capitals.h).
void add_capital_twins(std::vector<Term>& terms, std::string_view text, const Analyzer& analyzer,
                       const Index& index) {
  const std::vector<std::string> capitals = capital_keys(text, analyzer);
  if (capitals.empty()) {
    return;
  }
  const std::size_t own = terms.size();
  for (std::size_t i = 0; i < own; ++i) {
    const Term& t = terms[i];
    if (t.phrase || !t.via.empty() ||
        !std::binary_search(capitals.begin(), capitals.end(), t.key)) {
      continue;
    }
    Term twin = t;
    twin.key = capital_key(t.key);
    twin.surface = ascii_upper(std::move(twin.surface));
    twin.id = index.find(twin.key);
    twin.resolved = true;
    // Another way to match the same word, unless the corpus has the word only in capitals: then
    // the twin is the word, and counts in the query's weight as the word did.
    twin.alternative = index.find(t.key).has_value();
    terms.push_back(std::move(twin));
  }
}

// Moves the terms of `terms` (resolved) that the index knows into `merged`, one term per id whose
// weight is the sum of the weights in order: what build_query counts, kept in the memory of the
// distinct terms. `slots` maps a term id to 1 + its place in `merged` (0: not there yet).
void merge_terms(std::vector<Term>& terms, std::vector<Term>& merged,
                 std::span<std::uint32_t> slots) {
  // Room for all of them at once: a Term is three strings, costly to move on each growth.
  if (const std::size_t most = merged.size() + terms.size(); merged.capacity() < most) {
    merged.reserve(std::max(most, 2 * merged.capacity()));
  }
  for (Term& t : terms) {
    if (!t.id) {
      continue;
    }
    std::uint32_t& slot = slots[*t.id];
    if (slot == 0) {
      merged.push_back(std::move(t));
      slot = static_cast<std::uint32_t>(merged.size());
    } else {
      merged[slot - 1].weight += t.weight;
    }
  }
}

// A table from term id to a merge slot (see merge_terms), one per thread and reused: made once,
// and cleared after each check, slot by slot, of the slots that check used, however it ends. It
// comes from calloc, so that the pages of a large index's table that no proposal touches are never
// even faulted in (a 100k-entry corpus has millions of terms).
class SlotLease {
public:
  SlotLease(std::size_t terms, const std::vector<Term>& merged) : m_merged(merged) {
    Table& t = table();
    if (t.size < terms) {
      std::free(t.slots);
      t.slots = static_cast<std::uint32_t*>(std::calloc(terms, sizeof(std::uint32_t)));
      if (t.slots == nullptr) {
        t.size = 0;
        throw std::bad_alloc();
      }
      t.size = terms;
    }
  }
  SlotLease(const SlotLease&) = delete;
  SlotLease& operator=(const SlotLease&) = delete;
  ~SlotLease() {
    for (const Term& t : m_merged) {
      table().slots[*t.id] = 0;
    }
  }
  std::span<std::uint32_t> slots() { return {table().slots, table().size}; }

private:
  struct Table {
    std::uint32_t* slots = nullptr;
    std::size_t size = 0;
    Table() = default;
    Table(const Table&) = delete;
    Table& operator=(const Table&) = delete;
    ~Table() { std::free(slots); }
  };
  static Table& table() {
    thread_local Table t;
    return t;
  }
  const std::vector<Term>& m_merged;
};

// Appends the occurrences of `terms` (one piece's, resolved) that stand in a sentence, numbering
// the piece's sentences from `sentences_before`; returns the sentences counted with this piece's.
std::uint32_t add_occurrences(const std::vector<Term>& terms, std::uint32_t sentences_before,
                              std::vector<Occurrence>& occurrences) {
  std::uint32_t count = 0;
  for (const Term& t : terms) {
    if (t.id && t.sentence != Term::no_sentence) {
      occurrences.push_back({*t.id, sentences_before + t.sentence, t.weight});
      count = std::max(count, t.sentence + 1);
    }
  }
  return sentences_before + count;
}

} // namespace

Checker::Checker(Corpus corpus)
    : m_corpus(std::move(corpus)), m_index(Index::build(m_corpus, thread_analyzer())) {
  if (!m_corpus.thesaurus_file.empty()) {
    m_thesaurus = Thesaurus::load(m_corpus.thesaurus_file, thread_analyzer());
  }
  if (!m_corpus.glossary_file.empty()) {
    m_glossary = Glossary::load(m_corpus.glossary_file, thread_analyzer());
  }
}

Checker::Checker(CompiledCorpus compiled)
    : m_corpus(std::move(compiled.corpus)), m_index(std::move(compiled.index)),
      m_thesaurus(std::move(compiled.thesaurus)), m_glossary(std::move(compiled.glossary)) {}

std::vector<Term> Checker::terms(std::string_view markup, const CheckOptions& options) const {
  const std::string text = markup_to_text(markup);
  return terms(text, defined_acronyms(text), options);
}

Thesaurus Checker::defined_acronyms(std::string_view text) const {
  const Analyzer& analyzer = thread_analyzer();
  std::vector<std::string> acronyms; // each once, the first definition wins
  Thesaurus defined;
  for (std::string_view piece : pieces(text)) {
    for (const auto& [acronym, expansion] : find_acronym_definitions(piece)) {
      if (std::find(acronyms.begin(), acronyms.end(), acronym) == acronyms.end()) {
        acronyms.push_back(acronym);
        defined.add_group({acronym, expansion}, analyzer);
      }
    }
  }
  return defined;
}

std::vector<Term> Checker::terms(std::string_view text, const Thesaurus& defined,
                                 const CheckOptions& options) const {
  const Analyzer& analyzer = thread_analyzer();
  if (detect_language(text) == Language::french) {
    // The corpus is English: French words meet it through the glossary's English, else through
    // their English look-alikes, and numbers and acronyms (IEC 61850, IoT) as they are.
    std::vector<Term> french = analyzer.analyze(text, Language::french);
    Glossary::Translation translated =
        m_glossary.translate(french, analyzer, options.translation_weight);
    std::sort(translated.positions.begin(), translated.positions.end());
    std::vector<Term> untranslated;
    for (const Term& t : french) {
      if (t.phrase || !std::binary_search(translated.positions.begin(), translated.positions.end(),
                                          t.position)) {
        untranslated.push_back(t);
      }
    }
    std::vector<Term> terms = english_cognates(untranslated, m_index, options.cognate_weight);
    terms.insert(terms.end(), std::make_move_iterator(translated.terms.begin()),
                 std::make_move_iterator(translated.terms.end()));
    for (Term& t : m_thesaurus.expand(terms, analyzer, options.synonym_weight, text)) {
      terms.push_back(std::move(t));
    }
    // Acronyms in capitals are the same in both languages: each meets the entries that write it
    // only in capitals, as in English text.
    for (std::string_view word : capital_words(text)) {
      Term t;
      t.key = capital_key(analyzer.word_key(ascii_lower(std::string(word))));
      t.surface = std::string(word);
      t.alternative = true;
      terms.push_back(std::move(t));
    }
    // French words without a look-alike still count as words (the caller drops unknown keys).
    resolve(french, m_index);
    for (Term& t : french) {
      if (!t.id) {
        terms.push_back(std::move(t));
      }
    }
    resolve(terms, m_index);
    return terms;
  }
  const Analyzer::TermLookup lookup = [this](std::string_view key) { return m_index.find(key); };
  std::vector<Term> terms = analyzer.analyze(text, Language::english, lookup, m_index.serial());
  add_capital_twins(terms, text, analyzer, m_index);
  std::vector<Term> added = m_thesaurus.expand(terms, analyzer, options.synonym_weight, text);
  for (Term& t : defined.expand(terms, analyzer, options.synonym_weight)) {
    added.push_back(std::move(t));
  }
  for (Term& t : correct_typos(terms, m_index, options.typo_weight, &Dictionary::system)) {
    added.push_back(std::move(t));
  }
  for (Term& t : compound_variants(terms, m_index)) {
    added.push_back(std::move(t));
  }
  terms.insert(terms.end(), std::make_move_iterator(added.begin()),
               std::make_move_iterator(added.end()));
  resolve(terms, m_index);
  return terms;
}

void Checker::mark_excluded(Query& query, std::string_view text, const Thesaurus& defined,
                            const CheckOptions& options) const {
  const std::optional<std::string> covered = without_exclusions(text);
  if (!covered) {
    return;
  }
  std::vector<std::uint32_t> ids; // of the terms of what the proposal covers
  for (std::string_view piece : pieces(*covered)) {
    for (const Term& t : terms(piece, defined, options)) {
      if (t.id) {
        ids.push_back(*t.id);
      }
    }
  }
  std::sort(ids.begin(), ids.end());
  for (QueryTerm& qt : query.terms) {
    qt.excluded = !std::binary_search(ids.begin(), ids.end(), qt.term);
  }
}

LevelThresholds Checker::default_levels() const {
  return m_index.has_evidence() ? evidence_levels : LevelThresholds{};
}

Report Checker::check(std::string_view markup, std::string input, const CheckOptions& options,
                      StepTimes* times) const {
  using Clock = std::chrono::steady_clock;
  auto lap = [&, last = Clock::now()](double StepTimes::*step) mutable {
    const auto now = Clock::now();
    if (times != nullptr) {
      times->*step += std::chrono::duration<double>(now - last).count();
    }
    last = now;
  };
  Report report;
  report.input = std::move(input);
  report.from = options.rank.from;
  const std::string text = markup_to_text(markup); // pasted from a web page, or an HTML scope
  const Thesaurus defined = defined_acronyms(text);
  std::vector<Term> merged;
  SlotLease lease(m_index.term_count(), merged);
  bool any_words = false;
  std::vector<Occurrence> occurrences; // for sentence evidence
  std::uint32_t sentences_before = 0;  // in the pieces before this one
  for (std::string_view piece : pieces(text)) {
    std::vector<Term> piece_terms = terms(piece, defined, options);
    any_words = any_words || !piece_terms.empty();
    if (options.sentence_weight > 0) {
      sentences_before = add_occurrences(piece_terms, sentences_before, occurrences);
    }
    merge_terms(piece_terms, merged, lease.slots());
  }
  if (!any_words) {
    // Nothing but punctuation, symbols or stop words: a report would pass for "no overlap".
    throw Error(
        "nothing to score: the input has no words (only punctuation, symbols or stop words)",
        report.input);
  }
  lap(&StepTimes::analyze);
  report.query = build_query(merged, m_index, options.query);
  mark_excluded(report.query, text, defined, options);
  if (std::string heading(introductory_element(proposal_title(text))); !heading.empty()) {
    std::vector<Term> heading_terms = terms(heading, defined, options);
    report.query.heading = build_heading(std::move(heading), heading_terms, m_index);
  }
  lap(&StepTimes::query);
  const Sentences sentences =
      options.sentence_weight > 0
          ? split_query(report.query, occurrences, m_index, options.query, options.scoring)
          : Sentences{};
  std::vector<float> scores = score_all(report.query, m_index, options.scoring, m_corpus.parents());
  const std::vector<Lifted> lifted =
      lift_by_sentences(report.query, m_index, options.scoring, sentences, options.sentence_weight,
                        options.sentence_candidates, scores);
  // The raw scores, for the levels of matches on excluded terms: only when there are any.
  const bool any_excluded = std::any_of(report.query.terms.begin(), report.query.terms.end(),
                                        [](const QueryTerm& t) { return t.excluded; });
  const std::vector<float> raw = any_excluded ? scores : std::vector<float>{};
  RankOptions rank_options = options.rank;
  if (!rank_options.levels) {
    rank_options.levels = default_levels();
  }
  // Scores that calibrate below the lowest level are not reported (rank): most entries share a
  // word or two with a proposal, and are spared the exp(). The margin keeps rounding out of it.
  const float reported = 0.999F * uncalibrate(rank_options.levels->low);
  for (float& s : scores) {
    s = s > 0 && s >= reported ? calibrate(s) : 0.0F;
  }
  lap(&StepTimes::score);

  const Entry* group = nullptr;
  const std::vector<Ranked> ranked = rank(m_corpus, scores, rank_options);
  // The entries whose text gave a match (a group and the child that is its best share one).
  std::vector<std::uint32_t> evidence;
  for (const Ranked& r : ranked) {
    if (std::find(evidence.begin(), evidence.end(), r.evidence) == evidence.end()) {
      evidence.push_back(static_cast<std::uint32_t>(r.evidence));
    }
  }
  std::vector<std::vector<Contribution>> explained =
      explain_entries(report.query, m_index, evidence, options.scoring);
  for (const Ranked& r : ranked) {
    Match m;
    m.entry = &m_corpus.entries[r.entry];
    m.score = r.score;
    m.level = r.level;
    m.child = r.child;
    m.evidence = &m_corpus.entries[r.evidence];
    m.evidence_score = scores[r.evidence];
    const NamedField named =
        named_field(report.query, m_index, static_cast<std::uint32_t>(r.evidence), options.scoring,
                    m_corpus.parents());
    m.heading_named = &m_corpus.entries[named.entry];
    m.heading_cover = named.cover;
    m.heading_factor = named.factor;
    for (std::size_t c : r.corroborating) {
      m.corroborating.emplace_back(&m_corpus.entries[c], scores[c]);
    }
    if (!r.child) {
      group = m.entry;
    } else {
      m.parent = group;
    }
    m.contributions = explained[static_cast<std::size_t>(
        std::find(evidence.begin(), evidence.end(), r.evidence) - evidence.begin())];
    if (auto l =
            std::lower_bound(lifted.begin(), lifted.end(), r.evidence,
                             [](const Lifted& a, std::size_t entry) { return a.entry < entry; });
        l != lifted.end() && l->entry == r.evidence) {
      SentenceMatch& sentence = m.sentence.emplace();
      sentence.raw = l->sentence.raw;
      sentence.weight = options.sentence_weight;
      sentence.whole = l->whole;
      for (const Contribution& c : m.contributions) {
        if (sentences.has(c.query_term, l->sentence.sentence)) {
          sentence.terms.push_back(c.query_term);
        }
      }
    }
    m.matched = matched_terms(report.query, m.contributions, options.matched_terms);
    m.excluded_share = excluded_share(report.query, m.contributions);
    if (m.excluded_share > 0) {
      // A topic the proposal leaves out is no sign of overlap: the level rests on the rest of the
      // evidence's raw score, and on the group's corroboration as it is.
      const float own = calibrate(raw[r.evidence] * (1.0F - m.excluded_share));
      m.level = level_of(own + (m.score - m.evidence_score), *rank_options.levels);
    }
    const std::vector<Contribution> covered = covered_parts(report.query, m.contributions);
    m.words = matched_words(report.query, covered);
    m.title_met = meets_title(covered);
    m.level = level_of_breadth(m.level, m.words, m.title_met);
    report.matches.push_back(std::move(m));
  }
  if (!options.keep_explanations) {
    for (Match& m : report.matches) {
      m.contributions = {};
    }
    report.query = {};
  }
  lap(&StepTimes::rank);
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
      if (!m.child && m.level != Level::low &&
          std::find(orgs.begin(), orgs.end(), org) != orgs.end()) {
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
