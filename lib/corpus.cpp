#include "corpus.h"

#include "corpus_entry.h"
#include "error.h"
#include "yaml_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace overlap {

namespace {

std::vector<std::filesystem::path> corpus_files(const std::filesystem::path& root,
                                                std::filesystem::path& thesaurus,
                                                std::filesystem::path& glossary) {
  std::vector<std::filesystem::path> files = yaml_files_below(root, "corpus");
  if (!std::filesystem::is_directory(root)) {
    return files;
  }
  std::erase_if(files, [&](const std::filesystem::path& p) {
    if (p.stem() == "thesaurus") {
      thesaurus = p;
      return true;
    }
    if (p.stem() == "french") {
      glossary = p;
      return true;
    }
    return false;
  });
  if (files.empty()) {
    throw Error("no corpus files (*.yaml, *.yml) in this directory", root.string());
  }
  return files;
}

// Adds the entries of `doc`, the YAML of `file`, to `corpus`.
void add_entries(Corpus& corpus, const YAML::Node& doc, const std::string& file) {
  if (doc.IsNull()) {
    throw Error("the file holds no entries (expected a list of entries)", file);
  }
  if (!doc.IsSequence()) {
    throw Error("expected a list of entries", file, doc.Mark().line + 1, doc.Mark().column + 1);
  }
  if (doc.size() == 0) {
    throw Error("the list of entries is empty", file, doc.Mark().line + 1, doc.Mark().column + 1);
  }
  for (const YAML::Node& node : doc) {
    corpus.entries.push_back(parse_entry(node, file));
  }
}

void check_references(const Corpus& corpus) {
  for (const Entry& e : corpus.entries) {
    if (!e.parent.empty() && !corpus.find(e.parent)) {
      throw Error("entry '" + e.id + "' names unknown parent '" + e.parent + "'", e.file,
                  e.parent_at.line, e.parent_at.column);
    }
    if (!e.successor.empty() && !corpus.find(e.successor)) {
      throw Error("entry '" + e.id + "' names unknown successor '" + e.successor + "'", e.file,
                  e.successor_at.line, e.successor_at.column);
    }
  }
  for (const Entry& e : corpus.entries) {
    std::set<std::string> seen{e.id};
    for (const Entry* s = &e; !s->successor.empty();) { // only closed entries name one
      s = &corpus.entries[*corpus.find(s->successor)];
      if (!seen.insert(s->id).second) {
        throw Error("entry '" + e.id + "' is its own successor (cycle of successors)", e.file,
                    e.successor_at.line, e.successor_at.column);
      }
    }
  }
  for (const Entry& e : corpus.entries) {
    std::set<std::string> seen{e.id};
    for (const Entry* p = &e; !p->parent.empty();) {
      p = &corpus.entries[*corpus.find(p->parent)];
      if (!seen.insert(p->id).second) {
        throw Error("entry '" + e.id + "' is its own ancestor (cycle of parents)", e.file,
                    e.parent_at.line, e.parent_at.column);
      }
    }
  }
}

// Folds each imported entry (one with `source`) into the entry of the same id read before or
// after it; other repeated ids stay, for build_lookup to report.
void merge_imports(std::vector<Entry>& entries) {
  std::unordered_map<std::string, std::size_t> first;
  std::vector<Entry> out;
  out.reserve(entries.size());
  for (Entry& e : entries) {
    auto [it, fresh] = first.emplace(e.id, out.size());
    if (fresh) {
      out.push_back(std::move(e));
      continue;
    }
    Entry& kept = out[it->second];
    if (!e.source.empty()) {
      merge_imported(kept, e);
    } else if (!kept.source.empty()) {
      Entry imported = std::move(kept);
      kept = std::move(e);
      merge_imported(kept, imported);
    } else {
      out.push_back(std::move(e));
    }
  }
  entries = std::move(out);
}

} // namespace

void merge_imported(Entry& entry, const Entry& imported) {
  entry.title = imported.title;
  if (!imported.scope.empty()) {
    entry.scope = imported.scope;
  }
  if (entry.keywords.empty()) {
    entry.keywords = imported.keywords;
  }
  if (!imported.url.empty()) {
    entry.url = imported.url;
  }
  entry.source = imported.source;
  entry.liaisons = imported.liaisons;
  for (const std::string& alias : imported.aliases) {
    if (alias != entry.id &&
        std::find(entry.aliases.begin(), entry.aliases.end(), alias) == entry.aliases.end()) {
      entry.aliases.push_back(alias);
    }
  }
}

