#!/usr/bin/env python3
"""Writes the Word documents of the tests (run it again after changing it; the output is the same
bytes each time, as the ZIP entries carry a fixed date).

  proposal.docx     a proposal as ISO's Form 4 lays one out: a title, a table of fields, a line
                    break, a tab, a tracked deletion, a field code, character references
  empty.docx        a Word document with empty paragraphs only
  spreadsheet.docx  a ZIP archive without word/document.xml (as an .xlsx is)
  truncated.docx    the first half of proposal.docx
  circular.yaml     proposal.docx under a circular's name (a circular must be text)
"""
import os, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def para(*runs, props=''):
    return f'<w:p>{props}{"".join(runs)}</w:p>'


def run(text):
    return f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def cell(text):
    return f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{para(run(text))}</w:tc>'


DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document {W} {MC}><w:body>'
    '<w:p/>'  # an empty paragraph before the title
    + para(run('Smart grid &amp; substation communication'),
           props='<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>')
    + '<w:tbl><w:tr>' + cell('Scope') + cell('Substation automation with IEC 61850') + '</w:tr></w:tbl>'
    + para(run('Covers SCADA'), '<w:r><w:tab/></w:r>', run('and protection relays'),
           '<w:r><w:br/></w:r>', run('for power utilities.'))
    + para('<w:del w:id="1" w:author="x"><w:r><w:delText>railway signalling</w:delText></w:r></w:del>',
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
           '<w:r><w:instrText> HYPERLINK "https://example.org/railway" </w:instrText></w:r>',
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run('See the IEC&#8217;s site'),
           '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    + para('<mc:AlternateContent><mc:Choice Requires="wps">' + run('Text box') +
           '</mc:Choice><mc:Fallback>' + run('Text box') + '</mc:Fallback></mc:AlternateContent>')
    + '<w:p/><w:p/>'
    + para(run('Excluded: cabling &lt;1 kV.'))
    + '<w:sectPr/></w:body></w:document>')


def write_zip(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


def main():
    proposal = os.path.join(HERE, 'proposal.docx')
    write_zip(proposal, [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS),
                         ('word/document.xml', DOCUMENT)])
    write_zip(os.path.join(HERE, 'empty.docx'),
              [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS),
               ('word/document.xml', f'<w:document {W}><w:body><w:p/><w:p/></w:body></w:document>')])
    write_zip(os.path.join(HERE, 'spreadsheet.docx'),
              [('[Content_Types].xml', CONTENT_TYPES), ('xl/workbook.xml', '<workbook/>')])
    data = open(proposal, 'rb').read()
    open(os.path.join(HERE, 'truncated.docx'), 'wb').write(data[:len(data) // 2])
    open(os.path.join(HERE, 'circular.yaml'), 'wb').write(data)


if __name__ == '__main__':
    main()
