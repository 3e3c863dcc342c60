#include "title.h"

#include <doctest/doctest.h>

#include <string>

using namespace overlap;

TEST_CASE("overlap::proposal_title") {
  CHECK(proposal_title("Road vehicles - Brakes\n\nScope: ...") == "Road vehicles - Brakes");
  CHECK(proposal_title("\n  \n# Smart grid \r\nmore") == "Smart grid");
  CHECK(proposal_title("  \t\n\n") == "");
  CHECK(proposal_title("") == "");
  SUBCASE("the labels of proposal forms are not the title") {
    CHECK(proposal_title("NEW WORK ITEM PROPOSAL\n\nFuneral services - Requirements\n") ==
          "Funeral services - Requirements");
    CHECK(proposal_title("# New work item proposal (NWIP)\nYoga mats") == "Yoga mats");
    CHECK(proposal_title("NWIP: Bidirectional power transfer\nScope") ==
          "Bidirectional power transfer");
    CHECK(proposal_title("Proposal for a new field of technical activity: Ayurveda and yoga") ==
          "Ayurveda and yoga");
    CHECK(proposal_title("Focus Group proposal:\nAI native networks") == "AI native networks");
    CHECK(proposal_title("NWIP\n\n") == "NWIP"); // labels only
  }
  SUBCASE("a colon after anything else belongs to the title") {
    CHECK(proposal_title("Hybrid peer-to-peer communications: Peer protocol") ==
          "Hybrid peer-to-peer communications: Peer protocol");
    CHECK(proposal_title("Proposal management: vocabulary") == "Proposal management: vocabulary");
  }
}

TEST_CASE("overlap::introductory_element") {
  SUBCASE("the field before the first spaced dash") {
    CHECK(introductory_element("Ships and marine technology - Pneumatic quick-closing control "
                               "devices") == "Ships and marine technology");
    CHECK(introductory_element("Health informatics - Clinical models - Part 1: General") ==
          "Health informatics");
    CHECK(introductory_element("Live working \xE2\x80\x93 Eye protectors") == "Live working");
    CHECK(introductory_element("Textiles \xE2\x80\x94 Vocabulary") == "Textiles");
  }
  SUBCASE("hyphens within words and numbers do not cut") {
    CHECK(introductory_element("IEC 60477-1 laboratory resistors") ==
          "IEC 60477-1 laboratory resistors");
    CHECK(introductory_element("Cyber-security of ports") == "Cyber-security of ports");
  }
  SUBCASE("a title without a dash is all introduction") {
    CHECK(introductory_element("Customer contact centres") == "Customer contact centres");
  }
  SUBCASE("a sentence or a paragraph is no title") {
    CHECK(introductory_element("Smart contracts for energy trading in the smart grid.") == "");
    CHECK(introductory_element(std::string(longest_title + 1, 'a')) == "");
    CHECK(introductory_element(std::string(longest_title, 'a')).size() == longest_title);
  }
}
