#include "format.h"

#include "evidence_explain.h"
#include "format_stream.h"
#include "json_writer.h"
#include "text_util.h"

#include <algorithm>
#include <cstdio>

namespace overlap {

namespace {

// How the proposal wrote the terms of the sentence that scored a match.
std::vector<std::string> sentence_terms(const Report& report, const SentenceMatch& sentence) {
  std::vector<std::string> out;
  for (std::size_t t : sentence.terms) {
    out.push_back(report.query.terms[t].surface);
  }
  return out;
}

std::string pad(std::string s, std::size_t width) {
  // Ids are ASCII; pad by bytes.
  if (s.size() < width) {
    s.append(width - s.size(), ' ');
  }
  return s;
}

std::string org_label(const Entry& e) {
  return join(e.orgs, "/");
}

bool has_liaison(const Entry& a, const Entry& b) {
  return std::find(a.liaisons.begin(), a.liaisons.end(), b.id) != a.liaisons.end();
}

std::string year_text(int year) {
  return year > 0 ? std::to_string(year) : "n.d.";
}

void explain_text(std::string& out, const Report& report, const Match& m, const char* indent,
                  const FormatOptions& options) {
  if (m.evidence != m.entry) {
    out += indent;
    out += "evidence from " + m.evidence->id + "\n";
  }
  if (level_of_breadth(Level::high, m.words, m.title_met) == Level::low) {
    out += indent;
    out += "rests on one word of the proposal, not in the title: level at most low\n";
  }
  if (m.excluded_share > 0) {
    out += indent;
    out += fixed(100.0 * m.excluded_share, 0) +
           "% of the raw score comes from terms the proposal names only where it says what it "
           "leaves out (marked excluded): the level rests on the rest\n";
  }
  if (!m.corroborating.empty()) {
    std::vector<std::string> others;
    for (const auto& [entry, score] : m.corroborating) {
      others.push_back(entry->id + " " + fixed(score, 2));
    }
    out += indent;
    out += "corroborated by " + join(others, ", ") + ": score " + fixed(m.evidence_score, 2) +
           " from the terms below + " + fixed(m.score - m.evidence_score, 2) + "\n";
  }
  if (options.evidence != nullptr) {
    for (const EvidenceHit& hit :
         evidence_hits(options.evidence->of(m.evidence->id), report.query)) {
      const EvidenceDocument& doc = *hit.document;
      std::string year = year_text(doc.year);
      out += indent;
      out += "document " + doc.id +
             (doc.id.find(year) == std::string::npos ? " (" + year + ")" : "") + ": " + doc.title +
             "  [" + join(hit.terms, ", ") + "]\n";
    }
  }
  float raw = 0;
  for (const Contribution& c : m.contributions) {
    raw += c.value;
  }
  const char* const formula = "score = 1 - exp(-raw / 0.144)";
  if (m.sentence) {
    out += indent;
    out += "raw score " + fixed(m.sentence->weight * m.sentence->raw, 3) +
           " from one sentence of the proposal, scored alone: " + fixed(m.sentence->weight, 2) +
           " x " + fixed(m.sentence->raw, 3) + " [" +
           join(sentence_terms(report, *m.sentence), ", ") + "], more than the whole text's " +
           fixed(m.sentence->whole, 3) + "; " + formula + "\n";
    out += indent;
    out += "whole text: ";
  } else {
    out += indent;
  }
  const std::string ends = m.sentence ? std::string(")\n") : std::string("; ") + formula + ")\n";
  if (m.heading_factor > 1.0F) {
    out += "raw score " + fixed(raw * m.heading_factor, 3) + " (the sum of the terms below, " +
           fixed(raw, 3) + ", x " + fixed(m.heading_factor, 2) + " as the title opens with \"" +
           report.query.heading.text + "\", cover " + fixed(m.heading_cover, 2) + " of " +
           (m.heading_named == m.entry || m.heading_named == nullptr
                ? std::string("this group's title")
                : "the title of " + m.heading_named->id) +
           ends;
  } else {
    out += "raw score " + fixed(raw, 3) + " (the sum of the terms below" + ends;
  }
  for (const Contribution& c : m.contributions) {
    const QueryTerm& qt = report.query.terms[c.query_term];
    std::vector<std::string> fields;
    for (std::size_t f = 0; f < field_count; ++f) {
      if (c.by_field[f] > 0) {
        fields.push_back(std::string(field_name(static_cast<Field>(f))) + " " +
                         fixed(c.by_field[f], 3));
      }
    }
    out += indent;
    out += "+" + fixed(c.value, 3) + "  " + qt.surface + "  (" + join(fields, ", ") + ")" +
           (qt.excluded ? "  excluded" : "") + "\n";
  }
}

} // namespace

std::vector<std::string> report_liaisons(const Report& report, const Match& match) {
  std::vector<std::string> out;
  // Liaisons come only with imported entries: most reports have none, and need no pairing.
  if (match.entry->liaisons.empty() &&
      std::none_of(report.matches.begin(), report.matches.end(),
                   [](const Match& m) { return !m.entry->liaisons.empty(); })) {
    return out;
  }
  for (const Match& other : report.matches) {
    if (other.entry == match.entry ||
        std::find(out.begin(), out.end(), other.entry->id) != out.end()) {
      continue;
    }
    if (has_liaison(*match.entry, *other.entry) || has_liaison(*other.entry, *match.entry)) {
      out.push_back(other.entry->id);
    }
  }
  return out;
}

std::string format_text(const Report& report, const FormatOptions& options) {
  std::string out = "Proposal: " + report.name();
  if (report.from) {
    out += " (from " + *report.from + ")";
  }
  if (!report.id.empty()) {
    out += "\nTitle: " + report.title;
  }
  out += "\n\n";
  if (report.matches.empty()) {
    out += "No group of the corpus matches this text.\n";
  } else {
    out += "  #  " + pad("Group", 24) + " " + pad("Org", 8) + "Score  Level   Title\n";
  }
  int rank = 0;
  for (const Match& m : report.matches) {
    std::string lead = m.child ? "     - " : "";
    if (!m.child) {
      char number[16];
      std::snprintf(number, sizeof number, "%3d  ", ++rank);
      lead = number;
    }
    out += lead + pad(m.entry->id, m.child ? 22 : 24) + " " + pad(org_label(*m.entry), 8) +
           fixed(m.score, 2) + "   " + pad(level_name(m.level), 8) + m.entry->title + "\n";
    const char* indent = m.child ? "         " : "       ";
    if (!m.matched.empty()) {
      out += indent;
      out += "matched: " + join(m.matched, ", ") + "\n";
    }
    if (m.accepted) {
      out += indent;
      out += "accepted: " + *m.accepted + "\n";
    }
    if (auto liaisons = report_liaisons(report, m); !liaisons.empty()) {
      out += indent;
      out += "liaisons: " + join(liaisons, ", ") + "\n";
    }
    if (options.explain) {
      explain_text(out, report, m, indent, options);
    }
  }
  std::vector<std::string> orgs;
  for (const auto& [org, ids] : report.partners()) {
    orgs.push_back(org);
  }
  out += "\nRelevant work in partner organizations: ";
  out += orgs.empty() ? "none found" : join(orgs, ", ");
  out += "\n";
  return out;
}

namespace {

void write_documents(JsonWriter& json, const std::vector<EvidenceHit>& hits) {
  json.key("documents").begin_array();
  for (const EvidenceHit& hit : hits) {
    json.begin_object();
    json.key("id").value(hit.document->id);
    json.key("year");
    if (hit.document->year > 0) {
      json.value(static_cast<long long>(hit.document->year));
    } else {
      json.null();
    }
    json.key("title").value(hit.document->title);
    json.key("terms").string_array(hit.terms);
    json.end_object();
  }
  json.end_array();
}

} // namespace

void write_report_json(JsonWriter& json, const Report& report, const FormatOptions& options) {
  json.begin_object();
  json.key("input").value(report.input);
  if (!report.id.empty()) {
    json.key("id").value(report.id);
    json.key("title").value(report.title);
    if (!report.url.empty()) {
      json.key("url").value(report.url);
    }
  }
  json.key("from");
  if (report.from) {
    json.value(*report.from);
  } else {
    json.null();
  }
  json.key("matches").begin_array();
  for (const Match& m : report.matches) {
    json.begin_object();
    json.key("id").value(m.entry->id);
    json.key("org").string_array(m.entry->orgs);
    json.key("kind").value(m.entry->kind);
    json.key("title").value(m.entry->title);
    json.key("score").value(static_cast<double>(m.score));
    json.key("level").value(level_name(m.level));
    json.key("parent");
    if (m.entry->parent.empty()) {
      json.null();
    } else {
      json.value(m.entry->parent);
    }
    json.key("matched").string_array(m.matched);
    if (m.accepted) {
      json.key("accepted").value(*m.accepted);
    }
    if (auto liaisons = report_liaisons(report, m); !liaisons.empty()) {
      json.key("liaisons").string_array(liaisons);
    }
    if (options.explain) {
      json.key("evidence").value(m.evidence->id);
      json.key("words").value(static_cast<double>(m.words));
      json.key("excluded_share").value(static_cast<double>(m.excluded_share));
      if (!m.corroborating.empty()) {
        json.key("evidence_score").value(static_cast<double>(m.evidence_score));
        json.key("corroborated_by").begin_array();
        for (const auto& [entry, score] : m.corroborating) {
          json.begin_object().key("id").value(entry->id);
          json.key("score").value(static_cast<double>(score)).end_object();
        }
        json.end_array();
      }
      if (m.heading_factor > 1.0F) {
        json.key("heading").begin_object().key("text").value(report.query.heading.text);
        json.key("cover").value(static_cast<double>(m.heading_cover));
        json.key("factor").value(static_cast<double>(m.heading_factor));
        if (m.heading_named != nullptr) {
          json.key("title_of").value(m.heading_named->id);
        }
        json.end_object();
      }
      if (m.sentence) {
        json.key("sentence").begin_object();
        json.key("raw").value(static_cast<double>(m.sentence->raw));
        json.key("weight").value(static_cast<double>(m.sentence->weight));
        json.key("whole").value(static_cast<double>(m.sentence->whole));
        json.key("terms").string_array(sentence_terms(report, *m.sentence));
        json.end_object();
      }
      if (options.evidence != nullptr) {
        write_documents(json, evidence_hits(options.evidence->of(m.evidence->id), report.query));
      }
      json.key("explain").begin_array();
      for (const Contribution& c : m.contributions) {
        const QueryTerm& qt = report.query.terms[c.query_term];
        json.begin_object();
        json.key("term").value(qt.surface);
        json.key("phrase").value(qt.phrase);
        json.key("excluded").value(qt.excluded);
        json.key("contribution").value(static_cast<double>(c.value));
        json.key("fields").begin_object();
        for (std::size_t f = 0; f < field_count; ++f) {
          if (c.by_field[f] > 0) {
            json.key(field_name(static_cast<Field>(f))).value(static_cast<double>(c.by_field[f]));
          }
        }
        json.end_object();
        json.end_object();
      }
      json.end_array();
    }
    json.end_object();
  }
  json.end_array();
  json.key("partners").begin_object();
  for (const auto& [org, ids] : report.partners()) {
    json.key(org).string_array(ids);
  }
  json.end_object();
  json.end_object();
}

std::string format_json(const Report& report, const FormatOptions& options) {
  JsonWriter json;
  write_report_json(json, report, options);
  return json.str() + "\n";
}

std::string format_jsonl(const std::vector<Report>& reports, const FormatOptions& options) {
  std::string out;
  for (const Report& r : reports) {
    out += format_json(r, options);
  }
  return out;
}

std::optional<Format> parse_format(std::string_view name) {
  static constexpr std::pair<const char*, Format> formats[] = {
      {"text", Format::text}, {"json", Format::json},         {"jsonl", Format::jsonl},
      {"csv", Format::csv},   {"markdown", Format::markdown}, {"sarif", Format::sarif}};
  for (const auto& [format_name, format] : formats) {
    if (name == format_name) {
      return format;
    }
  }
  return std::nullopt;
}

std::string format_reports(const std::vector<Report>& reports, Format format,
                           const FormatOptions& options) {
  FormatOptions own = options;
  own.list = own.list || reports.size() != 1; // JSON: several reports, or none, make an array
  ReportStream stream(format, own);
  std::string out = stream.head();
  out += stream.body(reports);
  return out + stream.tail();
}

} // namespace overlap
