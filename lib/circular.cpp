#include "circular.h"

#include "corpus.h"
#include "csv.h"
#include "json_reader.h"
#include "json_writer.h"
#include "text_util.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>
#include <set>

namespace overlap {

namespace {

// One field of a record as a reader found it.
struct RawField {
  std::string name;
  std::optional<std::string> value; // empty when the field is not a string
  const char* type = "";            // what it is instead, for the message
  int line = 0;
  int column = 0;
};

// A record before validation.
struct RawRecord {
  int line = 0;
  int column = 0;
  std::vector<RawField> fields;
  std::optional<std::string> fault; // the record as a whole is malformed
};

constexpr const char* required_fields[] = {"id", "title", "scope", "from"};

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\n");
  if (b == std::string::npos) {
    return {};
  }
  return s.substr(b, s.find_last_not_of(" \t\n") - b + 1);
}

// Validates `raw`, record number `number` of the circular `name`.
Proposal make_proposal(const RawRecord& raw, std::size_t number, const std::string& name) {
  const std::string prefix = "record " + std::to_string(number) + ": ";
  if (raw.fault) {
    throw Error(prefix + *raw.fault, name, raw.line, raw.column);
  }
  Proposal p;
  p.input = name;
  p.line = raw.line;
  auto field = [&](const char* wanted) -> const RawField* {
    for (const RawField& f : raw.fields) {
      if (f.name == wanted) {
        return &f;
      }
    }
    return nullptr;
  };
  for (const char* wanted : {"id", "title", "scope", "from", "url"}) {
    const RawField* f = field(wanted);
    const bool required = std::find(std::begin(required_fields), std::end(required_fields),
                                    std::string_view(wanted)) != std::end(required_fields);
    if (f == nullptr) {
      if (required) {
        throw Error(prefix + "'" + wanted + "' is missing", name, raw.line, raw.column);
      }
      continue;
    }
    if (!f->value) {
      throw Error(prefix + "'" + wanted + "' must be a string, not " + f->type, name, f->line,
                  f->column);
    }
    std::string value = trim(*f->value);
    if (value.empty() && required) {
      throw Error(prefix + "'" + wanted + "' is empty", name, f->line, f->column);
    }
    const std::string_view w = wanted;
    if (w == "id") {
      p.id = std::move(value);
    } else if (w == "title") {
      p.title = std::move(value);
    } else if (w == "scope") {
      p.scope = std::move(value);
    } else if (w == "from") {
      if (!is_known_org(value)) {
        throw Error(prefix + "'from' must be ISO, IEC or ITU-T, not '" + value + "'", name, f->line,
                    f->column);
      }
      p.from = std::move(value);
    } else {
      p.url = std::move(value);
    }
  }
  p.text = p.title + "\n\n" + p.scope;
  return p;
}

// YAML ------------------------------------------------------------------------------------------

RawRecord yaml_record(const YAML::Node& node) {
  RawRecord r;
  r.line = node.Mark().line + 1;
  r.column = node.Mark().column + 1;
  if (!node.IsMap()) {
    r.fault = "a record must be a mapping with id, title, scope and from";
    return r;
  }
  for (const auto& member : node) {
    RawField f;
    f.name = member.first.Scalar();
    f.line = member.second.Mark().line + 1;
    f.column = member.second.Mark().column + 1;
    if (member.second.IsScalar()) {
      f.value = member.second.Scalar();
    } else if (member.second.IsNull()) { // "url:" with nothing after it counts as empty
      f.value = "";
      f.line = member.first.Mark().line + 1;
      f.column = member.first.Mark().column + 1;
    } else {
      f.type = member.second.IsSequence() ? "a list" : "a mapping";
    }
    r.fields.push_back(std::move(f));
  }
  return r;
}

std::vector<RawRecord> yaml_records(const std::string& text, const std::string& name) {
  YAML::Node doc;
  try {
    doc = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    throw Error("malformed YAML: " + e.msg, name, e.mark.line + 1, e.mark.column + 1);
  }
  YAML::Node list = doc;
  if (doc.IsMap()) {
    list = doc["proposals"];
    if (!list) {
      throw Error("expected a list of proposals, or a mapping with a 'proposals' list", name);
    }
  }
  if (!list.IsSequence()) {
    throw Error("expected a list of proposals, or a mapping with a 'proposals' list", name,
                list.Mark().line + 1, list.Mark().column + 1);
  }
  std::vector<RawRecord> records;
  for (const YAML::Node& node : list) {
    records.push_back(yaml_record(node));
  }
  return records;
}

// JSON Lines --------------------------------------------------------------------------------------

std::vector<RawRecord> jsonl_records(const std::string& text, const std::string& name) {
  std::vector<RawRecord> records;
  int line = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      end = text.size();
    }
    ++line;
    const std::string_view row(text.data() + start, end - start);
    start = end + 1;
    if (row.find_first_not_of(" \t\r") == std::string_view::npos) {
      continue;
    }
    RawRecord r;
    r.line = line;
    r.column = 1;
    try {
      const JsonValue v = parse_json(row, name, line);
      if (v.type != JsonValue::Type::object) {
        r.fault = std::string("a record must be a JSON object, not ") + json_type_name(v.type);
      }
      for (const auto& [key, member] : v.object) {
        RawField f{key, std::nullopt, json_type_name(member.type), line, 1};
        if (member.type == JsonValue::Type::string) {
          f.value = member.string;
        } else if (member.type == JsonValue::Type::null) {
          f.value = "";
        }
        r.fields.push_back(std::move(f));
      }
    } catch (const Error& e) {
      r.fault = e.message();
      r.column = e.column();
    }
    records.push_back(std::move(r));
  }
  return records;
}

