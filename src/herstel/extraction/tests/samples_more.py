# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Small files in the formats added for real-world corpora, built in code.

PPTX, ODS, ODP, EPUB, RTF, mbox, Strict OOXML, DOCX with an altChunk, XLSX
with comments, headers and drawings, and PDFs with annotations, form fields
and attachments. All names and numbers are invented.
"""

from __future__ import annotations

import io
import struct
import zipfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from pypdf import PdfReader
from pypdf import PdfWriter
from pypdf.generic import ArrayObject
from pypdf.generic import DictionaryObject
from pypdf.generic import FloatObject
from pypdf.generic import NameObject
from pypdf.generic import NumberObject
from pypdf.generic import TextStringObject

from .cfb import Storage
from .cfb import write_compound_file
from .samples import make_docx
from .samples import make_email
from .samples import make_pdf
from .samples import make_xlsx
from .samples import make_zip

_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _rels(*items: tuple[str, str, str]) -> str:
    body = "".join(
        f'<Relationship Id="{rid}" Type="{_R}/{kind}" Target="{target}"/>'
        for rid, kind, target in items
    )
    return f'<?xml version="1.0"?><Relationships xmlns="{_PR}">{body}</Relationships>'


def _core(creator: str, modified_by: str) -> str:
    return (
        '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.'
        'openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator>{creator}</dc:creator><dc:title>Verslag</dc:title>"
        f"<cp:lastModifiedBy>{modified_by}</cp:lastModifiedBy></cp:coreProperties>"
    )


def _shape(*paragraphs: str) -> str:
    body = "".join(f"<a:p><a:r><a:t>{text}</a:t></a:r></a:p>" for text in paragraphs)
    return f"<p:sp><p:txBody><a:bodyPr/>{body}</p:txBody></p:sp>"


def _slide(*paragraphs: str) -> str:
    return (
        f'<?xml version="1.0"?><p:sld xmlns:p="{_P}" xmlns:a="{_A}" '
        f'xmlns:r="{_R}"><p:cSld><p:spTree>{_shape(*paragraphs)}'
        "</p:spTree></p:cSld></p:sld>"
    )


def make_pptx() -> bytes:
    """Two slides (sldIdLst order, not file-name order), notes and a comment."""
    presentation = (
        f'<?xml version="1.0"?><p:presentation xmlns:p="{_P}" xmlns:r="{_R}">'
        '<p:sldIdLst><p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId1"/>'
        "</p:sldIdLst></p:presentation>"
    )
    notes = (
        f'<?xml version="1.0"?><p:notes xmlns:p="{_P}" xmlns:a="{_A}">'
        f"<p:cSld><p:spTree>{_shape('Spreker: bel Karel Appel.', '2')}"
        "</p:spTree></p:cSld></p:notes>"
    )
    comments = (
        f'<?xml version="1.0"?><p:cmLst xmlns:p="{_P}"><p:cm authorId="0">'
        "<p:text>Klopt het adres van mevrouw Bakker?</p:text></p:cm></p:cmLst>"
    )
    authors = (
        f'<?xml version="1.0"?><p:cmAuthorLst xmlns:p="{_P}">'
        '<p:cmAuthor id="0" name="Henk Visser" initials="HV"/></p:cmAuthorLst>'
    )
    return make_zip(
        {
            "[Content_Types].xml": f'<?xml version="1.0"?><Types xmlns="{_CT}"/>',
            "_rels/.rels": _rels(
                ("rId1", "officeDocument", "ppt/presentation.xml"),
                ("rId2", "metadata/core-properties", "docProps/core.xml"),
            ),
            "docProps/core.xml": _core("Els Dekker", "Piet Smit"),
            "ppt/presentation.xml": presentation,
            "ppt/_rels/presentation.xml.rels": _rels(
                ("rId1", "slide", "slides/slide1.xml"),
                ("rId2", "slide", "slides/slide2.xml"),
                ("rId3", "commentAuthors", "commentAuthors.xml"),
            ),
            "ppt/commentAuthors.xml": authors,
            "ppt/slides/slide1.xml": _slide("Tweede dia", "Woonplaats: Gouda"),
            "ppt/slides/slide2.xml": _slide("Eerste dia", "Overleg met Jan Jansen"),
            "ppt/slides/_rels/slide2.xml.rels": _rels(
                ("rId1", "notesSlide", "../notesSlides/notesSlide1.xml"),
                ("rId2", "comments", "../comments/comment1.xml"),
            ),
            "ppt/notesSlides/notesSlide1.xml": notes,
            "ppt/comments/comment1.xml": comments,
        }
    )


_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)


def _odf(mimetype: str, body: str) -> bytes:
    content = (
        f'<?xml version="1.0"?><office:document-content {_ODF_NS}>'
        f"<office:body>{body}</office:body></office:document-content>"
    )
    meta = (
        f'<?xml version="1.0"?><office:document-meta {_ODF_NS}><office:meta>'
        "<meta:initial-creator>Sanne de Wit</meta:initial-creator>"
        "<dc:creator>Ahmed Yilmaz</dc:creator></office:meta></office:document-meta>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("meta.xml", meta)
    return buffer.getvalue()


def make_ods() -> bytes:
    """Two sheets; a cell with a comment by a named author."""
    row = (
        "<table:table-row><table:table-cell><text:p>Naam</text:p></table:table-cell>"
        "<table:table-cell><text:p>Petra Jansen</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated='1000'/></table:table-row>"
    )
    note = (
        "<table:table-row><table:table-cell><office:annotation>"
        "<dc:creator>Rik Mulder</dc:creator><text:p>Nagaan bij burgerzaken</text:p>"
        "</office:annotation><text:p>BSN</text:p></table:table-cell></table:table-row>"
    )
    body = (
        "<office:spreadsheet>"
        f"<table:table table:name='Cliënten'>{row}{note}</table:table>"
        "<table:table table:name='Leeg'/>"
        "</office:spreadsheet>"
    )
    return _odf("application/vnd.oasis.opendocument.spreadsheet", body)


def make_odp() -> bytes:
    """Two slides with a text box each and speaker notes."""

    def page(name: str, text: str, notes: str) -> str:
        return (
            f"<draw:page draw:name='{name}'><draw:frame><draw:text-box>"
            f"<text:p>{text}</text:p></draw:text-box></draw:frame>"
            "<presentation:notes><draw:frame><draw:text-box>"
            f"<text:p>{notes}</text:p></draw:text-box></draw:frame>"
            "</presentation:notes></draw:page>"
        )

    body = (
        "<office:presentation>"
        + page("Inleiding", "Welkom bij het overleg", "Noem Fatima Bouzid")
        + page("Besluit", "Besluit over Dorpsstraat 1", "Einde")
        + "</office:presentation>"
    )
    return _odf("application/vnd.oasis.opendocument.presentation", body)


def make_epub() -> bytes:
    """Two chapters whose spine order differs from their file names."""
    container = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
        '<rootfile full-path="OEBPS/content.opf" '
        'media-type="application/oebps-package+xml"/></rootfiles></container>'
    )
    opf = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title>Jaarverslag</dc:title><dc:creator>Kees de Vries</dc:creator>"
        '</metadata><manifest><item id="a" href="b.xhtml" '
        'media-type="application/xhtml+xml"/><item id="b" href="a.xhtml" '
        'media-type="application/xhtml+xml"/><item id="css" href="s.css" '
        'media-type="text/css"/></manifest><spine><itemref idref="a"/>'
        '<itemref idref="b"/></spine></package>'
    )

    def page(text: str) -> str:
        return (
            '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>x</title></head><body><p>{text}</p></body></html>"
        )

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED
        )
        archive.writestr("META-INF/container.xml", container)
        archive.writestr("OEBPS/content.opf", opf)
        archive.writestr("OEBPS/b.xhtml", page("Hoofdstuk een over Zoë Öztürk."))
        archive.writestr("OEBPS/a.xhtml", page("Hoofdstuk twee."))
        archive.writestr("OEBPS/s.css", "p { color: red }")
    return buffer.getvalue()


def make_rtf() -> bytes:
    """RTF with an info group, a code page escape, a table and a picture."""
    return (
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}"
        rb"{\info{\author Mark Rutte}{\operator Sigrid Kaag}{\title Notitie}}"
        rb"{\pict\pngblip 89504e470d0a1a0a}"
        rb"\pard Gesprek met Zo\'eb Bakker in Den Haag.\par"
        rb"\trowd\cellx2000\cellx4000 Naam\cell Plaats\cell\row"
        rb"\pard Einde.\par}"
    )


def make_mbox() -> bytes:
    """Two messages; the second body has a line that starts with ">From "."""
    first = make_email()
    second = make_email().replace(
        b"Hierbij het verslag", b"Hierbij het verslag.\n>From here on: Jan"
    )
    return (
        b"From jan@example.nl Tue Mar 14 10:15:00 2017\n"
        + first.replace(b"\r\n", b"\n")
        + b"\nFrom kees@example.nl Tue Mar 14 11:00:00 2017\n"
        + second.replace(b"\r\n", b"\n")
    )


def make_xlsx_extras() -> bytes:
    """A workbook with a cell comment, a header and a footer."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Overzicht"
    sheet["A1"] = "Naam"
    sheet["B1"] = "Jan Jansen"
    sheet["B1"].comment = Comment("Nagaan: verhuisd naar Utrecht", "Anna de Boer")
    sheet.oddHeader.center.text = "Vertrouwelijk dossier Gouda"
    sheet.oddFooter.left.text = "Opgesteld door Piet Hein"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


