#include "yaml_file.h"

#include "error.h"
#include "file_bytes.h"
#include "utf8.h"

#include <yaml-cpp/depthguard.h>

#include <set>

namespace overlap {

namespace {

constexpr std::size_t max_yaml_bytes = 64 * 1024 * 1024;

// 1-based line and column (in characters) of the byte at `offset` of `text`.
std::pair<int, int> line_and_column(std::string_view text, std::size_t offset) {
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

[[noreturn]] void fail_at(const std::string& message, const std::string& file, const YAML::Mark& mark) {
  if (mark.is_null() || mark.line < 0) {
    throw Error(message, file);
  }
  throw Error(message, file, mark.line + 1, mark.column + 1);
}

} // namespace

YAML::Node parse_yaml(std::string_view text, const std::string& file) {
  if (auto nul = text.find('\0'); nul != std::string_view::npos) {
    auto [line, column] = line_and_column(text, nul);
    throw Error("not a text file (NUL byte)", file, line, column);
  }
  if (auto bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    auto [line, column] = line_and_column(text, bad);
    throw Error("invalid UTF-8 (byte offset " + std::to_string(bad) + ")", file, line, column);
  }
  std::vector<YAML::Node> documents;
  try {
    documents = YAML::LoadAll(std::string(text));
  } catch (const YAML::DeepRecursion& e) {
    fail_at("malformed YAML: nested too deeply", file, e.mark);
  } catch (const YAML::Exception& e) {
    fail_at("malformed YAML: " + e.msg, file, e.mark);
  }
  if (documents.size() > 1) {
    fail_at("a second YAML document (after '---'): the file must hold one document", file,
            documents[1].Mark());
  }
  return documents.empty() ? YAML::Node() : documents.front();
}

YAML::Node load_yaml_file(const std::filesystem::path& file) {
  return parse_yaml(read_bytes(file.string(), max_yaml_bytes), file.string());
}

void check_keys(const YAML::Node& node, const std::string& file) {
  std::set<std::string> seen;
  for (const auto& field : node) {
    if (!field.first.IsScalar()) {
      fail_at("a field name must be a plain string", file, field.first.Mark());
    }
    if (!seen.insert(field.first.Scalar()).second) {
      fail_at("field '" + field.first.Scalar() + "' given twice", file, field.first.Mark());
    }
  }
}

} // namespace overlap
