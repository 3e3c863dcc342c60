#pragma once

#include <optional>
#include <string>

namespace overlap {

// One proposal to score: a record of a circular, or a proposal file.
struct Proposal {
  std::string input;               // the file it was read from ("-" for standard input)
  std::string id;                  // the record's id; empty for a proposal file
  std::string title;               // the record's title; for a file, see proposal_title
  std::string scope;               // the record's scope; empty for a file
  std::optional<std::string> from; // the proposing organization: ISO, IEC or ITU-T
  std::string url;                 // where the proposal is published, or ""
  int line = 0;                    // the line of `input` the record starts on; 0 for a file
  std::string text;                // what is scored: title and scope, or the whole file

  // How outputs name the proposal: the record's id, else the file name.
  const std::string& name() const { return id.empty() ? input : id; }
};

// A proposal file's `text`, read from `input`: its title is its first line (proposal_title in
// title.h).
Proposal proposal_from_file(std::string input, std::string text, std::optional<std::string> from);

} // namespace overlap
