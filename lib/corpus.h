#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace overlap {

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
  std::string file; // where the entry was read, for messages
  int line = 0;
};

// All entries of a corpus, in a stable order (by file, then as written).
struct Corpus {
  std::vector<Entry> entries;
  std::vector<std::filesystem::path> files;
  std::filesystem::path thesaurus_file; // corpus/thesaurus.yaml when present, else empty

  // The index in `entries` of the entry whose id or alias is `id`, if any.
  std::optional<std::size_t> find(std::string_view id) const;

  // Builds the id and alias lookup; called by load_corpus.
  void build_lookup();

private:
  std::unordered_map<std::string, std::size_t> m_by_id;
};

// The organizations an entry may name.
bool is_known_org(std::string_view org);

// Loads every *.yaml file below each of `paths` (directories are walked; files are read as
// given), except thesaurus.yaml, and validates the entries. An imported entry (one with `source`)
// whose id another entry already has updates that entry instead of duplicating it (see
// merge_imported). Throws overlap::Error as `file:line:col: message` for malformed YAML, unknown
// or missing fields, wrong types, duplicate ids, unknown parents or successors, cycles of
// parents, and for a corpus without entries.
Corpus load_corpus(const std::vector<std::filesystem::path>& paths);

// Updates `entry` with the imported entry `imported` of the same id: the official title, the
// scope (when the import has one), url, source and liaisons come from `imported`; the
// project's keywords, kind, organizations, parent and status stay; aliases are merged.
void merge_imported(Entry& entry, const Entry& imported);

} // namespace overlap
