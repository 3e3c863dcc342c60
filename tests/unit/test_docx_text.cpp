#include "docx_text.h"
#include "error.h"
#include "file_bytes.h"
#include "test_data.h"
#include "text_input.h"

#include <doctest/doctest.h>

#include <string>

using namespace overlap;

namespace {

// `body` as the body of a WordprocessingML document.
std::string document(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
         "\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:body>" +
         body + "</w:body></w:document>";
}

std::string run(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

std::string fixture(const std::string& name) {
  return read_bytes(test_data("docx/" + name), 1 << 20, "");
}

} // namespace

TEST_CASE("overlap::wordml_to_text: a line per paragraph, runs joined") {
  CHECK(wordml_to_text(document("<w:p>" + run("Smart ") + run("grid") + "</w:p><w:p>" +
                                run("Scope") + "</w:p>")) == "Smart grid\nScope\n");
  // A table's cells are paragraphs.
  CHECK(wordml_to_text(document("<w:tbl><w:tr><w:tc><w:p>" + run("Title") +
                                "</w:p></w:tc><w:tc><w:p>" + run("Ports") +
                                "</w:p></w:tc></w:tr></w:tbl>")) == "Title\nPorts\n");
}

TEST_CASE("overlap::wordml_to_text: breaks, tabs, hyphens and references") {
  CHECK(wordml_to_text(document("<w:p>" + run("a") + "<w:r><w:br/></w:r>" + run("b") +
                                "<w:r><w:tab/></w:r>" + run("c") + "</w:p>")) == "a\nb c\n");
  CHECK(wordml_to_text(document("<w:p>" + run("e") + "<w:r><w:noBreakHyphen/></w:r>" + run("bike") +
                                "</w:p>")) == "e-bike\n");
  CHECK(wordml_to_text(document("<w:p>" + run("R&amp;D &lt;1 kV, IEC&#8217;s &#x41;") +
                                "</w:p>")) == "R&D <1 kV, IEC\u2019s A\n");
  CHECK(wordml_to_text(document("<w:p><w:r><w:t><![CDATA[a < b]]></w:t></w:r></w:p>")) ==
        "a < b\n");
}

TEST_CASE("overlap::wordml_to_text: what the reader does not see is left out") {
  // Tab stops in paragraph properties are no tabs.
  CHECK(wordml_to_text(document("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/>"
                                "</w:tabs></w:pPr>" +
                                run("x") + "</w:p>")) == "x\n");
  // Deleted text of tracked changes, and field codes.
  CHECK(wordml_to_text(
            document("<w:p><w:del><w:r><w:delText>railway</w:delText></w:r></w:del>"
                     "<w:r><w:instrText> HYPERLINK \"https://example.org\" </w:instrText></w:r>" +
                     run("link") + "</w:p>")) == "link\n");
  // Moved text, tracked: read where it went, not where it was.
  CHECK(wordml_to_text(document("<w:p><w:moveFrom>" + run("moved") + "</w:moveFrom>" +
                                run("kept ") + "<w:moveTo>" + run("moved") +
                                "</w:moveTo></w:p>")) == "kept moved\n");
  // Word writes a text box twice: for readers that know drawings, and a fallback.
  CHECK(wordml_to_text(document("<w:p><mc:AlternateContent><mc:Choice>" + run("box") +
                                "</mc:Choice><mc:Fallback>" + run("box") +
                                "</mc:Fallback></mc:AlternateContent></w:p>")) == "box\n");
  // Text outside <w:t> (white space between elements) is not the document's.
  CHECK(wordml_to_text(document("<w:p>\n  " + run("y") + "\n</w:p>")) == "y\n");
}

TEST_CASE("overlap::wordml_to_text: blank lines") {
  // None at the start (the first line is the title), at most one in a row, none at the end.
  CHECK(wordml_to_text(document("<w:p/><w:p></w:p><w:p>" + run("Title ") + "</w:p><w:p/><w:p/>" +
                                "<w:p>" + run("Scope") + "</w:p><w:p/>")) == "Title\n\nScope\n");
  CHECK(wordml_to_text(document("<w:p/>")).empty());
  CHECK(wordml_to_text("").empty());
  // A document cut off: its text up to there.
  CHECK(wordml_to_text("<w:p><w:t>cut</w:t></w:p><w:p><w:t") == "cut\n");
  CHECK(wordml_to_text("<w:p><w:t>unclosed") == "unclosed\n");
}

TEST_CASE("overlap::is_zip") {
  CHECK(is_zip(std::string("PK\3\4rest", 8)));
  CHECK(is_zip(std::string("PK\5\6", 4)));
  CHECK_FALSE(is_zip("PK"));
  CHECK_FALSE(is_zip("PKZIP is a program"));
}

TEST_CASE("overlap::docx_to_text: a Word document") {
  CHECK(docx_to_text(fixture("proposal.docx"), "proposal.docx", 1 << 20) ==
        "Smart grid & substation communication\n"
        "Scope\n"
        "Substation automation with IEC 61850\n"
        "Covers SCADA and protection relays\n"
        "for power utilities.\n"
        "See the IEC\u2019s site\n"
        "Text box\n"
        "\n"
        "Excluded: cabling <1 kV.\n");
}

TEST_CASE("overlap::docx_to_text: what is not a Word document") {
  CHECK_THROWS_WITH_AS(
      docx_to_text(fixture("spreadsheet.docx"), "s.docx", 1 << 20),
      "s.docx: a ZIP archive without word/document.xml: not a Word document (.docx)", Error);
  CHECK_THROWS_WITH_AS(docx_to_text(fixture("truncated.docx"), "t.docx", 1 << 20),
                       doctest::Contains("t.docx: not a readable ZIP archive"), Error);
  CHECK_THROWS_WITH_AS(docx_to_text("plain text", "p.txt", 1 << 20),
                       doctest::Contains("p.txt: not a readable ZIP archive"), Error);
  // The inflated size is bounded before anything is inflated.
  CHECK_THROWS_WITH_AS(docx_to_text(fixture("proposal.docx"), "big.docx", 100),
                       "big.docx: word/document.xml is larger than 100 bytes once inflated (see "
                       "--max-input-size)",
                       Error);
}

TEST_CASE("overlap::decode_input: documents that are not text") {
  InputOptions options;
  CHECK_THROWS_WITH_AS(decode_input(fixture("proposal.docx"), "form.docx", options),
                       "form.docx: a ZIP archive (a Word document?), where text is expected",
                       Error);
  options.word_documents = true;
  CHECK(decode_input(fixture("proposal.docx"), "form.docx", options)
            .starts_with("Smart grid & substation communication\n"));
  CHECK_THROWS_WITH_AS(decode_input("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "form.pdf", options),
                       doctest::Contains("form.pdf: a PDF document, not text: extract its text"),
                       Error);
  CHECK_THROWS_WITH_AS(
      decode_input(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(8, '\0'),
                   "form.doc", options),
      "form.doc: a Word 97-2003 document (.doc) or another OLE file: save it as .docx or as text",
      Error);
  // A Word document with no text is as empty as an empty file.
  CHECK_THROWS_WITH_AS(decode_input(fixture("empty.docx"), "empty.docx", options),
                       "empty.docx: nothing to score: the input is empty", Error);
}
