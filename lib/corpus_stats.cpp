#include "corpus_stats.h"

#include "analyzer.h"
#include "glossary.h"
#include "thesaurus.h"

#include <map>

namespace overlap {

namespace {

// "1 file", "28 files", "1 entry", "394 entries".
std::string count_of(std::size_t n, const std::string& one, const std::string& many = "") {
  return std::to_string(n) + " " + (n == 1 ? one : many.empty() ? one + "s" : many);
}

} // namespace

std::size_t word_count(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) {
      ++words;
    }
    in_word = !space;
  }
  return words;
}

std::string corpus_stats(const Corpus& corpus) {
  std::map<std::string, std::size_t> by_org;
  std::map<std::string, std::size_t> by_kind;
  std::map<std::string, std::size_t> by_status;
  std::string flagged;
  std::size_t flagged_count = 0;
  for (const Entry& e : corpus.entries) {
    for (const std::string& org : e.orgs) {
      ++by_org[org];
    }
    ++by_kind[e.kind];
    ++by_status[e.active ? "active" : "closed"];
    std::size_t words = word_count(e.scope);
    std::string problems;
    if (words < min_scope_words || words > max_scope_words) {
      problems += " scope has " + std::to_string(words) + " words;";
    }
    if (e.keywords.size() < min_keywords) {
      problems += " " + std::to_string(e.keywords.size()) + " keywords;";
    }
    if (!problems.empty()) {
      problems.pop_back();
      flagged += "  " + e.file + ":" + std::to_string(e.line) + ": " + e.id + ":" + problems + "\n";
      ++flagged_count;
    }
  }
  auto table = [](const char* title, const std::map<std::string, std::size_t>& counts) {
    std::string out = std::string(title) + ":\n";
    for (const auto& [name, n] : counts) {
      out += "  " + name + std::string(name.size() < 12 ? 12 - name.size() : 1, ' ') +
             std::to_string(n) + "\n";
    }
    return out;
  };
  std::string out = "entries: " + std::to_string(corpus.entries.size()) + " in " +
                    count_of(corpus.files.size(), "file") + "\n";
  out += table("by organization (joint groups count under each)", by_org);
  out += table("by kind", by_kind);
  out += table("by status", by_status);
  out +=
      "entries below the bar (scope 40-120 words, 8+ keywords): " + std::to_string(flagged_count) +
      "\n" + flagged;
  return out;
}

std::string corpus_listing(const Corpus& corpus) {
  auto join = [](const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& item : items) {
      out += (out.empty() ? "" : separator) + item;
    }
    return out;
  };
  std::string out;
  for (const Entry& e : corpus.entries) {
    out += e.id + "\t" + join(e.orgs, ",") + "\t" + e.kind + "\t" +
           (e.active ? "active" : "closed") + "\t" + e.parent + "\t" + join(e.aliases, " | ") +
           "\n";
  }
  return out;
}

std::string corpus_validation(const Corpus& corpus) {
  std::string out = "corpus OK: " + count_of(corpus.entries.size(), "entry", "entries") + " in " +
                    count_of(corpus.files.size(), "file");
  const Analyzer analyzer;
  if (!corpus.thesaurus_file.empty()) {
    out += ", a thesaurus of " +
           count_of(Thesaurus::load(corpus.thesaurus_file, analyzer).size(), "group");
  }
  if (!corpus.glossary_file.empty()) {
    out += ", a French glossary of " +
           count_of(Glossary::load(corpus.glossary_file, analyzer).size(), "entry", "entries");
  }
  return out + "\n";
}

} // namespace overlap
