# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The redaction engine ("lakken"): burn boxes into a re-typeset PDF.

Pure Python, no database. The input is a document's *extracted text* and a list
of boxes (character offsets into that text, as stored mentions use, each with
the ground code to print on it). The output is a new PDF in which the text is
typeset again, page by page, and every boxed span is replaced by a filled box
that carries its code.

Why re-typeset instead of drawing boxes over the original pages: a box drawn
over an original page hides the text only visually; the text layer, form
fields, annotations, the outline, metadata, embedded files, incremental
updates and images underneath keep it. Removing all of that reliably from
arbitrary PDFs needs a full PDF editor. Re-typesetting starts from nothing: the
redacted characters are never handed to the PDF writer, so they cannot end up
in any part of the file. The price is the original layout (letterheads,
tables, images, signatures); the output is a faithful rendering of the text,
with the original's page breaks where they can be recovered.

The box width depends on the code only, not on the length of what it hides, so
the box does not reveal how long a name was.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from .fonts import SANS
from .fonts import pdf_fonts

__all__ = ["RedactionBox", "merge_boxes", "redact_to_pdf"]

FONT_SIZE = 10.0
LEADING = 13.0
CODE_FONT_SIZE = 7.5
BOX_PADDING = 3.0
MARGIN = 20 * mm
MAX_ORIGINAL_PAGES = 5000
"""An original with more pages than this is not read for its page breaks."""

