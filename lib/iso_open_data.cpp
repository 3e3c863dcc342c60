#include "iso_open_data.h"

#include "committee_id.h"
#include "csv.h"
#include "error.h"
#include "html_text.h"
#include "json_reader.h"
#include "text_input.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <unordered_map>

namespace overlap {

namespace {

std::optional<long long> to_id(std::string_view text) {
  while (!text.empty() && text.front() == ' ') {
    text.remove_prefix(1);
  }
  while (!text.empty() && text.back() == ' ') {
    text.remove_suffix(1);
  }
  long long id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return id;
}

// The member at the dotted `path` ("title.en") of `value`, or nullptr.
const JsonValue* member(const JsonValue& value, std::string_view path) {
  const JsonValue* v = &value;
  while (v != nullptr) {
    auto dot = path.find('.');
    v = v->find(path.substr(0, dot));
    if (dot == std::string_view::npos) {
      return v;
    }
    path.remove_prefix(dot + 1);
  }
  return nullptr;
}

std::string json_text(const JsonValue& record, std::string_view path) {
  const JsonValue* v = member(record, path);
  return v != nullptr && v->type == JsonValue::Type::string ? v->string : std::string();
}

// A numeric id, written as a number (or as a string of digits).
std::optional<long long> json_id(const JsonValue& record, std::string_view path) {
  const JsonValue* v = member(record, path);
  if (v != nullptr && v->type == JsonValue::Type::number && v->number >= 0 && v->number < 9e15) {
    return static_cast<long long>(v->number);
  }
  return to_id(json_text(record, path));
}

IsoCommittee committee_from_json(const JsonValue& record, const std::string& name, int line) {
  if (record.type != JsonValue::Type::object) {
    throw Error("expected a JSON object (one committee a line)", name, line);
  }
  IsoCommittee c;
  c.line = line;
  c.id = json_id(record, "id").value_or(0);
  c.reference = json_text(record, "reference");
  c.status = json_text(record, "status");
  c.title = html_to_text(json_text(record, "title.en"));
  c.scope = iso_scope_text(json_text(record, "scope.en"));
  c.parent = json_id(record, "parentId");
  if (const JsonValue* liaisons = record.find("committeeLiaisons"); liaisons != nullptr) {
    for (const JsonValue& l : liaisons->array) {
      auto id = json_id(l, "id");
      std::string reference = json_text(l, "reference");
      if (id || !reference.empty()) {
        c.liaisons.emplace_back(id.value_or(0), reference);
      }
    }
  }
  return c;
}

std::vector<IsoCommittee> read_jsonl(const std::string& text, const std::string& name) {
  std::vector<IsoCommittee> out;
  std::string_view rest = text;
  int line = 0;
  while (!rest.empty()) {
    auto newline = rest.find('\n');
    std::string_view record = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    ++line;
    if (record.find_first_not_of(" \t\r") == std::string_view::npos) {
      continue;
    }
    out.push_back(committee_from_json(parse_json(record, name, line), name, line));
  }
  return out;
}

// "[1, 2, null]" -> {"1", "2", ""}: the list cells of ISO's CSV.
std::vector<std::string> csv_list(std::string_view cell) {
  std::vector<std::string> out;
  if (cell.size() < 2 || cell.front() != '[' || cell.back() != ']') {
    if (!cell.empty()) {
      out.emplace_back(cell);
    }
    return out;
  }
  cell = cell.substr(1, cell.size() - 2);
  while (!cell.empty()) {
    auto comma = cell.find(',');
    std::string_view item = cell.substr(0, comma);
    while (!item.empty() && item.front() == ' ') {
      item.remove_prefix(1);
    }
    while (!item.empty() && item.back() == ' ') {
      item.remove_suffix(1);
    }
    out.emplace_back(item == "null" ? std::string_view{} : item);
    cell.remove_prefix(comma == std::string_view::npos ? cell.size() : comma + 1);
  }
  return out;
}

std::vector<IsoCommittee> read_csv(const std::string& text, const std::string& name) {
  std::vector<CsvRow> rows = parse_csv(text, name);
  if (rows.empty()) {
    throw Error("no header line", name, 1);
  }
  constexpr auto columns = std::to_array<std::string_view>(
      {"id", "reference", "status", "title.en", "scope.en", "parentId", "committeeLiaisons.id",
       "committeeLiaisons.reference"});
  std::array<std::size_t, columns.size()> at{};
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const auto& header = rows.front().fields;
    auto it = std::find(header.begin(), header.end(), columns[c]);
    if (it == header.end()) {
      throw Error("the header line has no column '" + std::string(columns[c]) + "'", name,
                  rows.front().line);
    }
    at[c] = static_cast<std::size_t>(it - header.begin());
  }
  std::vector<IsoCommittee> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    auto cell = [&](std::size_t c) -> const std::string& {
      static const std::string none;
      return at[c] < row.fields.size() ? row.fields[at[c]] : none;
    };
    IsoCommittee c;
    c.line = row.line;
    c.id = to_id(cell(0)).value_or(0);
    c.reference = cell(1);
    c.status = cell(2);
    c.title = html_to_text(cell(3));
    c.scope = iso_scope_text(cell(4));
    c.parent = to_id(cell(5));
    std::vector<std::string> ids = csv_list(cell(6));
    std::vector<std::string> references = csv_list(cell(7));
    for (std::size_t i = 0; i < std::max(ids.size(), references.size()); ++i) {
      auto id = i < ids.size() ? to_id(ids[i]) : std::nullopt;
      std::string reference = i < references.size() ? references[i] : std::string();
      if (id || !reference.empty()) {
        c.liaisons.emplace_back(id.value_or(0), reference);
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

// The organizations of a reference: "ISO/IEC JTC 1" -> ISO, IEC; "IEC/ISO JTC 3" -> IEC, ISO.
std::vector<std::string> orgs_of(const std::string& reference) {
  for (auto [prefix, orgs] : std::to_array<std::pair<std::string_view, std::array<const char*, 2>>>(
           {{"ISO/IEC", {"ISO", "IEC"}}, {"IEC/ISO", {"IEC", "ISO"}}})) {
    if (reference.rfind(prefix, 0) == 0) {
      return {orgs[0], orgs[1]};
    }
  }
  if (reference.rfind("IEC", 0) == 0 || reference.rfind("CISPR", 0) == 0) {
    return {"IEC"};
  }
  return {"ISO"};
}

// The corpus kind of a reference, from its last part: "ISO/TC 22/SC 32" -> SC.
std::string kind_of(const std::string& reference) {
  std::string_view last = reference;
  if (auto slash = last.rfind('/'); slash != std::string_view::npos) {
    last.remove_prefix(slash + 1);
  }
  for (std::string_view org : {"ISO ", "IEC "}) {
    if (last.substr(0, org.size()) == org) {
      last.remove_prefix(org.size());
    }
  }
  std::string_view word = last.substr(0, last.find(' '));
  for (std::string_view kind : {"TC", "SC", "PC", "JTC", "TA", "SyC", "SEG", "AC"}) {
    if (word == kind) {
      return std::string(kind);
    }
  }
  if (word == "JSyC") {
    return "SyC";
  }
  return "Committee";
}

} // namespace

std::string iso_scope_text(std::string_view html) {
  std::string cleaned(html);
  // "<strong>ISO/IEC JTC 1/SC 25 is being supported administratively by IEC. All information ...
  // is available on the <a ...>IEC web site</a></strong>"
  for (auto at = cleaned.find("administratively"); at != std::string::npos;
       at = cleaned.find("administratively")) {
    auto open = cleaned.rfind("<strong>", at);
    auto close = cleaned.find("</strong>", at);
    if (open == std::string::npos || close == std::string::npos) {
      break;
    }
    cleaned.erase(open, close + 9 - open);
  }
  return html_to_text(cleaned);
}

std::vector<IsoCommittee> read_iso_open_data(const std::filesystem::path& file) {
  const std::string name = file.string();
  InputOptions input;
  input.max_bytes = std::size_t{1} << 30;
  const std::string text = read_input(name, input);
  auto first = text.find_first_not_of(" \t\r\n");
  return first != std::string::npos && text[first] == '{' ? read_jsonl(text, name)
                                                          : read_csv(text, name);
}

IsoImport iso_open_data_entries(const std::vector<IsoCommittee>& committees, const Corpus& corpus) {
  const CommitteeIds ids(corpus);
  IsoImport out;
  out.records = committees.size();
  std::unordered_map<long long, std::string> id_of; // record id -> entry id
  for (const IsoCommittee& c : committees) {
    if (!c.reference.empty()) {
      id_of.emplace(c.id, ids.canonical(c.reference, "ISO"));
    }
  }
  for (const IsoCommittee& c : committees) {
    if (c.reference.empty() || c.title.empty()) {
      ++out.skipped;
      continue;
    }
    Entry e;
    e.id = id_of.at(c.id);
    e.orgs = orgs_of(e.id);
    e.kind = kind_of(e.id);
    e.title = c.title;
    e.scope = c.scope;
    if (c.parent) {
      if (auto it = id_of.find(*c.parent); it != id_of.end() && it->second != e.id) {
        e.parent = it->second;
      }
    }
    e.active = c.status.empty() || c.status == "Active";
    e.url = c.id > 0 ? "https://www.iso.org/committee/" + std::to_string(c.id) + ".html" : "";
    e.source = iso_open_data_source;
    for (const auto& [liaison_id, reference] : c.liaisons) {
      std::string liaison;
      if (!reference.empty()) {
        liaison = ids.canonical(reference, "ISO");
      } else if (auto it = id_of.find(liaison_id); it != id_of.end()) {
        liaison = it->second;
      }
      if (!liaison.empty() && liaison != e.id &&
          std::find(e.liaisons.begin(), e.liaisons.end(), liaison) == e.liaisons.end()) {
        e.liaisons.push_back(liaison);
      }
    }
    out.liaisons += e.liaisons.size();
    (corpus.find(e.id) ? out.updating : out.added) += 1;
    out.entries.push_back(std::move(e));
  }
  std::sort(out.entries.begin(), out.entries.end(),
            [](const Entry& a, const Entry& b) { return a.id < b.id; });
  return out;
}

} // namespace overlap
