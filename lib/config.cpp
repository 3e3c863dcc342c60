#include "config.h"

#include "error.h"
#include "gate.h"

#include <yaml-cpp/yaml.h>

namespace overlap {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& message, const YAML::Node& at, const fs::path& file) {
  throw Error(message, file.string(), at.Mark().line + 1, at.Mark().column + 1);
}

std::string scalar(const YAML::Node& node, const std::string& field, const fs::path& file) {
  if (!node.IsScalar() || node.Scalar().empty()) {
    fail("'" + field + "' must be a non-empty string", node, file);
  }
  return node.Scalar();
}

// A string, or a list of strings.
std::vector<std::string> strings(const YAML::Node& node, const std::string& field,
                                 const fs::path& file) {
  if (node.IsScalar()) {
    return {scalar(node, field, file)};
  }
  if (!node.IsSequence() || node.size() == 0) {
    fail("'" + field + "' must be a string or a non-empty list of strings", node, file);
  }
  std::vector<std::string> out;
  for (const YAML::Node& item : node) {
    out.push_back(scalar(item, field, file));
  }
  return out;
}

Accepted parse_accepted(const YAML::Node& node, const fs::path& file) {
  if (!node.IsMap()) {
    fail("an accepted group must be a mapping with 'id' and 'reason'", node, file);
  }
  Accepted a;
  a.line = node.Mark().line + 1;
  a.column = node.Mark().column + 1;
  for (const auto& member : node) {
    const std::string name = member.first.Scalar();
    if (name == "id") {
      a.id = scalar(member.second, name, file);
      a.line = member.second.Mark().line + 1;
      a.column = member.second.Mark().column + 1;
    } else if (name == "reason") {
      a.reason = scalar(member.second, name, file);
    } else if (name == "proposal" || name == "proposals") {
      a.proposals = strings(member.second, name, file);
    } else {
      fail("unknown field '" + name + "' (expected id, reason, proposal)", member.first, file);
    }
  }
  for (const char* required : {"id", "reason"}) {
    if (!node[required]) {
      fail(std::string("an accepted group needs '") + required + "'", node, file);
    }
  }
  return a;
}

} // namespace

std::optional<fs::path> find_config(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) {
    return std::nullopt;
  }
  while (true) {
    fs::path candidate = dir / config_file_name;
    if (fs::is_regular_file(candidate, ec)) {
      return candidate;
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) {
      return std::nullopt;
    }
    dir = dir.parent_path();
  }
}

Config load_config(const fs::path& file) {
  YAML::Node doc;
  try {
    doc = YAML::LoadFile(file.string());
  } catch (const YAML::ParserException& e) {
    throw Error("malformed YAML: " + e.msg, file.string(), e.mark.line + 1, e.mark.column + 1);
  } catch (const YAML::BadFile&) {
    throw Error("cannot open the config file", file.string());
  }
  Config config;
  config.file = file;
  if (doc.IsNull()) {
    return config;
  }
  if (!doc.IsMap()) {
    fail("the config must be a mapping (corpus, evidence, from, top, fail-on, format, accepted)",
         doc, file);
  }
  const fs::path dir = file.parent_path();
  for (const auto& member : doc) {
    const std::string name = member.first.Scalar();
    const YAML::Node& value = member.second;
    if (name == "corpus") {
      for (const std::string& path : strings(value, name, file)) {
        config.corpus.push_back(fs::path(path).is_absolute() ? fs::path(path) : dir / path);
      }
    } else if (name == "evidence") {
      const fs::path path = scalar(value, name, file);
      config.evidence = path.is_absolute() ? path : dir / path;
    } else if (name == "from") {
      std::string from = scalar(value, name, file);
      if (!is_known_org(from)) {
        fail("'from' must be ISO, IEC or ITU-T, not '" + from + "'", value, file);
      }
      config.from = from;
    } else if (name == "top") {
      const std::string top = scalar(value, name, file);
      if (top.find_first_not_of("0123456789") != std::string::npos || top.size() > 3 ||
          std::stoul(top) < 1 || std::stoul(top) > 500) {
        fail("'top' must be a number from 1 to 500", value, file);
      }
      config.top = std::stoul(top);
    } else if (name == "fail-on") {
      config.fail_on = parse_level(scalar(value, name, file));
      if (!config.fail_on) {
        fail("'fail-on' must be high, medium or low", value, file);
      }
    } else if (name == "format") {
      config.format = parse_format(scalar(value, name, file));
      if (!config.format) {
        fail("'format' must be one of " + std::string(format_names), value, file);
      }
    } else if (name == "accepted") {
      if (!value.IsSequence()) {
        fail("'accepted' must be a list of groups with 'id' and 'reason'", value, file);
      }
      for (const YAML::Node& item : value) {
        config.accepted.push_back(parse_accepted(item, file));
      }
    } else {
      fail("unknown field '" + name +
               "' (expected corpus, evidence, from, top, fail-on, format, accepted)",
           member.first, file);
    }
  }
  return config;
}

void resolve_accepted(Config& config, const Corpus& corpus) {
  for (Accepted& a : config.accepted) {
    const auto found = corpus.find(a.id);
    if (!found) {
      throw Error("accepted group '" + a.id + "' is not in the corpus", config.file.string(),
                  a.line, a.column);
    }
    a.id = corpus.entries[*found].id;
  }
}

bool accepted_for(const Accepted& accepted, const std::string& id, const std::string& input,
                  const fs::path& config_file) {
  if (accepted.proposals.empty()) {
    return true;
  }
  for (const std::string& proposal : accepted.proposals) {
    if (!id.empty()) {
      if (proposal == id) {
        return true;
      }
      continue;
    }
    if (input == "-") {
      continue;
    }
    std::error_code ec1;
    std::error_code ec2;
    const fs::path wanted = fs::weakly_canonical(config_file.parent_path() / proposal, ec1);
    const fs::path given = fs::weakly_canonical(input, ec2);
    if (!ec1 && !ec2 && wanted == given) {
      return true;
    }
  }
  return false;
}

} // namespace overlap
