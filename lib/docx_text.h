#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace overlap {

// Proposals often come as Word documents: ISO's Form 4, IEC's NP form and ITU-T contributions are
// .docx files, ZIP archives whose part word/document.xml holds the text.

// Whether `bytes` start as a ZIP archive does ("PK\3\4"; "PK\5\6" for an empty one).
bool is_zip(std::string_view bytes);

// The text of the Word document `bytes` (see wordml_to_text). Throws overlap::Error naming `name`
// when `bytes` is not a ZIP archive, has no word/document.xml (another kind of archive, or a
// spreadsheet), that part cannot be read, or it is larger than `max_xml_bytes` once inflated.
std::string docx_to_text(std::string_view bytes, const std::string& name,
                         std::size_t max_xml_bytes);

// The text of WordprocessingML `xml`: a line per paragraph (a table's cells are paragraphs too),
// line breaks kept and tabs as spaces, character references decoded. Text that the reader does
// not see is left out: deleted text of tracked changes (and the old place of moved text), field
// codes (HYPERLINK "..."), and the copy of a drawing's text that Word writes a second time for
// older readers. Blank lines at the start are dropped, so that the first line is the document's
// title, and more than one blank line in a row becomes one.
std::string wordml_to_text(std::string_view xml);

} // namespace overlap
