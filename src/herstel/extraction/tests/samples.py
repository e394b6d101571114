# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Synthetic sample files of every supported format, generated in memory.

All names, addresses and sentences are invented; there is no real personal
data here.
"""

from __future__ import annotations

import datetime
import io
import struct
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

import docx
from openpyxl import Workbook
from PIL import Image
from PIL import ImageDraw
from PIL import ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .cfb import Message
from .cfb import Storage
from .cfb import write_compound_file
from .cfb import write_msg

PDF_SENTENCES = (
    "Het gesprek met het bestuur vond plaats op 14 maart 2017.",
    "Mevrouw Zoë Öztürk woont sinds 2012 in Veenendaal.",
    "Deze zin staat op de tweede pagina.",
)
DOCX_SENTENCES = (
    "Verslag van het overleg met de gemeente Gouda.",
    "Aanwezig waren A. el Amrani en dhr. J.P. van der Berg.",
    "Actiepunten worden in het volgende overleg besproken.",
)
# Plain ASCII and a large font: Tesseract reads these reliably.
SCAN_LINES = ("Gesprek met Jan Jansen", "Woonplaats Veenendaal 2017")

# ---------------------------------------------------------------------------
# PDF, DOCX, e-mail


def make_pdf(sentences: tuple[str, ...] = PDF_SENTENCES) -> bytes:
    """A PDF with a real text layer; the last sentence is on page two."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    y = 780
    for sentence in sentences[:-1]:
        pdf.drawString(72, y, sentence)
        y -= 20
    pdf.showPage()
    pdf.drawString(72, 780, sentences[-1])
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_long_pdf(pages: int) -> bytes:
    """A PDF with many pages full of text, slow enough to test time limits."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for page in range(pages):
        for line in range(50):
            pdf.drawString(40, 800 - line * 15, f"Pagina {page} regel {line} " * 4)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_docx() -> bytes:
    """A DOCX with a paragraph, a table (with a merged cell) and a paragraph."""
    document = docx.Document()
    document.add_heading(DOCX_SENTENCES[0], level=1)
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "Naam"
    table.cell(0, 1).text = "Rol"
    table.cell(0, 2).text = "Woonplaats"
    table.cell(1, 0).merge(table.cell(1, 1)).text = DOCX_SENTENCES[1]
    table.cell(1, 2).text = "Ede"
    document.add_paragraph(DOCX_SENTENCES[2])
    document.sections[0].header.paragraphs[0].text = "Kenmerk 2017/0042"
    document.sections[0].footer.paragraphs[0].text = "Vertrouwelijk"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_email(
    *, attachments: tuple[tuple[str, bytes, str, str], ...] = (), html: bool = False
) -> bytes:
    """An e-mail with a plain (and optionally HTML) body and attachments."""
    message = EmailMessage()
    message["From"] = "Jan Jansen <j.jansen@example.nl>"
    message["To"] = "Fatima Bouzid <f.bouzid@example.org>"
    message["Cc"] = "Kees de Vries <k.devries@example.nl>"
    message["Subject"] = "Verslag gesprek stichting Al-Waha"
    message["Date"] = "Tue, 14 Mar 2017 10:15:00 +0100"
    message["Message-ID"] = "<test-1@example.nl>"
    message.set_content("Beste Fatima,\n\nHierbij het verslag van ons gesprek.\n")
    if html:
        message.add_alternative(
            "<html><head><style>p {color: red}</style>"
            "<script>alert('x')</script></head>"
            "<body><p>Beste Fatima,</p><p>Hierbij het verslag.</p></body></html>",
            subtype="html",
        )
    for filename, data, maintype, subtype in attachments:
        message.add_attachment(
            data, maintype=maintype, subtype=subtype, filename=filename
        )
    return message.as_bytes(policy=SMTP)


def nested_email(levels: int) -> bytes:
    """An e-mail that attaches an e-mail that attaches ... ``levels`` deep."""
    inner = make_email()
    for level in range(levels):
        message = EmailMessage()
        message["From"] = "a@example.nl"
        message["To"] = "b@example.nl"
        message["Subject"] = f"Doorgestuurd {level}"
        message.set_content(f"Niveau {level}")
        message.add_attachment(
            inner,
            maintype="application",
            subtype="octet-stream",
            filename=f"{level}.eml",
        )
        inner = message.as_bytes(policy=SMTP)
    return inner


# ---------------------------------------------------------------------------
# Hand-written Office Open XML with text boxes, notes and comments

_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_NS = (
    f"{_W_NS} "
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _textbox(text: str) -> str:
    """A text box as Word writes it: a DrawingML choice and a VML fallback."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wps:txbx>{content}</wps:txbx>"
        "</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:textbox>{content}</v:textbox></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def make_rich_docx() -> bytes:
    """A DOCX with a text box, tracked changes, a footnote, a comment and a header."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {_NS}><w:body>'
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
        "<w:r><w:t>Naam:</w:t></w:r><w:r><w:tab/><w:t>Pieter Post</w:t></w:r>"
        '<w:del w:id="1"><w:r><w:delText>Geschrapt</w:delText></w:r></w:del>'
        '<w:ins w:id="2"><w:r><w:t xml:space="preserve"> (ingevoegd)</w:t></w:r>'
        "</w:ins>"
        '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
        f"<w:p><w:r><w:t>Voor het kader.</w:t></w:r>{_textbox('Tekst in kader')}</w:p>"
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>In een inhoudsblok.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
        "<w:sectPr/></w:body></w:document>"
    )
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {_W_NS}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
        '</w:p></w:footnote><w:footnote w:id="1"><w:p><w:r>'
        "<w:t>Voetnoot over Zandvoort.</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    comments = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:comments {_W_NS}>'
        '<w:comment w:id="0" w:author="K. de Vries"><w:p><w:r>'
        "<w:t>Opmerking van de redactie.</w:t></w:r></w:p></w:comment></w:comments>"
    )
    header = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {_W_NS}><w:p><w:r>'
        "<w:t>Kopregel dossier 17</w:t></w:r></w:p></w:hdr>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/footnotes" Target="footnotes.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/comments" Target="comments.xml"/>'
        f'<Relationship Id="rId3" Type="{_REL}/header" Target="/word/header1.xml"/>'
        f'<Relationship Id="rId4" Type="{_REL}/hyperlink" Target="https://example.nl" '
        'TargetMode="External"/></Relationships>'
    )
    package_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    return make_zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "_rels/.rels": package_rels.encode(),
            "word/document.xml": document.encode(),
            "word/_rels/document.xml.rels": rels.encode(),
            "word/footnotes.xml": footnotes.encode(),
            "word/comments.xml": comments.encode(),
            "word/header1.xml": header.encode(),
        }
    )


# ---------------------------------------------------------------------------
# ODT, XLSX, ZIP

_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
)
ODT_TYPE = "application/vnd.oasis.opendocument.text"


def make_odt(*, encrypted: bool = False) -> bytes:
    """An ODT with headings, spaces, a list, a table, a note, a frame and a header."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS}>'
        "<office:body><office:text>"
        "<text:sequence-decls><text:sequence-decl text:name='Figuur'/>"
        "</text:sequence-decls>"
        '<text:h text:outline-level="1">Besluit op bezwaar</text:h>'
        "<text:p>Naam:<text:tab/>Sanne<text:s text:c='3'/>de Wit<text:line-break/>"
        "Adres: Dorpsstraat 1<text:note text:note-class='footnote'>"
        "<text:note-citation>1</text:note-citation><text:note-body>"
        "<text:p>Voetnoot over Leiden.</text:p></text:note-body></text:note></text:p>"
        "<text:list><text:list-item><text:p>Eerste punt</text:p></text:list-item>"
        "<text:list-item><text:p>Tweede punt</text:p></text:list-item></text:list>"
        "<table:table><table:table-column/><table:table-row>"
        "<table:table-cell><text:p>Naam</text:p></table:table-cell>"
        "<table:table-cell><text:p>Plaats</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell table:number-columns-spanned='2'>"
        "<text:p>Samengevoegd</text:p></table:table-cell><table:covered-table-cell/>"
        "</table:table-row></table:table>"
        "<text:p>Voor het kader<draw:frame><draw:text-box>"
        "<text:p>Tekst in kader</text:p></draw:text-box></draw:frame></text:p>"
        "<text:tracked-changes><text:changed-region><text:deletion>"
        "<text:p>Geschrapt</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>"
        "</office:text></office:body></office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODF_NS}>'
        "<office:master-styles><style:master-page style:name='Standard'>"
        "<style:header><text:p>Kopregel gemeente Leiden</text:p></style:header>"
        "</style:master-page></office:master-styles></office:document-styles>"
    )
    encryption = (
        "<manifest:encryption-data manifest:checksum-type='SHA1/1K'/>"
        if encrypted
        else ""
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        f"<manifest:file-entry manifest:full-path='content.xml'>{encryption}"
        "</manifest:file-entry></manifest:manifest>"
    )
    return make_zip(
        {
            "mimetype": ODT_TYPE.encode(),
            "content.xml": content.encode(),
            "styles.xml": styles.encode(),
            "META-INF/manifest.xml": manifest.encode(),
        }
    )


