#include "progress.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace overlap;

TEST_CASE("overlap::Progress") {
  SUBCASE("the bar") {
    CHECK(Progress::render(0, 4, "proposals", 8) == "overlap-check: [--------] 0/4 proposals");
    CHECK(Progress::render(3, 4, "proposals", 8) == "overlap-check: [######--] 3/4 proposals");
    CHECK(Progress::render(4, 4, "proposals", 8) == "overlap-check: [########] 4/4 proposals");
  }
  SUBCASE("draws in place and ends the line") {
    std::ostringstream out;
    Progress progress(out, 2, true, "proposals", std::chrono::milliseconds(0));
    progress.update(1);
    progress.update(2);
    progress.finish();
    const std::string s = out.str();
    CHECK(s.rfind("\roverlap-check: [", 0) == 0);
    CHECK(s.find("] 2/2 proposals\n") != std::string::npos);
  }
  SUBCASE("silent when disabled or before the delay") {
    std::ostringstream out;
    Progress off(out, 2, false, "proposals", std::chrono::milliseconds(0));
    off.update(2);
    off.finish();
    Progress quick(out, 2, true, "proposals", std::chrono::milliseconds(60000));
    quick.update(2);
    quick.finish();
    CHECK(out.str().empty());
  }
}
