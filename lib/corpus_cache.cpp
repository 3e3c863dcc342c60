#include "corpus_cache.h"

#include "analyzer.h"
#include "binary_io.h"
#include "error.h"
#include "evidence.h"
#include "mapped_file.h"
#include "stable_hash.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace overlap {

namespace {

namespace fs = std::filesystem;

// Bump when the analyzer, the index layout, this format or what load_corpus accepts changes: old
// caches then miss (v15: acronym plurals take their singular's key).
constexpr std::string_view cache_format = "overlap-check compiled corpus v15";
constexpr std::size_t caches_kept = 8;

void write_entry(BinaryWriter& out, const Entry& e) {
  out.put_string(e.id);
  out.put_strings(e.orgs);
  out.put_string(e.kind);
  out.put_string(e.title);
  out.put_string(e.scope);
  out.put_strings(e.keywords);
  out.put_string(e.parent);
  out.put_strings(e.aliases);
  out.put(static_cast<std::uint8_t>(e.active ? 1 : 0));
  out.put_string(e.successor);
  out.put_string(e.period);
  out.put_string(e.url);
  out.put_string(e.file);
  out.put(static_cast<std::int32_t>(e.line));
  out.put(static_cast<std::int32_t>(e.column));
  out.put_string(e.source);
  out.put_strings(e.liaisons);
}

Entry read_entry(BinaryReader& in) {
  Entry e;
  e.id = in.get_string();
  e.orgs = in.get_strings();
  e.kind = in.get_string();
  e.title = in.get_string();
  e.scope = in.get_string();
  e.keywords = in.get_strings();
  e.parent = in.get_string();
  e.aliases = in.get_strings();
  e.active = in.get<std::uint8_t>() != 0;
  e.successor = in.get_string();
  e.period = in.get_string();
  e.url = in.get_string();
  e.file = in.get_string();
  e.line = in.get<std::int32_t>();
  e.column = in.get<std::int32_t>();
  e.source = in.get_string();
  e.liaisons = in.get_strings();
  return e;
}

std::string serialize(const CompiledCorpus& compiled) {
  BinaryWriter out;
  out.put_string(cache_format);
  out.put(static_cast<std::uint32_t>(compiled.corpus.entries.size()));
  for (const Entry& e : compiled.corpus.entries) {
    write_entry(out, e);
  }
  std::vector<std::string> files;
  for (const auto& f : compiled.corpus.files) {
    files.push_back(f.string());
  }
  out.put_strings(files);
  out.put_string(compiled.corpus.thesaurus_file.string());
  out.put_string(compiled.corpus.glossary_file.string());
  compiled.index.write(out);
  compiled.thesaurus.write(out);
  compiled.glossary.write(out);
  out.put_string(compiled.evidence_note);
  return out.bytes();
}

// Reads a compiled corpus from `bytes`; its index views them in place and holds `backing`, which
// keeps them alive.
CompiledCorpus deserialize(std::string_view bytes, std::shared_ptr<const void> backing) {
  BinaryReader in(bytes);
  if (in.get_string() != cache_format) {
    throw CorruptCache("another cache format");
  }
  CompiledCorpus compiled;
  const std::uint32_t n = in.get_count(16);
  compiled.corpus.entries.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    compiled.corpus.entries.push_back(read_entry(in));
  }
  for (const std::string& f : in.get_strings()) {
    compiled.corpus.files.emplace_back(f);
  }
  compiled.corpus.thesaurus_file = in.get_string();
  compiled.corpus.glossary_file = in.get_string();
  try {
    compiled.corpus.build_lookup();
  } catch (const Error&) {
    throw CorruptCache("ids of the cache clash"); // the YAML was checked when the cache was made
  }
  compiled.index = Index::read(in, std::move(backing));
  compiled.thesaurus = Thesaurus::read(in);
  compiled.glossary = Glossary::read(in);
  compiled.evidence_note = in.get_string();
  if (!in.at_end() || compiled.index.entry_count() != n) {
    throw CorruptCache("cache file does not fit its corpus");
  }
  return compiled;
}