def make_xlsx() -> bytes:
    """An XLSX with two sheets, numbers, dates, gaps and a multi-line cell."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Personen"
    sheet.append(["Naam", "Geboortedatum", "Bedrag", "Opmerking"])
    sheet.append(["Jan Jansen", datetime.date(1980, 5, 17), 1250, None])
    sheet.append([None, None, None, None])
    sheet.append(["Fatima Bouzid", datetime.datetime(1975, 1, 2, 13, 30), 99.5, "a\nb"])
    sheet["F10"] = "los"
    other = workbook.create_sheet("Notities")
    other.append([True, "Bel terug"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def make_zip(
    members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED
) -> bytes:
    """A ZIP archive with the given members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def nested_zip(levels: int) -> bytes:
    """A ZIP that holds a ZIP that holds ... ``levels`` deep, then a text file."""
    data = make_zip({"kern.txt": b"Binnenste tekst."})
    for level in range(levels):
        data = make_zip({f"laag{level}.zip": data})
    return data


def mark_encrypted(data: bytes, names: frozenset[str] | None = None) -> bytes:
    """Set the 'encrypted' flag on members, as a password-protected ZIP has.

    Python cannot write encrypted archives; for the extractor the flag in the
    local and central headers is what matters.
    """
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    for info in infos:
        if names is not None and info.filename not in names:
            continue
        local = info.header_offset
        flags = struct.unpack_from("<H", out, local + 6)[0]
        struct.pack_into("<H", out, local + 6, flags | 0x1)
    position = 0
    while True:
        position = out.find(b"PK\x01\x02", position)
        if position < 0:
            break
        name_length = struct.unpack_from("<H", out, position + 28)[0]
        name = bytes(out[position + 46 : position + 46 + name_length]).decode()
        if names is None or name in names:
            flags = struct.unpack_from("<H", out, position + 8)[0]
            struct.pack_into("<H", out, position + 8, flags | 0x1)
        position += 46
    return bytes(out)