// CSV ---------------------------------------------------------------------------------------------

std::vector<RawRecord> csv_records(const std::string& text, const std::string& name) {
  std::vector<CsvRow> rows = parse_csv(text, name);
  if (rows.empty()) {
    throw Error("expected a header row naming the columns", name);
  }
  const std::vector<std::string>& header = rows.front().fields;
  for (const char* wanted : required_fields) {
    if (std::find(header.begin(), header.end(), wanted) == header.end()) {
      throw Error(std::string("the header row has no '") + wanted + "' column", name,
                  rows.front().line);
    }
  }
  std::vector<RawRecord> records;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    RawRecord r;
    r.line = rows[i].line;
    r.column = 1;
    if (rows[i].fields.size() != header.size()) {
      r.fault = std::to_string(rows[i].fields.size()) + " fields where the header has " +
                std::to_string(header.size());
    }
    for (std::size_t c = 0; c < header.size() && c < rows[i].fields.size(); ++c) {
      r.fields.push_back({header[c], rows[i].fields[c], "", r.line, 1});
    }
    records.push_back(std::move(r));
  }
  return records;
}

} // namespace

CircularFormat circular_format(const std::string& path) {
  const auto dot = path.rfind('.');
  const std::string ext = dot == std::string::npos ? "" : ascii_lower(path.substr(dot));
  if (ext == ".yaml" || ext == ".yml") {
    return CircularFormat::yaml;
  }
  if (ext == ".jsonl" || ext == ".ndjson") {
    return CircularFormat::jsonl;
  }
  if (ext == ".csv") {
    return CircularFormat::csv;
  }
  throw Error("unknown circular format: name it .yaml, .jsonl or .csv", path);
}

Circular parse_circular(const std::string& text, CircularFormat format, const std::string& name) {
  const std::vector<RawRecord> records = format == CircularFormat::yaml ? yaml_records(text, name)
                                         : format == CircularFormat::jsonl
                                             ? jsonl_records(text, name)
                                             : csv_records(text, name);
  if (records.empty()) {
    throw Error("the circular has no proposals", name);
  }
  Circular circular;
  std::set<std::string> ids;
  for (std::size_t i = 0; i < records.size(); ++i) {
    try {
      Proposal p = make_proposal(records[i], i + 1, name);
      if (!ids.insert(p.id).second) {
        throw Error("record " + std::to_string(i + 1) + ": id '" + p.id +
                        "' is used by an earlier record",
                    name, records[i].line, records[i].column);
      }
      circular.proposals.push_back(std::move(p));
    } catch (const Error& e) {
      circular.errors.push_back(e);
    }
  }
  return circular;
}

Circular read_circular(const std::string& path, const InputOptions& options) {
  const CircularFormat format = circular_format(path);
  return parse_circular(read_input(path, options), format, path);
}

std::string write_circular(const std::vector<Proposal>& proposals, CircularFormat format) {
  std::string out;
  if (format == CircularFormat::csv) {
    out = csv_row({"id", "title", "scope", "from", "url"});
    for (const Proposal& p : proposals) {
      out += csv_row({p.id, p.title, p.scope, p.from.value_or(""), p.url});
    }
  } else if (format == CircularFormat::jsonl) {
    for (const Proposal& p : proposals) {
      JsonWriter json;
      json.begin_object();
      json.key("id").value(p.id);
      json.key("title").value(p.title);
      json.key("scope").value(p.scope);
      json.key("from").value(p.from.value_or(""));
      if (!p.url.empty()) {
        json.key("url").value(p.url);
      }
      json.end_object();
      out += json.str() + "\n";
    }
  } else {
    YAML::Emitter yaml;
    yaml << YAML::BeginMap << YAML::Key << "proposals" << YAML::Value << YAML::BeginSeq;
    for (const Proposal& p : proposals) {
      yaml << YAML::BeginMap;
      yaml << YAML::Key << "id" << YAML::Value << YAML::DoubleQuoted << p.id;
      yaml << YAML::Key << "title" << YAML::Value << YAML::DoubleQuoted << p.title;
      yaml << YAML::Key << "scope" << YAML::Value << YAML::DoubleQuoted << p.scope;
      yaml << YAML::Key << "from" << YAML::Value << p.from.value_or("");
      if (!p.url.empty()) {
        yaml << YAML::Key << "url" << YAML::Value << YAML::DoubleQuoted << p.url;
      }
      yaml << YAML::EndMap;
    }
    yaml << YAML::EndSeq << YAML::EndMap;
    out = std::string(yaml.c_str()) + "\n";
  }
  return out;
}

} // namespace overlap
