#include "batch.h"

#include "error.h"
#include "parallel.h"
#include "text_util.h"

#include <algorithm>
#include <filesystem>
#include <mutex>

namespace overlap {

namespace {

namespace fs = std::filesystem;

bool is_proposal_file(const fs::path& path) {
  const std::string ext = ascii_lower(path.extension().string());
  // "~$form.docx" is the lock file Word keeps beside a document it has open.
  return ext == ".txt" || ext == ".md" ||
         (ext == ".docx" && !path.filename().string().starts_with("~$"));
}

std::vector<std::string> walk(const std::string& dir) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    if (path.filename().string().starts_with(".")) {
      if (it->is_directory(ec)) {
        it.disable_recursion_pending();
      }
      continue;
    }
    if (it->is_regular_file(ec) && is_proposal_file(path)) {
      found.push_back(path.generic_string());
    }
  }
  if (ec) {
    throw Error("cannot read the directory: " + ec.message(), dir);
  }
  std::sort(found.begin(), found.end());
  if (found.empty()) {
    throw Error("no .txt, .md or .docx proposal files in this directory", dir);
  }
  return found;
}

} // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      for (std::string& file : walk(path)) {
        files.push_back(std::move(file));
      }
    } else {
      files.push_back(path);
    }
  }
  return files;
}

std::vector<Checked> check_proposals(const Checker& checker, std::span<const Proposal> proposals,
                                     const CheckOptions& options, std::size_t jobs,
                                     const std::function<void(std::size_t)>& done,
                                     const std::function<void(Checked&)>& then, StepTimes* times) {
  std::mutex times_mutex;
  const std::function<Checked(std::size_t)> work = [&](std::size_t i) {
    const Proposal& p = proposals[i];
    CheckOptions own = options;
    own.rank.from = p.from;
    Checked out;
    StepTimes mine;
    try {
      out.report = checker.check(p.text, p.input, own, times != nullptr ? &mine : nullptr);
    } catch (const Error& e) {
      out.error = e;
      return out;
    }
    if (times != nullptr) {
      const std::lock_guard<std::mutex> lock(times_mutex);
      *times += mine;
    }
    out.report.id = p.id;
    out.report.title = p.title;
    out.report.url = p.url;
    out.report.line = p.line;
    if (then) {
      then(out);
    }
    return out;
  };
  return parallel_map<Checked>(proposals.size(), jobs, work, done);
}

} // namespace overlap
