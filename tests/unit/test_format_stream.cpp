#include "check.h"
#include "format.h"
#include "format_stream.h"
#include "test_data.h"

#include <doctest/doctest.h>

using namespace overlap;

namespace {

std::vector<Report> reports() {
  static const Checker checker(load_corpus({test_data("corpus_small")}));
  const char* texts[] = {"network slicing for IMT-2030 with machine learning",
                         "cooking recipes for the family kitchen",
                         "blockchain distributed ledger smart contracts",
                         "power system substation communication IEC 61850",
                         "artificial intelligence trustworthiness and risk management"};
  std::vector<Report> out;
  for (const char* text : texts) {
    CheckOptions options;
    options.rank.from = out.size() % 2 == 0 ? std::optional<std::string>("ISO") : std::nullopt;
    out.push_back(checker.check(text, "p" + std::to_string(out.size()) + ".txt", options));
  }
  return out;
}

// head, the bodies of chunks of `size` reports, tail: written a chunk at a time.
std::string streamed(const std::vector<Report>& all, Format format, const FormatOptions& options,
                     std::size_t size, bool pieces) {
  ReportStream stream(format, options);
  std::string out = stream.head();
  for (std::size_t first = 0; first < all.size(); first += size) {
    const std::vector<Report> chunk(
        all.begin() + static_cast<std::ptrdiff_t>(first),
        all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), first + size)));
    if (pieces) {
      std::vector<std::string> texts;
      for (const Report& r : chunk) {
        texts.push_back(stream.piece(r));
      }
      out += stream.join(texts);
    } else {
      out += stream.body(chunk);
    }
  }
  return out + stream.tail();
}

} // namespace

TEST_CASE("overlap::ReportStream in chunks writes what format_reports writes at once") {
  const std::vector<Report> all = reports();
  FormatOptions options;
  options.list = true;
  options.fail_on = Level::low; // SARIF then lists low matches too, and some reports have none
  for (Format format :
       {Format::text, Format::json, Format::jsonl, Format::csv, Format::markdown, Format::sarif}) {
    CAPTURE(static_cast<int>(format));
    const std::string whole = format_reports(all, format, options);
    for (std::size_t size : {1, 2, 3, 5}) {
      CAPTURE(size);
      CHECK(streamed(all, format, options, size, false) == whole);
      CHECK(streamed(all, format, options, size, true) == whole);
    }
  }
}

TEST_CASE("overlap::ReportStream with no reports writes the empty forms") {
  FormatOptions list;
  list.list = true;
  ReportStream json(Format::json, list);
  CHECK(json.head() + json.body({}) + json.tail() == "[]\n");
  CHECK(format_reports({}, Format::json) == "[]\n");
  ReportStream csv(Format::csv, list);
  CHECK(csv.head() + csv.tail() == csv_header());
}
