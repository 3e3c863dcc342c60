#include "mapped_file.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace overlap;
namespace fs = std::filesystem;

TEST_CASE("overlap::MappedFile maps a file's bytes") {
  const fs::path dir =
      fs::temp_directory_path() / ("overlap-mapped-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "some.bin", std::ios::binary) << std::string("abc\0def", 7);
  std::ofstream(dir / "empty.bin", std::ios::binary);

  auto mapped = MappedFile::open(dir / "some.bin");
  REQUIRE(mapped);
  CHECK(mapped->bytes() == std::string_view("abc\0def", 7));
  MappedFile moved = std::move(*mapped); // the mapping moves with it
  CHECK(moved.bytes().size() == 7);

  auto empty = MappedFile::open(dir / "empty.bin");
  REQUIRE(empty);
  CHECK(empty->bytes().empty());

  CHECK_FALSE(MappedFile::open(dir / "missing.bin"));
  CHECK_FALSE(MappedFile::open(dir)); // a directory is not a file
  fs::remove_all(dir);
}
