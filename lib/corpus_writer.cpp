#include "corpus_writer.h"

#include <yaml-cpp/yaml.h>

namespace overlap {

namespace {

void list(YAML::Emitter& out, const char* key, const std::vector<std::string>& items,
          bool always = false) {
  if (items.empty() && !always) {
    return;
  }
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const std::string& item : items) {
    out << item;
  }
  out << YAML::EndSeq;
}

void field(YAML::Emitter& out, const char* key, const std::string& value) {
  if (!value.empty()) {
    out << YAML::Key << key << YAML::Value << value;
  }
}

} // namespace

std::string format_corpus_yaml(const std::vector<Entry>& entries, std::string_view comment) {
  std::string head;
  while (!comment.empty()) {
    auto newline = comment.find('\n');
    head += "# " + std::string(comment.substr(0, newline)) + "\n";
    comment.remove_prefix(newline == std::string_view::npos ? comment.size() : newline + 1);
  }
  YAML::Emitter out;
  out.SetIndent(2);
  out << YAML::BeginSeq;
  for (const Entry& e : entries) {
    out << YAML::BeginMap;
    field(out, "id", e.id);
    if (e.orgs.size() == 1) {
      field(out, "org", e.orgs.front());
    } else {
      list(out, "org", e.orgs);
    }
    field(out, "kind", e.kind);
    field(out, "title", e.title);
    field(out, "scope", e.scope);
    list(out, "keywords", e.keywords, e.source.empty());
    field(out, "parent", e.parent);
    list(out, "aliases", e.aliases);
    if (!e.active) {
      field(out, "status", "closed");
    }
    field(out, "successor", e.successor);
    field(out, "period", e.period);
    field(out, "url", e.url);
    list(out, "liaisons", e.liaisons);
    field(out, "source", e.source);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  return head + out.c_str() + "\n";
}

} // namespace overlap
