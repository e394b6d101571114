# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every PDF Herstel issues is a tagged PDF with a language and a title (issue 16)."""

from __future__ import annotations

import datetime
import io
import shutil
import subprocess
from typing import Any

from django.utils import translation

import pytest
from pypdf import PdfReader
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from herstel.core.pdf.content import tag_content
from herstel.core.pdf.layout import build_pdf
from herstel.core.pdf.layout import paragraph
from herstel.core.pdf.layout import styles
from herstel.core.pdf.layout import table
from herstel.core.pdf.redaction import RedactionBox
from herstel.core.pdf.tagging import artifact
from herstel.core.pdf.tagging import figure
from herstel.core.pdf.tagging import is_tagged
from herstel.core.pdf.tagging import tag_pdf
from herstel.disposition.redaction_layout import redact_document_pdf
from herstel.inquiries.letter import answer_letter_pdf


def _structure(data: bytes) -> list[tuple[str, str]]:
    """(structure type, alternative text) of every element, in order."""
    reader = PdfReader(io.BytesIO(data))
    root: Any = reader.trailer["/Root"]
    tree = root["/StructTreeRoot"]
    document = tree["/K"].get_object()
    assert document["/S"] == "/Document"
    return [
        (str(node.get_object()["/S"])[1:], str(node.get_object().get("/Alt", "")))
        for node in document["/K"]
    ]


def _table(data: bytes) -> list[list[str]]:
    """The cell types of the first table, row by row."""
    root: Any = PdfReader(io.BytesIO(data)).trailer["/Root"]
    for node in root["/StructTreeRoot"]["/K"]["/K"]:
        if node.get_object()["/S"] == "/Table":
            return [
                [str(cell.get_object()["/S"])[1:] for cell in row.get_object()["/K"]]
                for row in node.get_object()["/K"]
            ]
    return []


def _content(data: bytes, page: int = 0) -> bytes:
    contents = PdfReader(io.BytesIO(data)).pages[page].get_contents()
    assert contents is not None
    return contents.get_data()


def _canvas_pdf(draw) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _image() -> ImageReader:
    from PIL import Image

    return ImageReader(Image.new("RGB", (20, 10), "red"))


def test_a_story_becomes_headings_paragraphs_and_artefacts() -> None:
    sheet = styles()
    with translation.override("en"):
        data = build_pdf(
            [
                paragraph("Report to Parliament", sheet["Title"]),
                paragraph("Period", sheet["Heading2"]),
                paragraph("Body text", sheet["BodyText"]),
                table([["Event", "Count"], ["viewed", "3"]], widths=[200, 100]),
            ],
            title="Report",
        )
    marked, language, title = is_tagged(data)
    assert (marked, language, title) == (True, "en", "Report")
    kinds = [kind for kind, _alt in _structure(data)]
    # The page number is furniture, outside the structure; the rules of the
    # table are artefacts; every text is an element, in reading order.
    assert kinds == ["H1", "H2", "P", "Table"]
    assert _table(data) == [["TH", "TH"], ["TD", "TD"]]
    assert b"/Artifact BMC" in _content(data)
    root: Any = PdfReader(io.BytesIO(data)).trailer["/Root"]
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])


def test_a_table_split_over_pages_is_a_table_on_each_page() -> None:
    rows = [["Document", "Reden"]] + [
        [f"DOC-{n}", "wettelijke bewaartermijn"] for n in range(90)
    ]
    data = build_pdf([table(rows, widths=[60 * mm, 100 * mm])], title="t")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    kinds = [kind for kind, _alt in _structure(data)]
    assert kinds == ["Table"] * len(reader.pages)
    cells = _table(data)
    assert cells[0] == ["TH", "TH"]
    assert all(row == ["TD", "TD"] for row in cells[1:])
    text = reader.pages[1].extract_text()
    assert "Document" in text  # the header row repeats, as a header


def test_images_are_figures_with_an_alternative_and_marked_furniture_is_kept() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.drawImage(_image(), 100, 100, 40, 20)
        with artifact(canvas):
            canvas.drawString(100, 20, "Page 1")
        canvas.drawString(100, 700, "Text")

    def page(canvas: Canvas) -> None:
        with figure(canvas, "Logo van Ministerie (BZK)"):
            canvas.drawImage(_image(), 100, 750, 40, 20)
        draw(canvas)

    with translation.override("nl"):
        data = tag_pdf(_canvas_pdf(page), title="Brief")
    assert _structure(data) == [
        ("Figure", "Logo van Ministerie (BZK)"),
        ("Figure", "Afbeelding"),
        ("P", ""),
    ]
    assert is_tagged(data) == (True, "nl", "Brief")