bool is_known_org(std::string_view org) {
  return org == "ISO" || org == "IEC" || org == "ITU-T";
}

std::optional<std::size_t> Corpus::find(std::string_view id) const {
  auto it = m_by_id.find(std::string(id));
  if (it == m_by_id.end()) {
    return std::nullopt;
  }
  return it->second;
}

void Corpus::build_lookup() {
  m_by_id.clear();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    if (auto [it, fresh] = m_by_id.emplace(e.id, i); !fresh) {
      const Entry& first = entries[it->second];
      throw Error("duplicate id '" + e.id + "' (first at " + first.file + ":" +
                      std::to_string(first.line) + ":" + std::to_string(first.column) + ")",
                  e.file, e.line, e.column);
    }
  }
  m_parents.assign(entries.size(), npos);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (auto it = m_by_id.find(entries[i].parent); it != m_by_id.end()) {
      m_parents[i] = it->second; // unknown parents stay npos; load_corpus reports them
    }
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    for (const std::string& alias : entries[i].aliases) {
      auto [it, fresh] = m_by_id.emplace(alias, i);
      if (!fresh && it->second != i) {
        throw Error("alias '" + alias + "' of '" + entries[i].id +
                        "' is already the id or alias of '" + entries[it->second].id + "'",
                    entries[i].file, entries[i].line, entries[i].column);
      }
    }
  }
  // Each entry's current(), followed once here: ranking asks it of every scored entry. An
  // unknown successor or a cycle (load_corpus reports both; a damaged cache may hold them) ends
  // the walk.
  m_current.resize(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    std::size_t at = i;
    for (std::size_t steps = 0;
         steps < entries.size() && !entries[at].active && !entries[at].successor.empty(); ++steps) {
      const auto it = m_by_id.find(entries[at].successor);
      if (it == m_by_id.end()) {
        break;
      }
      at = it->second;
    }
    m_current[i] = at;
  }
  // Each entry's group(), for the same reason; a cycle of parents (refused by load_corpus) ends
  // the walk.
  m_groups.resize(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    std::size_t at = i;
    for (std::size_t steps = 0;
         steps < entries.size() && m_parents[at] != npos && entries[m_parents[at]].kind != "JTC";
         ++steps) {
      at = m_parents[at];
    }
    m_groups[i] = at;
  }
}

CorpusFiles list_corpus_files(const std::vector<std::filesystem::path>& paths) {
  CorpusFiles out;
  for (const auto& root : paths) {
    std::filesystem::path thesaurus;
    std::filesystem::path glossary;
    for (auto& file : corpus_files(root, thesaurus, glossary)) {
      out.files.push_back(std::move(file));
    }
    if (!thesaurus.empty()) {
      out.thesaurus = thesaurus; // the last root's thesaurus wins
    }
    if (!glossary.empty()) {
      out.glossary = glossary; // and its glossary
    }
  }
  return out;
}

Corpus load_corpus(const std::vector<std::filesystem::path>& paths) {
  Corpus corpus;
  std::string where; // the paths, for the message about an empty corpus
  for (const auto& root : paths) {
    where += (where.empty() ? "" : ", ") + root.string();
  }
  const CorpusFiles listed = list_corpus_files(paths);
  corpus.thesaurus_file = listed.thesaurus;
  corpus.glossary_file = listed.glossary;
  for (const auto& file : listed.files) {
    add_entries(corpus, load_yaml_file(file), file.string());
    corpus.files.push_back(file);
  }
  if (corpus.entries.empty()) {
    throw Error("the corpus has no entries", where);
  }
  merge_imports(corpus.entries);
  corpus.build_lookup();
  check_references(corpus);
  return corpus;
}

Corpus corpus_from_yaml(std::string_view text, const std::string& file) {
  Corpus corpus;
  add_entries(corpus, parse_yaml(text, file), file);
  corpus.files.emplace_back(file);
  corpus.build_lookup();
  check_references(corpus);
  return corpus;
}

} // namespace overlap
