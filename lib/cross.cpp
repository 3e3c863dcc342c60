#include "cross.h"

#include "csv.h"
#include "error.h"
#include "exclusions.h"
#include "json_writer.h"
#include "parallel.h"
#include "text_util.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace overlap {

namespace {

// A proposal as a vector of weighted terms.
struct TermVector {
  std::unordered_map<std::uint32_t, float> weights; // term id -> weight * idf
  std::unordered_map<std::uint32_t, std::string> surfaces;
  float norm = 0;
};

TermVector term_vector(const Checker& checker, const Proposal& p, const CheckOptions& options) {
  // What a proposal leaves out is no topic of it: two proposals that both exclude medical devices
  // share no topic by that.
  const std::optional<std::string> covered = without_exclusions(p.text);
  const Query query = build_query(checker.terms(covered ? *covered : p.text, options),
                                  checker.index(), options.query);
  TermVector v;
  for (const QueryTerm& t : query.terms) {
    const float w = t.weight * checker.index().idf(t.term);
    v.weights[t.term] += w;
    v.surfaces.emplace(t.term, t.surface);
  }
  for (const auto& [term, w] : v.weights) {
    v.norm += w * w;
  }
  v.norm = std::sqrt(v.norm);
  return v;
}

CrossPair compare(const TermVector& a, const TermVector& b, const CrossOptions& cross) {
  CrossPair pair;
  if (a.norm == 0 || b.norm == 0) {
    return pair;
  }
  std::vector<std::pair<float, std::uint32_t>> parts;
  float dot = 0;
  for (const auto& [term, w] : a.weights) {
    if (auto it = b.weights.find(term); it != b.weights.end()) {
      dot += w * it->second;
      parts.emplace_back(w * it->second, term);
    }
  }
  pair.score = dot / (a.norm * b.norm);
  std::sort(parts.begin(), parts.end(), [&](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first
                              : a.surfaces.at(x.second) < a.surfaces.at(y.second);
  });
  for (const auto& [value, term] : parts) {
    if (pair.shared.size() == cross.shared_terms) {
      break;
    }
    const std::string& surface = a.surfaces.at(term);
    if (std::find(pair.shared.begin(), pair.shared.end(), surface) == pair.shared.end()) {
      pair.shared.push_back(surface);
    }
  }
  return pair;
}

void write_side(JsonWriter& json, const char* key, const Proposal& p) {
  json.key(key).begin_object();
  json.key("id").value(p.name());
  json.key("from").value(p.from.value_or(""));
  json.key("title").value(p.title);
  json.end_object();
}

void write_pair(JsonWriter& json, const std::vector<Proposal>& proposals, const CrossPair& pair) {
  json.begin_object();
  write_side(json, "a", proposals[pair.first]);
  write_side(json, "b", proposals[pair.second]);
  json.key("score").value(static_cast<double>(pair.score));
  json.key("shared").string_array(pair.shared);
  json.end_object();
}

} // namespace

std::vector<CrossPair> cross_pairs(const Checker& checker, const std::vector<Proposal>& proposals,
                                   const CheckOptions& options, const CrossOptions& cross,
                                   std::size_t jobs) {
  const std::function<TermVector(std::size_t)> work = [&](std::size_t i) {
    return term_vector(checker, proposals[i], options);
  };
  const std::vector<TermVector> vectors = parallel_map<TermVector>(proposals.size(), jobs, work);
  std::vector<CrossPair> pairs;
  for (std::size_t i = 0; i < proposals.size(); ++i) {
    for (std::size_t j = i + 1; j < proposals.size(); ++j) {
      if (proposals[i].from == proposals[j].from) {
        continue;
      }
      CrossPair pair = compare(vectors[i], vectors[j], cross);
      if (pair.score >= cross.threshold && pair.score > 0) {
        pair.first = i;
        pair.second = j;
        pairs.push_back(std::move(pair));
      }
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const CrossPair& x, const CrossPair& y) { return x.score > y.score; });
  return pairs;
}

std::string format_cross(const std::string& input, const std::vector<Proposal>& proposals,
                         const std::vector<CrossPair>& pairs, const CrossOptions& cross,
                         Format format) {
  std::string out;
  switch (format) {
  case Format::json: {
    JsonWriter json;
    json.begin_object();
    json.key("input").value(input);
    json.key("threshold").value(static_cast<double>(cross.threshold));
    json.key("pairs").begin_array();
    for (const CrossPair& pair : pairs) {
      write_pair(json, proposals, pair);
    }
    json.end_array().end_object();
    return json.str() + "\n";
  }
  case Format::jsonl:
    for (const CrossPair& pair : pairs) {
      JsonWriter json;
      write_pair(json, proposals, pair);
      out += json.str() + "\n";
    }
    return out;
  case Format::csv:
    out = csv_row({"a", "a_from", "b", "b_from", "score", "shared"});
    for (const CrossPair& pair : pairs) {
      const Proposal& a = proposals[pair.first];
      const Proposal& b = proposals[pair.second];
      out += csv_row({a.name(), a.from.value_or(""), b.name(), b.from.value_or(""),
                      json_number(static_cast<double>(pair.score)), join(pair.shared, "; ")});
    }
    return out;
  case Format::markdown:
    out = "| Proposal | Proposal | Score | Shared terms |\n| --- | --- | --- | --- |\n";
    for (const CrossPair& pair : pairs) {
      const Proposal& a = proposals[pair.first];
      const Proposal& b = proposals[pair.second];
      out += "| " + markdown_cell(a.from.value_or("-") + " " + a.name() + ": " + a.title) + " | " +
             markdown_cell(b.from.value_or("-") + " " + b.name() + ": " + b.title) + " | " +
             fixed(pair.score, 2) + " | " + markdown_cell(join(pair.shared, ", ")) + " |\n";
    }
    return out;
  case Format::sarif:
    throw Error(
        "--format sarif is for proposals, not for cross (use text, json, jsonl, csv or markdown)");
  case Format::text:
    break;
  }
  out = "Proposals of " + input + " on the same topic across organizations (score " +
        fixed(cross.threshold, 2) + " or above): " + std::to_string(pairs.size()) + " pair" +
        (pairs.size() == 1 ? "" : "s") + "\n";
  for (const CrossPair& pair : pairs) {
    const Proposal& a = proposals[pair.first];
    const Proposal& b = proposals[pair.second];
    out += "\n" + fixed(pair.score, 2) + "  " + a.name() + " (" + a.from.value_or("-") + ") " +
           a.title + "\n";
    out += "      " + b.name() + " (" + b.from.value_or("-") + ") " + b.title + "\n";
    out += "      shared: " + join(pair.shared, ", ") + "\n";
  }
  return out;
}

} // namespace overlap
