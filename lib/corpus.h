#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace overlap {

// A place in a corpus file, for messages: 1-based line and column; 0 when unknown.
struct Location {
  int line = 0;
  int column = 0;
};

// One group of the corpus: a committee, subcommittee, Study Group, Question or Focus Group.
struct Entry {
  std::string id;                    // canonical id, e.g. "ISO/IEC JTC 1/SC 42"
  std::vector<std::string> orgs;     // "ISO", "IEC", "ITU-T"; two for joint groups
  std::string kind;                  // TC, SC, PC, JTC, SyC, SEG, AC, TA, Committee, WS, SG, ...
  std::string title;                 // official title
  std::string scope;                 // our summary of the group's work
  std::vector<std::string> keywords; // distinctive terms and phrases
  std::string parent;                // id of the parent group, or ""
  std::vector<std::string> aliases;  // other spellings of the id
  bool active = true;                // status: active | closed
  std::string successor;             // for closed groups: where the work went, or ""
  std::string period;                // ITU-T study period, or ""
  std::string url;
  std::string source;                // where an imported entry came from ("iso-open-data"), or ""
  std::vector<std::string> liaisons; // ids of groups it has a liaison with (imported), if known
  std::string file;                  // where the entry was read, for messages
  int line = 0;
  int column = 0;
  Location parent_at;    // where `parent` is written
  Location successor_at; // where `successor` is written
};

// All entries of a corpus, in a stable order (by file, then as written).
struct Corpus {
  std::vector<Entry> entries;
  std::vector<std::filesystem::path> files;
  std::filesystem::path thesaurus_file; // corpus/thesaurus.yaml when present, else empty
  std::filesystem::path glossary_file;  // corpus/french.yaml when present, else empty

  // The index in `entries` of the entry whose id or alias is `id`, if any.
  std::optional<std::size_t> find(std::string_view id) const;

  // The entry that carries on entry `i`'s work: `i` itself, unless it is closed and names a
  // successor, whose own current() it is then (load_corpus refuses cycles of successors).
  std::size_t current(std::size_t i) const { return m_current[i]; }

  // The index of the parent of entry `i`, or npos for a top-level entry.
  std::size_t parent_of(std::size_t i) const { return m_parents[i]; }
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  // parent_of() of every entry, in entry order.
  std::span<const std::size_t> parents() const { return m_parents; }

  // The group entry `i` is shown under: its highest ancestor below a joint technical committee
  // (a JTC's subcommittees are groups of their own, as the SPCG names them), or itself.
  std::size_t group(std::size_t i) const { return m_groups[i]; }

  // Builds the id and alias lookup, the parent links and each entry's current() and group(); called
  // by load_corpus, and again by whoever changes `entries` after it.
  void build_lookup();

private:
  std::unordered_map<std::string, std::size_t> m_by_id;
  std::vector<std::size_t> m_parents;
  std::vector<std::size_t> m_current; // current() of every entry
  std::vector<std::size_t> m_groups;  // group() of every entry
};

// The organizations an entry may name.
bool is_known_org(std::string_view org);

// The files of a corpus: the entry files of every root, and the thesaurus and the French
// glossary when there are.
struct CorpusFiles {
  std::vector<std::filesystem::path> files;
  std::filesystem::path thesaurus;
  std::filesystem::path glossary;
};

// Lists the files load_corpus would read from `paths`. Throws overlap::Error when a path does not
// exist or a directory holds no *.yaml file.
CorpusFiles list_corpus_files(const std::vector<std::filesystem::path>& paths);

// Loads every *.yaml file below each of `paths` (directories are walked; files are read as
// given), except thesaurus.yaml and french.yaml, and validates the entries. An imported entry (one
// with `source`) whose id another entry already has updates that entry instead of duplicating it
// (see merge_imported). Throws overlap::Error as `file:line:col: message` for files that are not
// UTF-8 text, malformed YAML, a second YAML document in a file, an empty file, unknown, repeated or
// missing fields, wrong types, duplicate ids, unknown parents or successors and cycles of
// parents or of successors; as `path: message` for a missing path or a directory without *.yaml
// files.
Corpus load_corpus(const std::vector<std::filesystem::path>& paths);

// The corpus of one file's YAML `text`, validated like load_corpus; `file` names it in messages.
// For tests and fuzzing.
Corpus corpus_from_yaml(std::string_view text, const std::string& file);

// Updates `entry` with the imported entry `imported` of the same id: the official title, the
// scope (when the import has one), url, source and liaisons come from `imported`; the
// project's keywords, kind, organizations, parent and status stay; aliases are merged.
void merge_imported(Entry& entry, const Entry& imported);

} // namespace overlap
