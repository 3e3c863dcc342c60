#pragma once

#include "error.h"
#include "proposal.h"
#include "text_input.h"

#include <string>
#include <vector>

namespace overlap {

// A circular of new proposals: the records read from it, and those skipped for errors.
struct Circular {
  std::vector<Proposal> proposals;
  std::vector<Error> errors; // one per skipped record: "record N: ...", at the record's line
};

// How a circular is written: a YAML list (or a mapping with a `proposals` list), one JSON object a
// line, or CSV with a header row.
enum class CircularFormat { yaml, jsonl, csv };

// The format of the circular at `path`, from its extension: .yaml or .yml, .jsonl or .ndjson, .csv.
// Throws overlap::Error naming `path` for any other extension.
CircularFormat circular_format(const std::string& path);

// Parses the circular `text` in `format`. Each record needs `id`, `title`, `scope` and `from` (ISO,
// IEC or ITU-T), may have `url`, and other fields are ignored. A record with a missing or malformed
// field, or an id already used, is skipped and reported in Circular::errors by its record number;
// `name` names the file in them and in Proposal::input. Throws overlap::Error for a file that
// cannot be read as a whole (malformed YAML, no list of records, a CSV header without a required
// column).
Circular parse_circular(const std::string& text, CircularFormat format, const std::string& name);

// Reads the circular at `path` (as read_input() reads text, with `options`) and parses it in the
// format its extension says.
Circular read_circular(const std::string& path, const InputOptions& options = {});

// The records of `proposals` (id, title, scope, from, url) as a circular in `format`, so that
// parse_circular() reads them back unchanged.
std::string write_circular(const std::vector<Proposal>& proposals, CircularFormat format);

} // namespace overlap
