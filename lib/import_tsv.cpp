#include "error.h"
#include "evidence_import.h"
#include "text_input.h"
#include "text_util.h"

#include <array>
#include <charconv>

namespace overlap {

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  for (;;) {
    auto tab = line.find('\t');
    fields.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) {
      return fields;
    }
    line.remove_prefix(tab + 1);
  }
}

} // namespace

EvidenceImport import_tsv(const std::filesystem::path& file, const Corpus& corpus,
                          const ImportOptions& options) {
  const std::string name = file.string();
  InputOptions input;
  input.max_bytes = std::size_t{1} << 31;
  const std::string text = read_input(name, input);
  EvidenceCollector collector(corpus, {options.before, true});
  collector.count_file();

  std::string_view rest = text;
  int line_number = 0;
  std::array<std::optional<std::size_t>, 6> column; // org, committee, docid, year, title, abstract
  constexpr std::array<std::string_view, 6> names{"org",  "committee", "docid",
                                                  "year", "title",     "abstract"};
  std::size_t needed = 0;
  while (!rest.empty()) {
    auto newline = rest.find('\n');
    std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    ++line_number;
    if (line_number == 1) {
      auto header = split_tabs(line);
      for (std::size_t c = 0; c < header.size(); ++c) {
        for (std::size_t n = 0; n < names.size(); ++n) {
          if (header[c] == names[n] && !column[n]) {
            column[n] = c;
            needed = std::max(needed, c + 1);
          }
        }
      }
      for (std::size_t n = 1; n < 5; ++n) {
        if (!column[n]) {
          throw Error("the header line has no column '" + std::string(names[n]) +
                          "' (expected tab-separated columns: org, committee, docid, year, title)",
                      name, 1);
        }
      }
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      continue;
    }
    auto fields = split_tabs(line);
    if (fields.size() < needed) {
      // An abstract column may be left off at the end of a line.
      if (!(column[5] && *column[5] + 1 == needed && fields.size() + 1 == needed)) {
        throw Error("expected " + std::to_string(needed) + " tab-separated fields, found " +
                        std::to_string(fields.size()),
                    name, line_number);
      }
    }
    auto field = [&](std::size_t n) -> std::string_view {
      return column[n] && *column[n] < fields.size() ? fields[*column[n]] : std::string_view{};
    };
    EvidenceDocument doc;
    doc.id = std::string(field(2));
    doc.year = year_in(field(3));
    doc.title = std::string(field(4));
    doc.abstract = std::string(field(5));
    std::string org(field(0));
    if (org == "ITU") {
      org = "ITU-T";
    }
    collector.add(std::move(doc), {CommitteeNames{{std::string(field(1))}, org}});
  }
  if (line_number == 0) {
    throw Error("the file is empty (expected a header line: org, committee, docid, year, title)",
                name);
  }
  return collector.finish();
}

} // namespace overlap