PAGE_SEPARATOR = "\n\n"
"""How text extraction joins the pages of a PDF (``extraction.pdf``)."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TOKENS = re.compile(r"\s+|\S+")


@dataclass(frozen=True, slots=True)
class RedactionBox:
    """One span of the extracted text to burn out, with the ground printed on it."""

    start: int
    """Offset of the first redacted character."""
    end: int
    """Offset just after the last redacted character."""
    code: str
    """The ground code shown on the box, e.g. ``5.1.2e``."""

    def __post_init__(self) -> None:
        if self.start < 0 or self.end <= self.start:
            raise ValueError("A redaction box needs 0 <= start < end.")


def merge_boxes(boxes: Sequence[RedactionBox], length: int) -> list[RedactionBox]:
    """Clip boxes to the text, sort them and merge overlapping or touching ones.

    A merged box carries the codes of its parts, each once, in order of
    appearance (``5.1.1d, 5.1.2e``).
    """
    clipped = sorted(
        (max(0, b.start), min(length, b.end), b.code)
        for b in boxes
        if b.start < length and b.end > 0
    )
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, code in clipped:
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            codes = last[2] if code in last[2] else [*last[2], code]
            merged[-1] = (last[0], max(last[1], end), codes)
        else:
            merged.append((start, end, [code]))
    return [
        RedactionBox(s, e, ", ".join(c for c in codes if c)) for s, e, codes in merged
    ]


def redact_to_pdf(
    *,
    text: str,
    boxes: Sequence[RedactionBox],
    title: str = "",
    original_pdf: bytes | None = None,
    note: str = "",
) -> bytes:
    """Return a PDF of ``text`` with every box burned in.

    ``note``, when given, is printed in the footer of every page (the
    layout-kept engine states its fallback this way).

    ``original_pdf``, when given, supplies the page breaks and page sizes: its
    pages are read again and matched against ``text``; when they do not match
    (OCR'd pages, another extractor), the text flows over A4 pages instead.
    Words in ``title`` that are redacted in the text are replaced by their code,
    so a careless title cannot leak them into the metadata.
    """
    merged = merge_boxes(boxes, len(text))
    pages = _pages(text, original_pdf)
    buffer = io.BytesIO()
    canvas = redacted_canvas(buffer, title, text, merged, pagesize=A4)
    writer = _Writer(canvas)
    writer.note = _CONTROL.sub(" ", note)
    for start, end, size in pages:
        writer.new_page(size)
        for kind, value in _segments(text, merged, start, end):
            if kind == "box":
                writer.box(value)
            else:
                writer.text(value)
    writer.finish()
    canvas.save()
    return buffer.getvalue()


# --- pages ------------------------------------------------------------------


def _pages(
    text: str, original_pdf: bytes | None
) -> list[tuple[int, int, tuple[float, float]]]:
    """Split ``text`` into (start, end, page size) per page of the original."""
    spans = _original_spans(text, original_pdf) if original_pdf else None
    if spans is None:
        spans = [(0, len(text), A4)]
    pages: list[tuple[int, int, tuple[float, float]]] = []
    for start, end, size in spans:
        # A form feed in plain text is a page break too.
        cursor = start
        for match in re.finditer("\f", text[start:end]):
            pages.append((cursor, start + match.start(), size))
            cursor = start + match.end()
        pages.append((cursor, end, size))
    return pages


def _original_spans(
    text: str, original_pdf: bytes
) -> list[tuple[int, int, tuple[float, float]]] | None:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(original_pdf), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        if len(reader.pages) > MAX_ORIGINAL_PAGES:
            return None
        page_texts: list[str] = []
        sizes: list[tuple[float, float]] = []
        for page in reader.pages:
            page_texts.append((page.extract_text() or "").strip())
            sizes.append(_page_size(page))
    except Exception:  # a hostile or broken original only loses its layout
        return None
    joined = PAGE_SEPARATOR.join(page_texts)
    lead = len(joined) - len(joined.lstrip())
    pages_text = joined.strip()
    # Extraction may close the pages' text with what the pages do not show:
    # embedded files, annotations and the metadata fields. That tail goes on
    # the last page; anything else that differs loses the layout.
    if not text.startswith(pages_text):
        return None
    spans = []
    offset = -lead
    for page_text, size in zip(page_texts, sizes, strict=True):
        start = max(0, offset)
        end = max(start, min(len(text), offset + len(page_text)))
        spans.append((start, end, size))
        offset += len(page_text) + len(PAGE_SEPARATOR)
    # Characters between pages (the separators) belong to no page; the last
    # page runs to the end of the text.
    return spans


def _page_size(page: object) -> tuple[float, float]:
    try:
        box = page.mediabox  # type: ignore[attr-defined]
        width, height = float(box.width), float(box.height)
        if page.get("/Rotate", 0) in (90, 270):  # type: ignore[attr-defined]
            width, height = height, width
    except Exception:
        return A4
    if not (200 <= width <= 3000 and 200 <= height <= 3000):
        return A4
    return (width, height)


def _segments(
    text: str, boxes: list[RedactionBox], start: int, end: int
) -> list[tuple[str, str]]:
    """The page's text as ("text", chunk) and ("box", code) pieces.

    A box that runs over a line break becomes one box per line; the redacted
    characters themselves are never returned.
    """
    pieces: list[tuple[str, str]] = []
    cursor = start
    for box in boxes:
        if box.end <= start or box.start >= end:
            continue
        b_start, b_end = max(box.start, start), min(box.end, end)
        if b_start > cursor:
            pieces.append(("text", text[cursor:b_start]))
        lines = text[b_start:b_end].split("\n")
        for number, line in enumerate(lines):
            if number:
                pieces.append(("text", "\n"))
            if line.strip():
                pieces.append(("box", box.code))
        cursor = b_end
    if cursor < end:
        pieces.append(("text", text[cursor:end]))
    return pieces


def _scrub_title(title: str, text: str, boxes: list[RedactionBox]) -> str:
    title = _CONTROL.sub(" ", title)
    for box in boxes:
        hidden = " ".join(text[box.start : box.end].split())
        if len(hidden) >= 2:
            title = re.sub(
                re.escape(hidden), f"[{box.code}]", title, flags=re.IGNORECASE
            )
        for word in hidden.split():
            if len(word) >= 3:
                title = re.sub(
                    rf"\b{re.escape(word)}\b",
                    f"[{box.code}]",
                    title,
                    flags=re.IGNORECASE,
                )
    return title


def redacted_canvas(
    buffer: io.BytesIO,
    title: str,
    text: str,
    boxes: list[RedactionBox],
    **options: object,
) -> Canvas:
    """A compressed canvas in the Herstel font whose metadata cannot leak.

    The title is scrubbed of the redacted words (:func:`_scrub_title`); author,
    subject and keywords are empty. Both redaction engines (re-typeset and
    layout-kept) start their PDF here; ``options`` go to the canvas.
    """
    canvas = Canvas(buffer, pageCompression=1, initialFontName=_font_name(), **options)
    canvas.setTitle(_scrub_title(title, text, boxes))
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setKeywords("")
    canvas.setCreator("Herstel")
    canvas.setProducer("Herstel")
    return canvas


# --- typesetting ------------------------------------------------------------


def _font_name() -> str:
    """The embedded Unicode TrueType font of every Herstel PDF (:mod:`.fonts`)."""
    pdf_fonts()
    return SANS


class _Writer:
    """Greedy line layout of text tokens and boxes onto canvas pages."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.font = _font_name()
        self.size: tuple[float, float] = A4
        self.started = False
        self.page_number = 0
        self.x = self.y = 0.0
        self.line: list[tuple[float, str]] = []
        self.line_end = 0.0
        self.boxes: list[tuple[float, float, str]] = []
        self.note = ""

    # Page and line bookkeeping.

    @property
    def _left(self) -> float:
        return MARGIN

    @property
    def _right(self) -> float:
        return self.size[0] - MARGIN

    def new_page(self, size: tuple[float, float]) -> None:
        self._flush()
        if self.started:
            self._footer()
            self.canvas.showPage()
        self.started = True
        self.size = size
        self.canvas.setPageSize(size)
        self.page_number += 1
        self.x = self._left
        self.y = size[1] - MARGIN - FONT_SIZE

    def _continue_page(self) -> None:
        self.new_page(self.size)

    def _newline(self) -> None:
        self._flush()
        self.x = self._left
        self.y -= LEADING
        if self.y < MARGIN:
            self._continue_page()

    def _flush(self) -> None:
        if self.line:
            text_object = self.canvas.beginText()
            text_object.setFont(self.font, FONT_SIZE)
            for x, chunk in self.line:
                text_object.setTextOrigin(x, self.y)
                text_object.textOut(chunk)
            self.canvas.drawText(text_object)
            self.line = []
        if self.boxes:
            self.canvas.setFillColorRGB(0, 0, 0)
            for x, width, _code in self.boxes:
                self.canvas.rect(x, self.y - 3, width, LEADING - 1, stroke=0, fill=1)
            self.canvas.setFillColorRGB(1, 1, 1)
            for x, _width, code in self.boxes:
                self.canvas.setFont(self.font, CODE_FONT_SIZE)
                self.canvas.drawString(x + BOX_PADDING, self.y + 0.5, code)
            self.canvas.setFillColorRGB(0, 0, 0)
            self.boxes = []

    def _footer(self) -> None:
        self.canvas.setFont(self.font, 8)
        self.canvas.drawRightString(self._right, MARGIN / 2, str(self.page_number))
        if self.note:
            self.canvas.drawString(self._left, MARGIN / 2, self.note)

    def finish(self) -> None:
        if not self.started:
            self.new_page(A4)
        self._flush()
        self._footer()

    # Content.

    def _width(self, chunk: str, size: float = FONT_SIZE) -> float:
        return pdfmetrics.stringWidth(chunk, self.font, size)

    def box(self, code: str) -> None:
        width = self._width(code or " ", CODE_FONT_SIZE) + 2 * BOX_PADDING
        if self.x > self._left and self.x + width > self._right:
            self._newline()
        self.boxes.append((self.x, width, code))
        self.x += width

    def text(self, chunk: str) -> None:
        chunk = _CONTROL.sub("", chunk.replace("\t", "    ").replace("\r", ""))
        for number, line in enumerate(chunk.split("\n")):
            if number:
                self._newline()
            for token in _TOKENS.findall(line):
                self._token(token)

    def _token(self, token: str) -> None:
        width = self._width(token)
        if token.isspace():
            if self.x > self._left and self.x + width <= self._right:
                self._word(token)
            elif self.x > self._left:
                self._newline()
            return
        if self.x + width > self._right and self.x > self._left:
            self._newline()
        while self.x + width > self._right:
            # A word longer than the line is cut where it fills the line.
            cut = max(1, self._fit(token, self._right - self.x))
            self._word(token[:cut])
            self._newline()
            token = token[cut:]
            width = self._width(token)
        if token:
            self._word(token)

    def _fit(self, token: str, room: float) -> int:
        for cut in range(len(token), 0, -1):
            if self._width(token[:cut]) <= room:
                return cut
        return 0

    def _word(self, word: str) -> None:
        width = self._width(word)
        if self.line and abs(self.line_end - self.x) < 0.01:
            # Contiguous words share one text run, so text extraction keeps
            # the spaces between them.
            x, chunk = self.line[-1]
            self.line[-1] = (x, chunk + word)
        else:
            self.line.append((self.x, word))
        self.x += width
        self.line_end = self.x