_STRICT = (
    (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
    (b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
     b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
    (b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
     b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
)  # fmt: skip


def to_strict(data: bytes) -> bytes:
    """Rewrite a transitional package with the Strict OOXML namespaces."""
    members: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            blob = archive.read(info)
            if info.filename.endswith((".xml", ".rels")):
                for usual, strict in _STRICT:
                    blob = blob.replace(usual, strict)
            members[info.filename] = blob
    return make_zip(members)


def make_altchunk_docx() -> bytes:
    """A DOCX whose body is one paragraph and an imported HTML part."""
    document = (
        f'<?xml version="1.0"?><w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>'
        "<w:p><w:r><w:t>Inleiding.</w:t></w:r></w:p>"
        '<w:altChunk r:id="htmlChunk"/></w:body></w:document>'
    )
    return make_zip(
        {
            "[Content_Types].xml": f'<?xml version="1.0"?><Types xmlns="{_CT}"/>',
            "_rels/.rels": _rels(("rId1", "officeDocument", "word/document.xml")),
            "word/document.xml": document,
            "word/_rels/document.xml.rels": _rels(
                ("htmlChunk", "aFChunk", "afchunk.htm")
            ),
            "word/afchunk.htm": (
                b"<html><body><p>Brief aan mevrouw Anouk Peters, Gouda.</p>"
                b"</body></html>"
            ),
        }
    )


def make_annotated_pdf() -> bytes:
    """A PDF with a comment, a filled-in form field and an attached text file."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    writer.add_metadata({"/Author": "Bram Koster", "/Title": "Besluit"})
    page = writer.pages[0]
    comment = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Text"),
            NameObject("/Rect"): ArrayObject(
                [FloatObject(v) for v in (10, 10, 30, 30)]
            ),
            NameObject("/Contents"): TextStringObject("Bel Wim Kok hierover terug."),
            NameObject("/T"): TextStringObject("Lotte Visser"),
        }
    )
    field = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject("aanvrager"),
            NameObject("/V"): TextStringObject("Joost Prins"),
            NameObject("/Rect"): ArrayObject(
                [FloatObject(v) for v in (50, 50, 200, 70)]
            ),
            NameObject("/F"): NumberObject(4),
        }
    )
    page[NameObject("/Annots")] = ArrayObject(
        [writer._add_object(comment), writer._add_object(field)]
    )
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([field.indirect_reference])}
    )
    writer.add_attachment("bijlage.txt", b"Bijlage over Hendrik Lorentz.")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def write_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of hand-written objects (object 1 is the catalog), with its xref."""
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\n" % (len(objects) + 1, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream(content: bytes, entries: bytes = b"") -> bytes:
    """The body of a stream object."""
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (
        entries,
        len(content),
        content,
    )


def ole10_native(label: str, payload: bytes) -> bytes:
    """An ``Ole10Native`` stream as Office writes it for a packaged file."""
    path = f"C:\\temp\\{label}".encode("cp1252") + b"\x00"
    body = (
        b"\x02\x00"
        + label.encode("cp1252")
        + b"\x00"
        + path
        + b"\x00\x00\x03\x00"
        + struct.pack("<I", len(path))
        + path
        + struct.pack("<I", len(payload))
        + payload
    )
    return struct.pack("<I", len(body)) + body


def ole_object(**streams: bytes) -> bytes:
    return write_compound_file(
        Storage(
            entries={name.replace("_x01", "\x01"): d for name, d in streams.items()}
        )
    )


def with_members(package: bytes, members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, source.read(info))
        for name, data in members.items():
            target.writestr(name, data)
    return buffer.getvalue()


def make_embedded_docx() -> bytes:
    """A DOCX with an embedded workbook and a packaged PDF (an OLE object)."""
    return with_members(
        make_docx(),
        {
            "word/embeddings/Microsoft_Excel_Worksheet.xlsx": make_xlsx(),
            "word/embeddings/oleObject1.bin": ole_object(
                _x01Ole10Native=ole10_native("rapport.pdf", make_pdf())
            ),
        },
    )
