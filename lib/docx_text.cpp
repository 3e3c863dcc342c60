#include "docx_text.h"

#include "error.h"
#include "html_text.h"
#include "zip_member.h"

#include <algorithm>
#include <array>
#include <optional>

namespace overlap {

namespace {

constexpr const char* document_part = "word/document.xml";

// Elements whose content the reader of the document does not see as text: paragraph and run
// properties (they hold tab stops, <w:tab w:pos=.../>), deleted text of tracked changes and the
// old place of moved text, field codes, and the second copy of a drawing's text that Word writes
// for older readers.
bool hides_text(std::string_view element) {
  static constexpr auto hidden =
      std::to_array<std::string_view>({"w:pPr", "w:rPr", "w:delText", "w:moveFrom", "w:instrText",
                                       "w:delInstrText", "mc:Fallback"});
  return std::find(hidden.begin(), hidden.end(), element) != hidden.end();
}

// Appends `text` with its character references decoded.
void append_decoded(std::string_view text, std::string& out) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '&') {
      if (const std::size_t used = decode_character_reference(text, i, out); used > 0) {
        i += used;
        continue;
      }
    }
    out += text[i++];
  }
}

// Lines without trailing blanks, no blank line at the start, at most one blank line in a row.
std::string tidy_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t blank_lines = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    end = end == std::string_view::npos ? text.size() : end;
    std::string_view line = text.substr(begin, end - begin);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    begin = end + 1;
    if (line.empty()) {
      ++blank_lines;
      continue;
    }
    if (!out.empty()) {
      out += blank_lines > 0 ? "\n\n" : "\n";
    }
    out += line;
    blank_lines = 0;
  }
  if (!out.empty()) {
    out += '\n';
  }
  return out;
}

} // namespace

bool is_zip(std::string_view bytes) {
  return bytes.size() >= 4 && bytes[0] == 'P' && bytes[1] == 'K' &&
         ((bytes[2] == '\3' && bytes[3] == '\4') || (bytes[2] == '\5' && bytes[3] == '\6'));
}

std::string wordml_to_text(std::string_view xml) {
  std::string text;
  std::size_t hidden = 0; // depth inside elements that hide their text
  bool in_text = false;   // inside <w:t>
  for (std::size_t i = 0; i < xml.size();) {
    if (xml[i] != '<') {
      std::size_t end = xml.find('<', i);
      end = end == std::string_view::npos ? xml.size() : end;
      if (in_text && hidden == 0) {
        append_decoded(xml.substr(i, end - i), text);
      }
      i = end;
      continue;
    }
    const std::string_view rest = xml.substr(i);
    if (rest.starts_with("<![CDATA[")) {
      std::size_t end = xml.find("]]>", i);
      end = end == std::string_view::npos ? xml.size() : end;
      if (in_text && hidden == 0) {
        text.append(xml.substr(i + 9, end - std::min(end, i + 9)));
      }
      i = std::min(xml.size(), end + 3);
      continue;
    }
    if (rest.starts_with("<!--")) {
      const std::size_t end = xml.find("-->", i);
      i = end == std::string_view::npos ? xml.size() : end + 3;
      continue;
    }
    const std::size_t end = xml.find('>', i);
    if (end == std::string_view::npos) {
      break;
    }
    std::string_view tag = xml.substr(i + 1, end - i - 1);
    i = end + 1;
    if (tag.starts_with('?') || tag.starts_with('!')) {
      continue; // the XML declaration, a DOCTYPE
    }
    const bool closing = tag.starts_with('/');
    const bool empty = tag.ends_with('/');
    tag.remove_prefix(closing ? 1 : 0);
    const std::string_view element = tag.substr(0, tag.find_first_of(" \t\r\n/"));
    if (hides_text(element)) {
      if (closing) {
        hidden -= hidden > 0 ? 1 : 0;
      } else if (!empty) {
        ++hidden;
      }
      continue;
    }
    if (hidden > 0) {
      continue;
    }
    if (element == "w:t") {
      in_text = !closing && !empty;
    } else if (element == "w:tab" && !closing) {
      text += ' ';
    } else if ((element == "w:br" || element == "w:cr") && !closing) {
      text += '\n';
    } else if (element == "w:noBreakHyphen" && !closing) {
      text += '-';
    } else if (element == "w:p" && (closing || empty)) {
      text += '\n';
    }
  }
  return tidy_lines(text);
}

std::string docx_to_text(std::string_view bytes, const std::string& name,
                         std::size_t max_xml_bytes) {
  const std::optional<std::string> xml = read_zip_member(bytes, document_part, max_xml_bytes, name);
  if (!xml) {
    throw Error("a ZIP archive without word/document.xml: not a Word document (.docx)", name);
  }
  return wordml_to_text(*xml);
}

} // namespace overlap
