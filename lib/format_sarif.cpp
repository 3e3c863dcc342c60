#include "format.h"
#include "gate.h"
#include "json_writer.h"
#include "text_util.h"

#include <algorithm>
#include <cstdio>

namespace overlap {

namespace {

constexpr const char* schema_uri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr const char* rule_id = "partner-overlap";

// `path` as a URI reference (RFC 3986): relative paths stay relative, with reserved characters
// percent-encoded; absolute ones become file:// URIs.
std::string path_uri(const std::string& path) {
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += ch;
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

void write_rule(JsonWriter& json) {
  json.begin_object();
  json.key("id").value(rule_id);
  json.key("name").value("PartnerOverlap");
  json.key("shortDescription").begin_object();
  json.key("text").value("The proposal overlaps the work of a partner organization's group");
  json.end_object();
  json.key("fullDescription").begin_object();
  json.key("text").value(
      "The scope of the proposal shares distinctive terms with the scope of an ISO, IEC, ISO/IEC "
      "JTC 1 or ITU-T group of another organization. Coordinate with the group, or list it under "
      "'accepted' in .overlap-check.yaml with the reason.");
  json.end_object();
  json.key("defaultConfiguration").begin_object();
  json.key("level").value("warning");
  json.end_object();
  json.end_object();
}

void write_result(JsonWriter& json, const Report& r, const Match& m, const FormatOptions& options) {
  const bool fails = options.fail_on && fails_gate(m, r.from, *options.fail_on);
  const char* level = fails ? "error" : m.level == Level::low ? "note" : "warning";
  std::string text = r.name() + " overlaps " + m.entry->id + " (" + m.entry->title + ", " +
                     join(m.entry->orgs, "/") + "): score " +
                     json_number(static_cast<double>(m.score)) + ", " + level_name(m.level) + ".";
  if (!m.matched.empty()) {
    text += " Shared terms: " + join(m.matched, ", ") + ".";
  }
  if (m.accepted) {
    text += " Accepted: " + *m.accepted;
  }
  json.begin_object();
  json.key("ruleId").value(rule_id);
  json.key("ruleIndex").value(0LL);
  json.key("level").value(level);
  json.key("message").begin_object().key("text").value(text).end_object();
  if (r.input != "-") {
    json.key("locations").begin_array().begin_object();
    json.key("physicalLocation").begin_object();
    json.key("artifactLocation").begin_object().key("uri").value(path_uri(r.input)).end_object();
    json.key("region")
        .begin_object()
        .key("startLine")
        .value(static_cast<long long>(std::max(r.line, 1)));
    json.end_object();
    json.end_object();
    json.end_object().end_array();
  }
  json.key("partialFingerprints").begin_object();
  json.key("overlapGroup/v1").value(r.name() + "|" + m.entry->id);
  json.end_object();
  if (m.accepted) {
    json.key("suppressions").begin_array().begin_object();
    json.key("kind").value("external");
    json.key("justification").value(*m.accepted);
    json.end_object().end_array();
  }
  json.key("properties").begin_object();
  json.key("proposal").value(r.name());
  json.key("group").value(m.entry->id);
  json.key("org").string_array(m.entry->orgs);
  json.key("score").value(static_cast<double>(m.score));
  json.key("level").value(level_name(m.level));
  json.end_object();
  json.end_object();
}

Level sarif_threshold(const FormatOptions& options) {
  return options.fail_on && *options.fail_on < Level::medium ? *options.fail_on : Level::medium;
}

} // namespace

std::string sarif_head(const FormatOptions& options) {
  JsonWriter json;
  json.begin_object();
  json.key("$schema").value(schema_uri);
  json.key("version").value("2.1.0");
  json.key("runs").begin_array().begin_object();
  json.key("tool").begin_object().key("driver").begin_object();
  json.key("name").value("overlap-check");
  if (!options.version.empty()) {
    json.key("version").value(options.version);
  }
  json.key("rules").begin_array();
  write_rule(json);
  json.end_array();
  json.end_object().end_object();
  json.key("results").begin_array();
  return json.take();
}

std::vector<std::string> sarif_results(const Report& report, const FormatOptions& options) {
  std::vector<std::string> out;
  for (const Match& m : report.matches) {
    if (!m.child && m.level >= sarif_threshold(options) && is_partner(*m.entry, report.from)) {
      JsonWriter json;
      write_result(json, report, m, options);
      out.push_back(json.take());
    }
  }
  return out;
}

std::string sarif_tail() {
  return "]}]}\n"; // closes results, the run, runs and the log
}

std::string format_sarif(const std::vector<Report>& reports, const FormatOptions& options) {
  std::string out = sarif_head(options);
  bool first = true;
  for (const Report& r : reports) {
    for (const std::string& result : sarif_results(r, options)) {
      out += first ? "" : ", ";
      out += result;
      first = false;
    }
  }
  return out + sarif_tail();
}

} // namespace overlap
