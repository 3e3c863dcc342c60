#include "corpus_entry.h"

#include "error.h"
#include "yaml_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace overlap {

namespace {

using namespace std::string_view_literals;

constexpr auto known_fields = std::to_array<std::string_view>({
    "id"sv,
    "org"sv,
    "kind"sv,
    "title"sv,
    "scope"sv,
    "keywords"sv,
    "parent"sv,
    "aliases"sv,
    "status"sv,
    "successor"sv,
    "period"sv,
    "url"sv,
    "source"sv,
    "liaisons"sv,
});

constexpr auto known_kinds = std::to_array<std::string_view>({
    "TC"sv,
    "SC"sv,
    "PC"sv,
    "JTC"sv,
    "SyC"sv,
    "SEG"sv,
    "AC"sv,
    "TA"sv,
    "Committee"sv,
    "WS"sv,
    "SG"sv,
    "Question"sv,
    "FG"sv,
    "AG"sv,
});

[[noreturn]] void fail(const std::string& message, const YAML::Node& at, const std::string& file) {
  throw Error(message, file, at.Mark().line + 1, at.Mark().column + 1);
}

std::string scalar(const YAML::Node& node, std::string_view field, const std::string& file) {
  if (!node.IsScalar()) {
    fail("'" + std::string(field) + "' must be a string", node, file);
  }
  std::string value = node.Scalar();
  if (value.find_first_not_of(" \t\n") == std::string::npos) {
    fail("'" + std::string(field) + "' is empty", node, file);
  }
  return value;
}

std::vector<std::string> string_list(const YAML::Node& node, std::string_view field,
                                     const std::string& file) {
  if (!node.IsSequence()) {
    fail("'" + std::string(field) + "' must be a list of strings", node, file);
  }
  std::vector<std::string> out;
  for (const YAML::Node& item : node) {
    out.push_back(scalar(item, field, file));
  }
  return out;
}

} // namespace

bool is_known_kind(std::string_view kind) {
  return std::find(known_kinds.begin(), known_kinds.end(), kind) != known_kinds.end();
}

Entry parse_entry(const YAML::Node& node, const std::string& file) {
  if (!node.IsMap()) {
    fail("an entry must be a mapping of fields (id, org, kind, title, scope, keywords, ...)", node,
         file);
  }
  check_keys(node, file);
  for (const auto& field : node) {
    const std::string name = field.first.Scalar();
    if (std::find(known_fields.begin(), known_fields.end(), name) == known_fields.end()) {
      fail("unknown field '" + name + "'", field.first, file);
    }
  }
  Entry e;
  e.file = file;
  e.line = node.Mark().line + 1;
  e.column = node.Mark().column + 1;
  auto required = [&](std::string_view field) {
    YAML::Node value = node[std::string(field)];
    if (!value) {
      std::string where =
          node["id"] && node["id"].IsScalar() ? " '" + node["id"].Scalar() + "'" : "";
      fail("entry" + where + " has no '" + std::string(field) + "'", node, file);
    }
    return value;
  };
  e.id = scalar(required("id"), "id", file);

  YAML::Node org = required("org");
  e.orgs = org.IsSequence() ? string_list(org, "org", file)
                            : std::vector<std::string>{scalar(org, "org", file)};
  for (const std::string& o : e.orgs) {
    if (!is_known_org(o)) {
      fail("unknown org '" + o + "' (expected ISO, IEC or ITU-T)", org, file);
    }
  }
  YAML::Node kind = required("kind");
  e.kind = scalar(kind, "kind", file);
  if (!is_known_kind(e.kind)) {
    fail("unknown kind '" + e.kind + "'", kind, file);
  }
  if (YAML::Node v = node["source"]) {
    e.source = scalar(v, "source", file);
  }
  e.title = scalar(required("title"), "title", file);
  // Imported entries bring official text only: the scope may be missing, the keywords are ours.
  if (YAML::Node v = e.source.empty() ? required("scope") : node["scope"]) {
    e.scope = scalar(v, "scope", file);
  }
  if (YAML::Node v = e.source.empty() ? required("keywords") : node["keywords"]) {
    e.keywords = string_list(v, "keywords", file);
  }

  if (YAML::Node v = node["parent"]) {
    e.parent = scalar(v, "parent", file);
    e.parent_at = {v.Mark().line + 1, v.Mark().column + 1};
    if (e.parent == e.id) {
      fail("entry '" + e.id + "' is its own parent", v, file);
    }
  }
  if (YAML::Node v = node["aliases"]) {
    e.aliases = string_list(v, "aliases", file);
  }
  if (YAML::Node v = node["status"]) {
    std::string status = scalar(v, "status", file);
    if (status != "active" && status != "closed") {
      fail("status must be 'active' or 'closed', not '" + status + "'", v, file);
    }
    e.active = status == "active";
  }
  if (YAML::Node v = node["successor"]) {
    e.successor = scalar(v, "successor", file);
    e.successor_at = {v.Mark().line + 1, v.Mark().column + 1};
    if (e.active) {
      fail("'successor' is only for closed entries (add status: closed)", v, file);
    }
  }
  if (YAML::Node v = node["period"]) {
    e.period = scalar(v, "period", file);
  }
  if (YAML::Node v = node["url"]) {
    e.url = scalar(v, "url", file);
  }
  if (YAML::Node v = node["liaisons"]) {
    e.liaisons = string_list(v, "liaisons", file);
    if (std::find(e.liaisons.begin(), e.liaisons.end(), e.id) != e.liaisons.end()) {
      fail("entry '" + e.id + "' names itself in 'liaisons'", v, file);
    }
  }
  return e;
}

} // namespace overlap
