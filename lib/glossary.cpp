#include "glossary.h"

#include "capitals.h"
#include "error.h"
#include "french_inflection.h"
#include "yaml_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

namespace overlap {

namespace {

[[noreturn]] void fail(const std::string& message, const YAML::Node& at,
                       const std::filesystem::path& file) {
  throw Error(message, file.string(), at.Mark().line + 1, at.Mark().column + 1);
}

} // namespace

Glossary Glossary::load(const std::filesystem::path& file, const Analyzer& analyzer) {
  const YAML::Node doc = load_yaml_file(file);
  Glossary glossary;
  if (doc.IsNull()) {
    return glossary;
  }
  if (!doc.IsMap()) {
    fail("expected a mapping of French expressions to lists of English ones", doc, file);
  }
  std::set<std::string> seen;
  for (const auto& item : doc) {
    const YAML::Node& french = item.first;
    const YAML::Node& english = item.second;
    if (!french.IsScalar() || french.Scalar().empty()) {
      fail("a French expression must be a non-empty string", french, file);
    }
    if (!seen.insert(french.Scalar()).second) {
      fail("'" + french.Scalar() + "' is listed twice", french, file);
    }
    if (!english.IsSequence() || english.size() == 0) {
      fail("expected a list of one or more English expressions", english, file);
    }
    std::vector<std::string> translations;
    for (const YAML::Node& e : english) {
      if (!e.IsScalar() || e.Scalar().empty()) {
        fail("an English expression must be a non-empty string", e, file);
      }
      translations.push_back(e.Scalar());
    }
    if (!glossary.add(french.Scalar(), std::move(translations), analyzer)) {
      fail("'" + french.Scalar() + "' is only stop words, so it can never match", french, file);
    }
  }
  return glossary;
}

bool Glossary::add(const std::string& french, std::vector<std::string> english,
                   const Analyzer& analyzer) {
  Entry entry{french, {}, std::move(english)};
  for (const Term& t : analyzer.analyze(french, Language::french)) {
    if (!t.phrase) {
      entry.keys.push_back(french_inflection_key(t.surface));
    }
  }
  if (entry.keys.empty() || entry.english.empty()) {
    return false;
  }
  add_analyzed(std::move(entry));
  return true;
}

void Glossary::add_analyzed(Entry entry) {
  std::vector<std::size_t>& starting = m_starts[entry.keys.front()];
  starting.push_back(m_entries.size());
  m_entries.push_back(std::move(entry));
  std::stable_sort(starting.begin(), starting.end(), [&](std::size_t a, std::size_t b) {
    return m_entries[a].keys.size() > m_entries[b].keys.size();
  });
}

void Glossary::write(BinaryWriter& out) const {
  out.put(static_cast<std::uint32_t>(m_entries.size()));
  for (const Entry& e : m_entries) {
    out.put_string(e.french);
    out.put_strings(e.keys);
    out.put_strings(e.english);
  }
}

Glossary Glossary::read(BinaryReader& in) {
  Glossary glossary;
  const std::uint32_t count = in.get_count(3 * sizeof(std::uint32_t));
  for (std::uint32_t i = 0; i < count; ++i) {
    Entry e;
    e.french = in.get_string();
    e.keys = in.get_strings();
    e.english = in.get_strings();
    if (e.keys.empty() || e.english.empty()) {
      throw CorruptCache("glossary entry without keys or English");
    }
    glossary.add_analyzed(std::move(e));
  }
  return glossary;
}

Glossary::Translation Glossary::translate(const std::vector<Term>& terms, const Analyzer& analyzer,
                                          float weight) const {
  Translation out;
  std::vector<const Term*> words;
  std::vector<std::string> keys; // of `words`: inflection only, as the entries' (see add)
  for (const Term& t : terms) {
    if (!t.phrase) {
      words.push_back(&t);
      keys.push_back(french_inflection_key(t.surface));
    }
  }
  for (std::size_t i = 0; i < words.size();) {
    std::size_t matched = 0; // words translated from i on
    auto it = m_starts.find(keys[i]);
    for (std::size_t index : it == m_starts.end() ? std::vector<std::size_t>{} : it->second) {
      const Entry& entry = m_entries[index];
      bool matches = i + entry.keys.size() <= words.size();
      for (std::size_t k = 1; matches && k < entry.keys.size(); ++k) {
        matches = keys[i + k] == entry.keys[k] && words[i + k]->position == words[i]->position + k;
      }
      if (!matches) {
        continue;
      }
      for (std::size_t e = 0; e < entry.english.size(); ++e) {
        for (Term t : analyze_expression(entry.english[e], analyzer)) {
          t.position = words[i]->position;
          t.sentence = words[i]->sentence;
          t.weight = weight;
          t.via = entry.french;
          t.rendering = static_cast<std::uint32_t>(e);
          // Another word for the same, or an acronym's capital twin: no more to match.
          t.alternative = e > 0 || is_capital_key(t.key);
          out.terms.push_back(std::move(t));
        }
      }
      for (std::size_t k = 0; k < entry.keys.size(); ++k) {
        out.positions.push_back(words[i]->position + static_cast<std::uint32_t>(k));
      }
      matched = entry.keys.size();
      break; // the longest expression that starts here
    }
    i += std::max<std::size_t>(matched, 1); // a word is translated once
  }
  return out;
}

} // namespace overlap
