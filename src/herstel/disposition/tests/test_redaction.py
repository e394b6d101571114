# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The redaction engine burns redacted spans out of every part of the PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from herstel.core.pdf.redaction import RedactionBox
from herstel.core.pdf.redaction import merge_boxes
from herstel.core.pdf.redaction import redact_to_pdf
from herstel.extraction.extractors import extract_text

from .pdfscan import pdf_contains

TEXT = (
    "Verslag van het gesprek met mevrouw Zoë Öztürk op 14 maart 2017.\n"
    "Zij woont aan de Lindelaan 12 in Veenendaal, BSN 111222333.\n"
    "\n"
    "Haar gezondheid was slecht.\n"
)


def _box(text: str, needle: str, code: str = "5.1.2e") -> RedactionBox:
    start = text.index(needle)
    return RedactionBox(start, start + len(needle), code)


def _page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def test_redacted_strings_are_nowhere_in_the_pdf():
    """Boxed spans appear in no text layer, metadata, stream or string of the PDF."""
    secrets = ["Zoë Öztürk", "Lindelaan 12", "111222333", "gezondheid"]
    boxes = [_box(TEXT, s) for s in secrets[:3]] + [_box(TEXT, secrets[3], "5.1.1d")]
    pdf = redact_to_pdf(text=TEXT, boxes=boxes, title="Gesprek")

    for secret in [*secrets, "Öztürk", "Zoë", "Lindelaan"]:
        assert not pdf_contains(pdf, secret), secret
    text = " ".join(_page_texts(pdf))
    assert "Veenendaal" in text
    assert "Verslag van het gesprek met mevrouw" in text
    assert "5.1.2e" in text
    assert "5.1.1d" in text


def test_the_scanner_finds_unredacted_text():
    """The leak scanner itself sees text, including non-ASCII, in every layer."""
    pdf = redact_to_pdf(text=TEXT, boxes=[], title="Over Zoë")
    assert pdf_contains(pdf, "Öztürk")
    assert pdf_contains(pdf, "111222333")
    assert pdf_contains(pdf, "Over Zoë")


def test_a_title_loses_redacted_words():
    """A title that repeats a redacted name gets the code instead."""
    pdf = redact_to_pdf(
        text=TEXT,
        boxes=[_box(TEXT, "Zoë Öztürk")],
        title="Gesprek met Zoë Öztürk (öztürk)",
    )
    title = PdfReader(io.BytesIO(pdf)).metadata.title
    assert "Öztürk" not in title
    assert "öztürk" not in title
    assert "[5.1.2e]" in title
    assert not pdf_contains(pdf, "Öztürk")


def test_a_box_over_a_line_break_and_overlapping_boxes():
    """Overlapping boxes merge and carry both codes; line breaks stay."""
    text = "Naam: Jan\nJansen woont hier.\nEinde."
    start = text.index("Jan")
    end = text.index(" woont")
    boxes = [
        RedactionBox(start, end, "5.1.2e"),
        RedactionBox(start + 2, end, "5.1.1d"),
        RedactionBox(start, end, "5.1.2e"),
    ]
    pdf = redact_to_pdf(text=text, boxes=boxes)
    lines = _page_texts(pdf)[0]
    assert "Jansen" not in lines
    assert "Jan" not in lines
    assert "5.1.2e, 5.1.1d" in lines
    assert "woont hier." in lines
    assert lines.index("Naam:") < lines.index("woont") < lines.index("Einde.")


def test_merge_boxes_clips_sorts_and_merges():
    boxes = [
        RedactionBox(20, 30, "b"),
        RedactionBox(0, 5, "a"),
        RedactionBox(4, 8, "a"),
        RedactionBox(8, 10, "c"),
        RedactionBox(35, 99, "d"),
        RedactionBox(50, 60, "e"),
    ]
    assert merge_boxes(boxes, 40) == [
        RedactionBox(0, 10, "a, c"),
        RedactionBox(20, 30, "b"),
        RedactionBox(35, 40, "d"),
    ]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (5, 2)])
def test_an_empty_or_negative_box_is_refused(start, end):
    with pytest.raises(ValueError):
        RedactionBox(start, end, "5.1.2e")


def _original(pages: list[list[str]], pagesize=A4) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=pagesize)
    pdf.setTitle("Dossier Zoë Öztürk")
    pdf.setAuthor("Zoë Öztürk")
    for lines in pages:
        y = pagesize[1] - 72
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 20
        pdf.showPage()
    pdf.save()
    writer = PdfWriter(clone_from=io.BytesIO(buffer.getvalue()))
    writer.add_attachment("bijlage.txt", "Zoë Öztürk, Lindelaan 12".encode())
    writer.add_outline_item(title="Over Zoë Öztürk", page_number=0)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_page_breaks_and_sizes_of_the_original_are_kept():
    """With the original PDF, each original page gives one page of the same size."""
    original = _original(
        [
            ["Eerste pagina over Zoë Öztürk.", "Tweede regel."],
            ["Tweede pagina.", "Lindelaan 12 Veenendaal"],
            ["Derde pagina zonder namen."],
        ],
        pagesize=letter,
    )
    text = extract_text(original, "dossier.pdf", isolate=False).text
    boxes = [_box(text, "Zoë Öztürk"), _box(text, "Lindelaan 12")]
    pdf = redact_to_pdf(text=text, boxes=boxes, title="dossier", original_pdf=original)

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    assert [round(float(p.mediabox.width)) for p in reader.pages] == [612] * 3
    pages = _page_texts(pdf)
    assert "Eerste pagina" in pages[0]
    assert "Tweede pagina" in pages[1]
    assert "Veenendaal" in pages[1]
    assert "Derde pagina" in pages[2]
    # Metadata, the attachment and the outline of the original do not travel.
    for secret in ("Öztürk", "Lindelaan"):
        assert not pdf_contains(pdf, secret), secret
    assert pdf_contains(original, "Öztürk")


def test_an_original_that_does_not_match_flows_over_a4():
    """When the original's text differs (OCR, another extractor), text flows on A4."""
    original = _original([["Iets anders."]])
    pdf = redact_to_pdf(
        text=TEXT, boxes=[_box(TEXT, "Zoë Öztürk")], original_pdf=original
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == round(A4[0])
    assert not pdf_contains(pdf, "Öztürk")


def test_a_broken_original_is_ignored():
    pdf = redact_to_pdf(text=TEXT, boxes=[], original_pdf=b"%PDF-1.4 not really")
    assert "Veenendaal" in _page_texts(pdf)[0]


def test_long_text_flows_over_pages_and_long_words_are_cut():
    """Lines wrap, pages continue, an overlong word is cut, nothing is lost."""
    word = "x" * 400
    body = "\n".join(f"Regel {n} met wat tekst erin." for n in range(200))
    text = f"{word}\n{body}\f Na de paginascheiding."
    pdf = redact_to_pdf(text=text, boxes=[_box(text, "Regel 150", "5.1.2e")])
    pages = _page_texts(pdf)
    assert len(pages) >= 4
    joined = "".join(pages)
    assert joined.count("x") == 400
    assert "Regel 199 met wat tekst erin." in joined
    assert "Regel 150 " not in joined
    assert pages[-1].strip().startswith("Na de paginascheiding.")


def test_empty_text_gives_one_page():
    pdf = redact_to_pdf(text="", boxes=[])
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
