#include "yaml_file.h"

#include "error.h"
#include "file_bytes.h"
#include "utf8.h"

#include <yaml-cpp/depthguard.h>

#include <algorithm>
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

[[noreturn]] void fail_at(const std::string& message, const std::string& file,
                          const YAML::Mark& mark) {
  if (mark.is_null() || mark.line < 0) {
    throw Error(message, file);
  }
  throw Error(message, file, mark.line + 1, mark.column + 1);
}

// Whether `line` is a document marker: "---" or "..." alone or followed by white space. Such a line
// always ends a document in YAML, even inside a scalar.
bool is_document_marker(std::string_view line, char c) {
  return line.size() >= 3 && line[0] == c && line[1] == c && line[2] == c &&
         (line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r');
}

// Whether `line` holds YAML content: not blank, not a comment, not a directive.
bool has_content(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t\r");
  return first != std::string_view::npos && line[first] != '#' && !(first == 0 && line[0] == '%');
}

// The 1-based line where a second document with content starts in `text`, or 0. Found by lines,
// not by the YAML parser: yaml-cpp 0.7 can loop forever on a malformed second document.
int second_document_line(std::string_view text) {
  int documents = 0;    // documents with content so far
  bool content = false; // the current document has content
  int line_number = 0;
  int marker_line = 0; // where the current document started, after a marker
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    const std::string_view line = text.substr(start, end - start);
    ++line_number;
    start = end + 1;
    const bool starts = is_document_marker(line, '-');
    if (starts || is_document_marker(line, '.')) {
      documents += content ? 1 : 0;
      content = false;
      marker_line = line_number;
      // "--- [a, b]": content on the marker line itself
      if (starts && has_content(line.substr(3))) {
        content = true;
      }
    } else if (has_content(line)) {
      content = true;
    }
    if (content && documents > 0) {
      return marker_line;
    }
  }
  return 0;
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
  if (int line = second_document_line(text); line > 0) {
    throw Error("a second YAML document (after '---'): the file must hold one document", file, line,
                1);
  }
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::DeepRecursion& e) {
    fail_at("malformed YAML: nested too deeply", file, e.mark);
  } catch (const YAML::Exception& e) {
    fail_at("malformed YAML: " + e.msg, file, e.mark);
  }
}

std::vector<std::filesystem::path> yaml_files_below(const std::filesystem::path& root,
                                                    std::string_view what) {
  namespace fs = std::filesystem;
  const std::string prefix = what.empty() ? std::string() : std::string(what) + " ";
  std::error_code ec;
  if (!fs::exists(root, ec)) {
    throw Error(prefix + "not found", root.string());
  }
  if (!fs::is_directory(root, ec)) {
    return {root};
  }
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    const fs::path& p = it->path();
    // .yml is as common a spelling as .yaml: a file under either name is read, never skipped.
    if (it->is_regular_file() && (p.extension() == ".yaml" || p.extension() == ".yml")) {
      files.push_back(p);
    }
  }
  if (ec) {
    throw Error("cannot read " + prefix + "directory: " + ec.message(), root.string());
  }
  std::sort(files.begin(), files.end());
  return files;
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
