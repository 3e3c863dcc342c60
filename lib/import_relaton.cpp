// Reads relaton bibliographic YAML (https://github.com/relaton/relaton-bib, docs/hash.adoc): one
// document per file, with `title`, `abstract`, `docidentifier` (older files: `docid`), `date`,
// and the responsible committee in `contributor` (role author, organization subdivisions) or in
// `editorialgroup` (older files; `ext.editorialgroup` in newer ones, and for ITU-T).
#include "error.h"
#include "evidence_import.h"
#include "html_text.h"
#include "text_util.h"
#include "yaml_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>

namespace overlap {

namespace {

namespace fs = std::filesystem;

// A node as a list: a sequence's items, a single scalar or map, or nothing.
std::vector<YAML::Node> as_list(const YAML::Node& node) {
  std::vector<YAML::Node> out;
  if (!node || node.IsNull()) {
    return out;
  }
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) {
      out.push_back(item);
    }
  } else {
    out.push_back(node);
  }
  return out;
}

// The text of a relaton string: a scalar, or a map with `content` (or `id`), or the first of a
// list.
std::string content_of(const YAML::Node& node) {
  if (!node || node.IsNull()) {
    return "";
  }
  if (node.IsScalar()) {
    return node.Scalar();
  }
  if (node.IsMap()) {
    if (node["content"]) {
      return content_of(node["content"]);
    }
    if (node["id"]) {
      return content_of(node["id"]);
    }
    return "";
  }
  for (const YAML::Node& item : node) {
    if (std::string text = content_of(item); !text.empty()) {
      return text;
    }
  }
  return "";
}

std::string scalar_of(const YAML::Node& node) {
  return node && node.IsScalar() ? node.Scalar() : std::string();
}

// Whether a localized string is English (or says nothing about its language).
bool is_english(const YAML::Node& item) {
  if (!item.IsMap() || !item["language"]) {
    return true;
  }
  for (const YAML::Node& language : as_list(item["language"])) {
    if (scalar_of(language) == "en") {
      return true;
    }
  }
  return false;
}

std::string pick_title(const YAML::Node& title) {
  std::vector<YAML::Node> english;
  for (const YAML::Node& item : as_list(title)) {
    if (is_english(item)) {
      english.push_back(item);
    }
  }
  for (const YAML::Node& item : english) {
    if (item.IsMap() && scalar_of(item["type"]) == "main") {
      return content_of(item);
    }
  }
  std::string joined;
  for (const char* part : {"title-intro", "title-main", "title-part"}) {
    for (const YAML::Node& item : english) {
      if (item.IsMap() && scalar_of(item["type"]) == part) {
        joined += (joined.empty() ? "" : " - ") + content_of(item);
      }
    }
  }
  if (!joined.empty()) {
    return joined;
  }
  if (!english.empty()) {
    return content_of(english.front());
  }
  return content_of(title);
}

std::string pick_abstract(const YAML::Node& abstract) {
  for (const YAML::Node& item : as_list(abstract)) {
    if (is_english(item)) {
      return content_of(item);
    }
  }
  return "";
}

// The primary document identifier, and the organization its type names.
std::pair<std::string, std::string> pick_docid(const YAML::Node& root) {
  std::vector<YAML::Node> ids = as_list(root["docidentifier"]);
  if (ids.empty()) {
    ids = as_list(root["docid"]);
  }
  const YAML::Node* chosen = nullptr;
  for (const YAML::Node& id : ids) {
    if (id.IsMap() && scalar_of(id["primary"]) == "true") {
      chosen = &id;
      break;
    }
  }
  if (chosen == nullptr && !ids.empty()) {
    chosen = &ids.front();
  }
  if (chosen == nullptr) {
    return {scalar_of(root["id"]), ""};
  }
  return {content_of(*chosen), chosen->IsMap() ? scalar_of((*chosen)["type"]) : ""};
}

int date_year(const YAML::Node& date) {
  for (const char* key : {"at", "value", "on", "from"}) {
    if (date.IsMap() && date[key]) {
      if (int year = year_in(content_of(date[key]))) {
        return year;
      }
    }
  }
  return 0;
}

int pick_year(const YAML::Node& root, const std::string& docid) {
  std::vector<YAML::Node> dates = as_list(root["date"]);
  for (const YAML::Node& date : dates) {
    if (date.IsMap() && scalar_of(date["type"]) == "published") {
      if (int year = date_year(date)) {
        return year;
      }
    }
  }
  for (const YAML::Node& date : dates) {
    if (int year = date_year(date)) {
      return year;
    }
  }
  for (const YAML::Node& copyright : as_list(root["copyright"])) {
    if (copyright.IsMap()) {
      if (int year = year_in(content_of(copyright["from"]))) {
        return year;
      }
    }
  }
  // "ISO 19115-1:2014", "ITU-T L.163 (11/2018)"
  for (auto sep : {':', '/'}) {
    if (auto at = docid.rfind(sep); at != std::string::npos) {
      if (int year = year_in(std::string_view(docid).substr(at + 1))) {
        return year;
      }
    }
  }
  return 0;
}