# ---------------------------------------------------------------------------
# Outlook


def sample_message(
    attachments: list[tuple[str, bytes | Message]] | None = None,
) -> Message:
    """A synthetic Outlook message with To, Cc and Bcc recipients."""
    return Message(
        subject="Verslag gesprek wijkteam",
        sender_name="Jan Jansen",
        sender_address="j.jansen@example.nl",
        recipients=[
            ("Fatima Bouzid", "f.bouzid@example.org", 1),
            ("Kees de Vries", "k.devries@example.nl", 2),
            ("Archief", "archief@example.nl", 3),
        ],
        body="Beste Fatima,\r\n\r\nHierbij het verslag van ons gesprek.",
        sent=datetime.datetime(2017, 3, 14, 9, 15, tzinfo=datetime.UTC),
        attachments=attachments or [],
    )


def make_msg() -> bytes:
    """An Outlook message with a text, a PDF and an attached Outlook message."""
    inner = Message(
        subject="Oorspronkelijk bericht",
        sender_name="Kees de Vries",
        sender_address="k.devries@example.nl",
        recipients=[("Jan Jansen", "j.jansen@example.nl", 1)],
        html_body=b"<html><body><p>Tekst van het <b>oorspronkelijke</b> bericht.</p>"
        b"</body></html>",
    )
    return write_msg(
        sample_message(
            [
                ("notitie.txt", b"Losse aantekening."),
                ("verslag.pdf", make_pdf()),
                ("doorgestuurd", inner),
            ]
        )
    )


def make_encrypted_office() -> bytes:
    """What Word writes for a password-protected DOCX: an OLE file."""
    return write_compound_file(
        Storage(
            {
                "EncryptionInfo": b"\x04\x00\x04\x00" + bytes(200),
                "EncryptedPackage": bytes(5000),
            }
        )
    )


# ---------------------------------------------------------------------------
# Images and scans


def make_scan_image(lines: tuple[str, ...] = SCAN_LINES) -> Image.Image:
    """A white page with black text, as a scanner would produce."""
    font = ImageFont.load_default(size=48)
    image = Image.new("L", (1600, 200 + 120 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((100, 100 + 120 * index), line, font=font, fill="black")
    return image


def image_bytes(
    image: Image.Image, image_format: str = "PNG", **options: object
) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def make_scanned_pdf(*, text_page: bool = False) -> bytes:
    """A PDF whose page is an image; optionally preceded by a page with text."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    if text_page:
        pdf.drawString(72, 780, PDF_SENTENCES[0])
        pdf.showPage()
    image = make_scan_image()
    width = A4[0]
    height = width * image.height / image.width
    pdf.drawImage(ImageReader(image), 0, A4[1] - height, width=width, height=height)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
