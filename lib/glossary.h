#pragma once

#include "analyzer.h"
#include "binary_io.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace overlap {

// French words and expressions of standards texts with their English (corpus/french.yaml), so
// that a French proposal meets the English corpus where look-alikes (see cognates.h) fail
// ("ascenseur": lift, "foudre": lightning) or mislead ("sécurité": safety before security,
// "commande": control).
class Glossary {
public:
  // A French expression as written, the keys of its words in order (french_inflection_key: a
  // word's inflections match, its derivations do not), and its English.
  struct Entry {
    std::string french;
    std::vector<std::string> keys;
    std::vector<std::string> english; // the usual translation first
  };

  Glossary() = default;

  // Reads corpus/french.yaml: a mapping of French expressions to lists of English ones. Throws
  // overlap::Error as `file:line:col: message` when it is malformed.
  static Glossary load(const std::filesystem::path& file, const Analyzer& analyzer);

  // Adds `french` with its `english` (at least one); false, adding nothing, when `french` is only
  // stop words or `english` is empty.
  [[nodiscard]] bool add(const std::string& french, std::vector<std::string> english,
                         const Analyzer& analyzer);

  std::size_t size() const { return m_entries.size(); }

  // Writes the analyzed entries to `out`; read() restores them (for the compiled-corpus cache).
  void write(BinaryWriter& out) const;
  static Glossary read(BinaryReader& in);

  struct Translation {
    std::vector<Term> terms;              // the English terms
    std::vector<std::uint32_t> positions; // the positions of the French words translated
  };
  // For the French `terms` of a proposal, each glossary expression found (the longest where
  // several start at a word): the terms of its first English expression with weight `weight`,
  // and those of the others as alternatives (Term::alternative), all `via` the French.
  Translation translate(const std::vector<Term>& terms, const Analyzer& analyzer,
                        float weight) const;

private:
  void add_analyzed(Entry entry);

  std::vector<Entry> m_entries;
  // First key of an expression -> its entries, longest first.
  std::unordered_map<std::string, std::vector<std::size_t>> m_starts;
};

} // namespace overlap