// "ISO", "IEC", "ITU-T" or "ITU-R" from a docidentifier type or organization abbreviation.
std::string org_of(const std::string& abbreviation, const std::string& docid) {
  if (abbreviation == "ITU" || abbreviation == "ITU-T" || abbreviation == "ITU-R") {
    return docid.rfind("ITU-R", 0) == 0 ? "ITU-R" : "ITU-T";
  }
  if (abbreviation == "ISO" || abbreviation == "IEC") {
    return abbreviation;
  }
  if (docid.rfind("ITU-T", 0) == 0) {
    return "ITU-T";
  }
  if (docid.rfind("ITU-R", 0) == 0) {
    return "ITU-R";
  }
  return "";
}

std::size_t slashes(const std::string& s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), '/'));
}

// Adds "TC 23/SC 23J" when a committee and a subcommittee come apart ("TC 23", "SC 23J").
void compose(std::vector<std::string>& spellings, const std::vector<std::string>& committees,
             const std::vector<std::string>& subcommittees) {
  for (const std::string& sc : subcommittees) {
    if (sc.rfind("SC ", 0) != 0) {
      continue;
    }
    for (const std::string& tc : committees) {
      if (!tc.empty() && tc.find("/SC ") == std::string::npos) {
        spellings.insert(spellings.begin(), tc + "/" + sc);
      }
    }
  }
}

// The spellings an editorial group item (technical_committee, subcommittee) gives, most specific
// first.
std::vector<std::string> group_item_spellings(const YAML::Node& item) {
  std::vector<std::string> out;
  if (item.IsScalar()) {
    out.push_back(item.Scalar());
    return out;
  }
  if (!item.IsMap()) {
    return out;
  }
  for (const char* key : {"identifier", "content", "name"}) {
    if (std::string text = content_of(item[key]); !text.empty()) {
      out.push_back(text);
    }
  }
  std::string number = content_of(item["number"]);
  std::string type = scalar_of(item["type"]);
  if (!number.empty() && (type == "TC" || type == "SC" || type == "PC")) {
    out.push_back(type + " " + number);
  }
  return out;
}

// The committee spellings of `editorialgroup` (a map, or a list of maps).
std::vector<std::string> editorial_spellings(const YAML::Node& editorialgroup) {
  std::vector<std::string> out;
  for (const YAML::Node& group : as_list(editorialgroup)) {
    if (!group.IsMap()) {
      continue;
    }
    std::vector<std::string> committees;
    std::vector<std::string> subcommittees;
    for (const YAML::Node& item : as_list(group["technical_committee"])) {
      for (std::string& s : group_item_spellings(item)) {
        committees.push_back(std::move(s));
      }
    }
    for (const YAML::Node& item : as_list(group["subcommittee"])) {
      for (std::string& s : group_item_spellings(item)) {
        subcommittees.push_back(std::move(s));
      }
    }
    std::vector<std::string> spellings;
    compose(spellings, committees, subcommittees);
    spellings.insert(spellings.end(), subcommittees.begin(), subcommittees.end());
    spellings.insert(spellings.end(), committees.begin(), committees.end());
    for (const YAML::Node& item : as_list(group["group"])) { // ITU-T: {type, name, acronym}
      if (item.IsMap()) {
        spellings.push_back(content_of(item["name"]));
      }
    }
    if (std::string secretariat = scalar_of(group["secretariat"]);
        secretariat.find('/') != std::string::npos) {
      spellings.push_back(secretariat);
    }
    out.insert(out.end(), spellings.begin(), spellings.end());
  }
  return out;
}

// `editorialgroup`, top-level (older files) or under `ext`; an empty node when there is none.
YAML::Node editorialgroup_of(const YAML::Node& root) {
  if (root["editorialgroup"]) {
    return root["editorialgroup"];
  }
  if (root["ext"] && root["ext"].IsMap() && root["ext"]["editorialgroup"]) {
    return root["ext"]["editorialgroup"];
  }
  return YAML::Node();
}

bool is_author(const YAML::Node& contributor) {
  for (const YAML::Node& role : as_list(contributor["role"])) {
    if (scalar_of(role) == "author" || (role.IsMap() && content_of(role["type"]) == "author")) {
      return true;
    }
  }
  return false;
}