def test_old_marked_content_and_structure_are_replaced_but_layers_kept() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.addLiteral("/Span <</MCID 7>> BDC")
        canvas.drawString(100, 700, "Old")
        canvas.addLiteral("EMC")
        canvas.addLiteral("/OC /Layer BDC")
        canvas.drawString(100, 600, "Layer")
        canvas.addLiteral("EMC")

    once = tag_pdf(_canvas_pdf(draw), title="a", language="nl")
    twice = tag_pdf(once, title="b", language="en")
    assert _structure(twice) == [("P", ""), ("P", "")]
    content = _content(twice)
    assert b"MCID 7" not in content
    assert b"/OC /Layer BDC" in content
    assert content.count(b"BDC") == content.count(b"EMC") == 3
    assert is_tagged(twice) == (True, "en", "b")


def test_an_unparsable_page_is_wrapped_whole() -> None:
    data = _canvas_pdf(lambda canvas: canvas.drawString(100, 700, "Text"))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    contents = page.get_contents()
    assert contents is not None
    contents.set_data(b"BT /F1 12 Tf 100 700 Td (Text) Tj")  # no ET
    page.replace_contents(contents)
    buffer = io.BytesIO()
    writer.write(buffer)
    tagged = tag_pdf(buffer.getvalue(), title="t", language="nl")
    assert _structure(tagged) == [("P", "")]
    assert "Text" in PdfReader(io.BytesIO(tagged)).pages[0].extract_text()


def test_letters_and_redacted_copies_are_tagged_in_their_language() -> None:
    letter = answer_letter_pdf(
        title="Answer",
        text="Dear Sir,\n\nYour request.",
        reference="INZ-1",
        on=datetime.date(2026, 12, 3),
        language="en",
    )
    assert is_tagged(letter) == (True, "en", "Answer")
    kinds = [kind for kind, _alt in _structure(letter)]
    assert "P" in kinds

    text = "Nota over Jan Jansen uit Zwolle."
    start = text.index("Jan Jansen")
    boxes = [RedactionBox(start, start + len("Jan Jansen"), "5.1.2e")]
    original = build_pdf([paragraph(text, styles()["BodyText"])], title="x")
    with translation.override("nl"):
        retyped, kept = (
            redact_document_pdf(
                text=text, boxes=boxes, title=title, original=pdf, media_type=kind
            )
            for title, pdf, kind in (
                ("Nota Jan Jansen", None, "text/plain"),
                ("Nota", original, "application/pdf"),
            )
        )
    marked, language, title = is_tagged(retyped)
    assert marked and language == "nl"
    assert "Jansen" not in title  # the engine scrubs redacted words from titles
    assert is_tagged(kept)[:2] == (True, "nl")
    # The picture of the page is furniture: its words are in the text layer.
    assert [kind for kind, _alt in _structure(kept)] == ["P", "P"]


@pytest.mark.skipif(
    shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not installed"
)
def test_a_pdf_reader_reports_it_tagged() -> None:
    data = build_pdf([paragraph("Tekst", styles()["BodyText"])], title="Proef")
    pdfinfo = shutil.which("pdfinfo")
    assert pdfinfo is not None
    result = subprocess.run(  # noqa: S603 - a fixed program, our own PDF
        [pdfinfo, "-"], input=data, capture_output=True, check=True
    )
    info = result.stdout.decode()
    assert "Tagged:          yes" in info
    assert "Title:           Proef" in info
    assert "Metadata Stream: yes" in info
    xmp = PdfReader(io.BytesIO(data)).xmp_metadata
    assert xmp is not None
    assert xmp.dc_title == {"x-default": "Proef"}
    assert xmp.dc_language == ["nl"]


def test_the_content_tokeniser_knows_strings_comments_and_arrays() -> None:
    data = (
        b"BT /F1 12 Tf 10 10 Td (a \\(b\\) (c) d) Tj ET\n% a comment ( BT\n"
        b"q 0 0 10 10 re f Q /Im1 Do\n"
        b"BT /F1 20 Tf [(x) -20 <7A>] TJ ET /Old <</MCID 4>> BDC EMC"
    )
    out, elements = tag_content(data, {"/Im1": "Figure"}, "Afbeelding")
    assert [(e.tag, e.mcid, e.alt) for e in elements] == [
        ("P", 0, ""),
        ("Figure", 1, "Afbeelding"),
        ("H1", 2, ""),
    ]
    assert b"/Artifact BMC\n0 0 10 10 re f\nEMC" in out
    assert b"MCID 4" not in out
    assert b"(a \\(b\\) (c) d) Tj" in out
    assert out.count(b"BDC") == 3 and out.count(b"EMC") == 4


@pytest.mark.parametrize(
    "data",
    [b"BI /W 1 /H 1 ID x EI", b"BT (open string Tj ET", b"BT /F1 1 Tf (a) Tj"],
)
def test_content_the_tokeniser_cannot_follow_is_refused(data: bytes) -> None:
    with pytest.raises(ValueError):
        tag_content(data, {}, "")
