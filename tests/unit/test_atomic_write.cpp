#include "atomic_write.h"
#include "error.h"
#include "test_files.h"

#include <doctest/doctest.h>

using namespace overlap;

TEST_CASE("overlap::write_file_atomically") {
  TempDir dir("atomic");
  SUBCASE("writes a new file and replaces an old one, leaving no temporary file") {
    const std::string file = dir / "out.sarif";
    write_file_atomically(file, "first");
    CHECK(read_file(file) == "first");
    write_file_atomically(file, std::string(100000, 'x'));
    CHECK(read_file(file) == std::string(100000, 'x'));
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) {
      ++entries;
    }
    CHECK(entries == 1);
  }
  SUBCASE("a directory that does not exist is an error naming the file") {
    const std::string file = dir / "no/such/dir/out.txt";
    CHECK_THROWS_WITH_AS(write_file_atomically(file, "x"),
                         doctest::Contains((file + ": cannot write: ").c_str()), Error);
  }
  SUBCASE("a target that cannot be replaced leaves the temporary file removed") {
    std::filesystem::create_directory(dir / "taken");
    std::filesystem::create_directory(
        dir / "taken/child"); // a non-empty directory cannot be renamed over
    CHECK_THROWS_WITH_AS(write_file_atomically(dir / "taken", "x"),
                         doctest::Contains("cannot replace the file"), Error);
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) {
      ++entries;
    }
    CHECK(entries == 1);
  }
}

TEST_CASE("overlap::AtomicFile") {
  TempDir dir("atomic-file");
  const std::string file = dir / "out.json";
  auto entries = [&] {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) {
      ++n;
    }
    return n;
  };
  SUBCASE("pieces appear together at commit") {
    write_file_atomically(file, "old");
    {
      AtomicFile out(file);
      out.write("[1, ");
      out.write("");
      out.write("2]\n");
      CHECK(read_file(file) == "old"); // nothing shows before the commit
      out.commit();
    }
    CHECK(read_file(file) == "[1, 2]\n");
    CHECK(entries() == 1);
  }
  SUBCASE("without a commit the old file stays and the temporary file goes") {
    write_file_atomically(file, "old");
    {
      AtomicFile out(file);
      out.write("half");
    }
    CHECK(read_file(file) == "old");
    CHECK(entries() == 1);
  }
}
