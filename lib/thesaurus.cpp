#include "thesaurus.h"

#include "capitals.h"
#include "error.h"
#include "text_util.h"
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

// The single-word keys of `terms`, in order.
std::vector<const Term*> words_of(const std::vector<Term>& terms) {
  std::vector<const Term*> out;
  for (const Term& t : terms) {
    if (!t.phrase) {
      out.push_back(&t);
    }
  }
  return out;
}

// Whether `text` has `word` as a word of its own, as written (case included), or its plural with a
// lower-case s ("EVs"; "AIS", air-insulated switchgear, is no plural of AI).
bool has_word(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    std::size_t end = at + word.size();
    end += end < text.size() && text[end] == 's' ? 1 : 0;
    if ((at == 0 || !ascii_alnum(text[at - 1])) &&
        (end == text.size() || !ascii_alnum(text[end]))) {
      return true;
    }
  }
  return false;
}

} // namespace

bool Thesaurus::is_acronym(std::string_view expression) {
  return is_capital_acronym(expression);
}

Thesaurus Thesaurus::load(const std::filesystem::path& file, const Analyzer& analyzer) {
  const YAML::Node doc = load_yaml_file(file);
  Thesaurus thesaurus;
  if (doc.IsNull()) {
    return thesaurus;
  }
  if (!doc.IsSequence()) {
    fail("expected a list of groups, each a list of equivalent expressions", doc, file);
  }
  for (const YAML::Node& group : doc) {
    if (!group.IsSequence() || group.size() < 2) {
      fail("a group must be a list of two or more expressions", group, file);
    }
    std::vector<std::string> expressions;
    for (const YAML::Node& item : group) {
      if (!item.IsScalar() || item.Scalar().empty()) {
        fail("an expression must be a non-empty string", item, file);
      }
      expressions.push_back(item.Scalar());
    }
    thesaurus.add_group(expressions, analyzer);
  }
  return thesaurus;
}

void Thesaurus::add_group(const std::vector<std::string>& expressions, const Analyzer& analyzer) {
  std::vector<Expression> group;
  for (const std::string& text : expressions) {
    Expression e{text, {}};
    for (const Term& t : analyzer.analyze(text)) {
      if (!t.phrase) {
        e.keys.push_back(t.key);
      }
    }
    if (!e.keys.empty()) {
      group.push_back(std::move(e));
    }
  }
  if (group.size() < 2) {
    return; // nothing left to relate, e.g. an expression made of stop words only
  }
  add_analyzed(std::move(group));
}

void Thesaurus::add_analyzed(std::vector<Expression> group) {
  const std::size_t g = m_groups.size();
  for (std::size_t i = 0; i < group.size(); ++i) {
    m_starts[group[i].keys.front()].emplace_back(g, i);
  }
  m_groups.push_back(std::move(group));
}

void Thesaurus::write(BinaryWriter& out) const {
  out.put(static_cast<std::uint32_t>(m_groups.size()));
  for (const auto& group : m_groups) {
    out.put(static_cast<std::uint32_t>(group.size()));
    for (const Expression& e : group) {
      out.put_string(e.text);
      out.put_strings(e.keys);
    }
  }
}

Thesaurus Thesaurus::read(BinaryReader& in) {
  Thesaurus thesaurus;
  const std::uint32_t groups = in.get_count(sizeof(std::uint32_t));
  for (std::uint32_t g = 0; g < groups; ++g) {
    std::vector<Expression> group(in.get_count(2 * sizeof(std::uint32_t)));
    for (Expression& e : group) {
      e.text = in.get_string();
      e.keys = in.get_strings();
      if (e.keys.empty()) {
        throw CorruptCache("thesaurus expression without keys");
      }
    }
    thesaurus.add_analyzed(std::move(group));
  }
  return thesaurus;
}

std::vector<Term> Thesaurus::expand(const std::vector<Term>& terms, const Analyzer& analyzer,
                                    float weight, std::optional<std::string_view> text) const {
  std::vector<Term> added;
  const std::vector<const Term*> words = words_of(terms);
  std::set<std::pair<std::size_t, std::size_t>> seen; // (group, position): expand once per place
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto it = m_starts.find(words[i]->key);
    if (it == m_starts.end()) {
      continue;
    }
    for (auto [g, e] : it->second) {
      const Expression& found = m_groups[g][e];
      bool matches = i + found.keys.size() <= words.size();
      for (std::size_t k = 1; matches && k < found.keys.size(); ++k) {
        matches =
            words[i + k]->key == found.keys[k] && words[i + k]->position == words[i]->position + k;
      }
      if (!matches || !seen.emplace(g, words[i]->position).second) {
        continue;
      }
      if (text && words[i]->via.empty() && is_acronym(found.text) && !has_word(*text, found.text)) {
        continue; // "start-ups" is no UPS
      }
      for (std::size_t other = 0; other < m_groups[g].size(); ++other) {
        if (other == e) {
          continue;
        }
        std::vector<Term> expression = analyze_expression(m_groups[g][other].text, analyzer);
        // An expression of several words stands for its concept as a whole: its phrases count,
        // not its words apart, which the proposal never wrote ("QR code" is no sign of the
        // "quick" couplers of earth-moving machinery, "IMT-2020" none of energy "generation").
        const bool several_words = !is_capital_acronym(m_groups[g][other].text) &&
                                   std::count_if(expression.begin(), expression.end(),
                                                 [](const Term& x) { return !x.phrase; }) > 1;
        for (Term t : expression) {
          if (several_words && !t.phrase) {
            continue;
          }
          t.position = words[i]->position;
          t.sentence = words[i]->sentence;
          t.weight = weight;
          t.via = found.text;
          t.rendering = static_cast<std::uint32_t>(other);
          t.alternative = true;
          added.push_back(std::move(t));
        }
      }
    }
  }
  return added;
}

} // namespace overlap