// Writes `bytes` to `file` through a temporary file and a rename, so readers never see half a file.
bool write_atomically(const fs::path& file, const std::string& bytes) {
  fs::path tmp = file;
  tmp += ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

// Keeps the most recently written caches, so that switching corpora does not fill the disk.
void prune(const fs::path& dir) {
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> caches;
  for (const auto& item : fs::directory_iterator(dir, ec)) {
    const std::string name = item.path().filename().string();
    if (name.rfind("corpus-", 0) == 0 && item.path().extension() == ".bin") {
      caches.emplace_back(item.last_write_time(ec), item.path());
    }
  }
  if (caches.size() <= caches_kept) {
    return;
  }
  std::sort(caches.begin(), caches.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = caches_kept; i < caches.size(); ++i) {
    fs::remove(caches[i].second, ec);
  }
}

} // namespace

CompiledCorpus compile_corpus(const std::vector<fs::path>& paths,
                              const std::optional<fs::path>& evidence) {
  CompiledCorpus compiled;
  compiled.corpus = load_corpus(paths);
  const Analyzer analyzer;
  if (evidence) {
    const Evidence loaded = load_evidence(*evidence, compiled.corpus);
    if (loaded.unknown_documents > 0) {
      compiled.evidence_note =
          evidence->string() + ": " + std::to_string(loaded.unknown_documents) + " documents of " +
          std::to_string(loaded.unknown.size()) +
          " committees that the corpus does not have (first: " + loaded.unknown.front().first +
          ") are left out";
    }
    const EvidenceTexts texts = loaded.texts();
    compiled.index = Index::build(compiled.corpus, analyzer, &texts);
  } else {
    compiled.index = Index::build(compiled.corpus, analyzer);
  }
  if (!compiled.corpus.thesaurus_file.empty()) {
    compiled.thesaurus = Thesaurus::load(compiled.corpus.thesaurus_file, analyzer);
  }
  if (!compiled.corpus.glossary_file.empty()) {
    compiled.glossary = Glossary::load(compiled.corpus.glossary_file, analyzer);
  }
  return compiled;
}

std::string corpus_fingerprint(const CorpusFiles& files) {
  std::uint64_t hash = stable_hash(cache_format);
  std::vector<fs::path> all = files.files;
  for (const fs::path& extra : {files.thesaurus, files.glossary}) {
    if (!extra.empty()) {
      all.push_back(extra);
    }
  }
  for (const fs::path& file : all) {
    hash = stable_hash(fs::absolute(file).string(), hash);
    auto mapped = MappedFile::open(file);
    if (!mapped) {
      throw Error("cannot read corpus file", file.string());
    }
    hash = stable_hash(mapped->bytes(), hash);
  }
  std::ostringstream hex;
  hex << std::hex << hash;
  return hex.str();
}

CompiledCorpus open_corpus(const std::vector<fs::path>& paths,
                           const std::optional<fs::path>& cache_dir,
                           const std::optional<fs::path>& evidence) {
  if (!cache_dir) {
    return compile_corpus(paths, evidence);
  }
  CorpusFiles files = list_corpus_files(paths);
  if (evidence) {
    files.files.push_back(*evidence); // its bytes decide the index too
  }
  const fs::path file = *cache_dir / ("corpus-" + corpus_fingerprint(files) + ".bin");
  if (auto mapped = MappedFile::open(file)) {
    try {
      auto backing = std::make_shared<const MappedFile>(std::move(*mapped));
      const std::string_view bytes = backing->bytes();
      return deserialize(bytes, std::move(backing));
    } catch (const CorruptCache&) {
      // fall through: rebuild and overwrite
    }
  }
  CompiledCorpus compiled = compile_corpus(paths, evidence);
  std::error_code ec;
  fs::create_directories(*cache_dir, ec);
  if (!ec && write_atomically(file, serialize(compiled))) {
    prune(*cache_dir);
  }
  return compiled;
}

std::optional<fs::path> default_cache_dir() {
  if (const char* dir = std::getenv("OVERLAP_CHECK_CACHE_DIR"); dir != nullptr && *dir != '\0') {
    return fs::path(dir);
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    return fs::path(xdg) / "overlap-check";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return fs::path(home) / ".cache" / "overlap-check";
  }
  return std::nullopt;
}

} // namespace overlap