// The responsible committees of a document: one per authoring organization.
using Committees = std::vector<CommitteeNames>;

Committees pick_committees(const YAML::Node& root, const std::string& doc_org,
                           const std::string& docid) {
  Committees out;
  for (const YAML::Node& contributor : as_list(root["contributor"])) {
    if (!contributor.IsMap() || !is_author(contributor) || !contributor["organization"]) {
      continue;
    }
    const YAML::Node organization = contributor["organization"];
    std::vector<std::string> identifiers;
    std::vector<std::string> names;
    std::vector<std::string> committees;
    std::vector<std::string> subcommittees;
    for (const YAML::Node& subdivision : as_list(organization["subdivision"])) {
      if (!subdivision.IsMap()) {
        continue;
      }
      std::string identifier = content_of(subdivision["identifier"]);
      std::string name = content_of(subdivision["name"]);
      if (!identifier.empty()) {
        identifiers.push_back(identifier);
      }
      if (!name.empty()) {
        names.push_back(name);
      }
      const std::string& id = identifier.empty() ? name : identifier;
      std::string type = scalar_of(subdivision["type"]);
      (type == "subcommittee" ? subcommittees : committees).push_back(id);
    }
    if (identifiers.empty() && names.empty()) {
      continue;
    }
    auto deeper = [](const std::string& a, const std::string& b) {
      return slashes(a) > slashes(b);
    };
    std::stable_sort(identifiers.begin(), identifiers.end(), deeper);
    std::stable_sort(names.begin(), names.end(), deeper);
    std::vector<std::string> spellings;
    compose(spellings, committees, subcommittees);
    spellings.insert(spellings.end(), identifiers.begin(), identifiers.end());
    spellings.insert(spellings.end(), names.begin(), names.end());
    std::string org = org_of(content_of(organization["abbreviation"]), docid);
    out.push_back(CommitteeNames{std::move(spellings), org.empty() ? doc_org : org});
  }
  if (!out.empty()) {
    return out;
  }
  const YAML::Node editorialgroup = editorialgroup_of(root);
  std::vector<std::string> spellings;
  if (root["ext"] && root["ext"].IsMap()) { // ITU-T Questions, most specific
    for (const YAML::Node& question : as_list(root["ext"]["question"])) {
      if (question.IsMap()) {
        spellings.push_back(content_of(question["name"]));
      }
    }
  }
  for (std::string& s : editorial_spellings(editorialgroup)) {
    spellings.push_back(std::move(s));
  }
  if (!spellings.empty()) {
    out.push_back(CommitteeNames{std::move(spellings), doc_org});
  }
  return out;
}

// Reads one relaton file into `collector`.
void read_document(const fs::path& file, EvidenceCollector& collector) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(file.string());
  } catch (const YAML::ParserException& e) {
    collector.skip_file(file.string() + ":" + std::to_string(e.mark.line + 1) + ": malformed YAML");
    return;
  } catch (const YAML::Exception& e) {
    collector.skip_file(file.string() + ": cannot read");
    return;
  }
  if (!root.IsMap()) {
    collector.skip_file(file.string() + ": not a relaton document (expected a mapping)");
    return;
  }
  EvidenceDocument doc;
  doc.title = html_to_text(pick_title(root["title"]));
  if (doc.title.empty()) {
    collector.skip_file(file.string() + ": not a relaton document (no title)");
    return;
  }
  collector.count_file();
  auto [docid, id_type] = pick_docid(root);
  doc.id = docid.empty() ? file.stem().string() : docid;
  doc.year = pick_year(root, doc.id);
  doc.abstract = html_to_text(pick_abstract(root["abstract"]));
  std::string flavor;
  if (root["ext"] && root["ext"].IsMap()) {
    flavor = scalar_of(root["ext"]["flavor"]);
  }
  std::string org = org_of(id_type, doc.id);
  if (org.empty()) {
    org = flavor == "iso"   ? "ISO"
          : flavor == "iec" ? "IEC"
          : flavor == "itu" ? org_of("ITU", doc.id)
                            : "";
  }
  Committees committees = pick_committees(root, org, doc.id);
  collector.add(std::move(doc), committees);
}

} // namespace

EvidenceImport import_relaton(const std::vector<fs::path>& paths, const Corpus& corpus,
                              const ImportOptions& options) {
  EvidenceCollector collector(corpus, options);
  for (const fs::path& root : paths) {
    for (const fs::path& file : yaml_files_below(root)) {
      read_document(file, collector);
    }
  }
  return collector.finish();
}

} // namespace overlap
