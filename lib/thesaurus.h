#pragma once

#include "analyzer.h"
#include "binary_io.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace overlap {

// Groups of equivalent expressions (acronyms and their expansions, synonyms), used both ways: when
// a proposal contains one expression of a group, the terms of the others are added to its query.
class Thesaurus {
public:
  // An expression as written, and the keys of its words in order.
  struct Expression {
    std::string text;
    std::vector<std::string> keys;
  };

  Thesaurus() = default;

  // Reads corpus/thesaurus.yaml: a list of groups, each a list of two or more strings. Throws
  // overlap::Error as `file:line:col: message` when it is malformed.
  static Thesaurus load(const std::filesystem::path& file, const Analyzer& analyzer);

  // Adds the group of `expressions` (at least two) to the thesaurus.
  void add_group(const std::vector<std::string>& expressions, const Analyzer& analyzer);

  std::size_t size() const { return m_groups.size(); }

  // Writes the analyzed groups to `out`; read() restores them (for the compiled-corpus cache).
  void write(BinaryWriter& out) const;
  static Thesaurus read(BinaryReader& in);

  // The terms that `terms` (an analyzed proposal) gains through the thesaurus: for each occurrence
  // of an expression, the terms of every other expression of its group, with weight `weight`.
  // An acronym written in capitals in the thesaurus (UPS, LED, HEMP: see is_acronym) is also a
  // word in lower case (start-ups, led to, hemp), so the proposal's own word counts as the acronym
  // only when `text`, the proposal, writes it in capitals somewhere; without `text`, always.
  std::vector<Term> expand(const std::vector<Term>& terms, const Analyzer& analyzer, float weight,
                           std::optional<std::string_view> text = std::nullopt) const;

  // Whether `expression` is an acronym that a text must write in capitals: two to six capital
  // letters (not digits: "CO₂" folds to "co2", so its capitals cannot be checked in the text).
  static bool is_acronym(std::string_view expression);

private:
  void add_analyzed(std::vector<Expression> group);

  std::vector<std::vector<Expression>> m_groups;
  // First key of an expression -> (group, expression) pairs that start with it.
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> m_starts;
};

} // namespace overlap
