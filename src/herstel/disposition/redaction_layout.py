# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Redaction that keeps the layout of a PDF original (text PDFs and scans).

Each page of the original is rendered to an image (pypdfium2), the redacted
words are burned into the *pixels* at their positions, the Woo ground is printed
in each box, and the page is written again as that image plus an invisible text
layer that holds only the words that remain. The result has the original's
page count and page sizes, looks like the original, is searchable and readable
by screen readers, and contains nothing of the redacted text: no original
content stream, font, annotation, form field, attachment, outline or metadata
is copied, only the burned image and the remaining words.

Word positions come from pdfium's character boxes for text pages and from the
Tesseract word boxes (TSV output) for scanned pages. The document's stored
text (whose offsets the boxes use) is aligned with those words character by
character (whitespace ignored), so a word is burned when any of its characters
falls inside a box. A safety net burns every remaining word that the stored
text only has inside boxes, for words the alignment could not place.

:func:`redact_pdf_keep_layout` returns ``None`` when the layout cannot be kept
(rotated pages, unreadable file, too many pages, no words at all); the caller
then uses the re-typesetting engine (:mod:`.redaction`).
"""

from __future__ import annotations

import difflib
import io
import logging
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from herstel.core.pdf.redaction import RedactionBox
from herstel.core.pdf.redaction import _font_name
from herstel.core.pdf.redaction import _scrub_title
from herstel.core.pdf.redaction import merge_boxes
from herstel.core.pdf.redaction import redact_to_pdf
from herstel.core.pdf.redaction import redacted_canvas
from herstel.core.pdf.tagging import artifact
from herstel.core.pdf.tagging import tag_pdf

__all__ = [
    "LAYOUT_MEDIA_TYPES",
    "LayoutWord",
    "office_to_pdf",
    "page_words",
    "redact_document_pdf",
    "redact_pdf_keep_layout",
]

from .layout_words import LayoutWord
from .layout_words import page_words
from .office_pdf import LAYOUT_MEDIA_TYPES
from .office_pdf import OFFICE_MEDIA_TYPES
from .office_pdf import office_to_pdf

logger = logging.getLogger(__name__)

RENDER_DPI = 150
"""Resolution of the burned page images."""
MAX_PAGES = 2000
BOX_PADDING = 1.0
"""Points added around a burned word, so no pixel of a glyph stays."""
FALLBACK_NOTE = (
    "Opmaak niet behouden: tekst opnieuw gezet / layout not kept: text re-typeset"
)
"""Printed on every page of a copy that could not keep the original layout."""


def _norm(char: str) -> str:
    return unicodedata.normalize("NFKC", char).casefold()


def _mark(words: list[LayoutWord], text: str, boxes: list[RedactionBox]) -> None:
    """Set ``redact`` on every word with a character inside a box."""
    doc_chars = [
        (part, offset)
        for offset, char in enumerate(text)
        if not char.isspace()
        for part in _norm(char)
    ]
    pdf_chars = [
        (part, number)
        for number, word in enumerate(words)
        for char in word.text
        for part in _norm(char)
    ]
    box_at = [-1] * (len(text) + 1)
    for index, box in enumerate(boxes):
        for offset in range(box.start, min(box.end, len(text))):
            box_at[offset] = index
    a = "".join(c for c, _o in doc_chars)
    b = "".join(c for c, _n in pdf_chars)
    if a == b:
        blocks = [(0, 0, len(a))]
    else:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        blocks = [(m.a, m.b, m.size) for m in matcher.get_matching_blocks()]
    for i, j, size in blocks:
        for k in range(size):
            box_index = box_at[doc_chars[i + k][1]]
            if box_index >= 0:
                word = words[pdf_chars[j + k][1]]
                word.redact = True
                code = boxes[box_index].code
                if code not in word.codes:
                    word.codes.append(code)
    # Safety net: a word the stored text holds only inside boxes is burned
    # wherever it appears, even where the alignment could not place it.
    inside: dict[str, str] = {}
    outside: set[str] = set()
    for match in re.finditer(r"\w[\w'’.-]*\w|\w", text):
        token = _word_key(match.group())
        if len(token) < 2:
            continue
        box_index = box_at[match.start()]
        if box_index >= 0 and box_at[match.end() - 1] >= 0:
            inside.setdefault(token, boxes[box_index].code)
        else:
            outside.add(token)
    secret = {t: c for t, c in inside.items() if t not in outside}
    for word in words:
        key = _word_key(word.text)
        if not word.redact and key in secret:
            word.redact = True
            word.codes.append(secret[key])


def _word_key(word: str) -> str:
    return "".join(c for c in _norm(word) if c.isalnum())


# --- writing --------------------------------------------------------------------


def _groups(words: list[LayoutWord]) -> list[tuple[list[LayoutWord], str]]:
    """Adjacent redacted words on one line become one box."""
    groups: list[tuple[list[LayoutWord], str]] = []
    for word in words:
        if not word.redact:
            continue
        if groups:
            last = groups[-1][0][-1]
            same_line = abs(last.baseline - word.baseline) < 0.5 * max(last.size, 1)
            near = 0 <= word.left - last.right < 1.2 * max(last.size, 1)
            if same_line and near:
                groups[-1][0].append(word)
                continue
        groups.append(([word], ""))
    result = []
    for members, _code in groups:
        codes: list[str] = []
        for member in members:
            for code in member.codes:
                if code not in codes:
                    codes.append(code)
        result.append((members, ", ".join(codes)))
    return result


def _colourless(image: Any) -> bool:
    """True when every pixel is grey (R = G = B), so one channel is enough."""
    from PIL import ImageChops

    red, green, blue = image.split()
    return (
        ImageChops.difference(red, green).getbbox() is None
        and ImageChops.difference(green, blue).getbbox() is None
    )


def _draw_image(canvas: Canvas, image: Any, width: float, height: float) -> None:
    """Embed the burned page image: greyscale when it has no colour, Flate
    compressed, without ASCII85 (reportlab's pure-Python encoder is slow and
    makes the file a quarter larger)."""
    from reportlab import rl_config

    if _colourless(image):
        image = image.convert("L")
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canvas.drawImage(ImageReader(image), 0, 0, width=width, height=height)
    finally:
        rl_config.useA85 = previous


def _write_page(
    canvas: Canvas,
    image: object,
    size: tuple[float, float],
    words: list[LayoutWord],
) -> None:
    from PIL import ImageDraw

    width, height = size
    scale_x = image.width / width  # type: ignore[attr-defined]
    scale_y = image.height / height  # type: ignore[attr-defined]
    groups = _groups(words)
    draw = ImageDraw.Draw(image)  # type: ignore[arg-type]
    rects = []
    for members, code in groups:
        left = min(w.left for w in members) - BOX_PADDING
        right = max(w.right for w in members) + BOX_PADDING
        bottom = min(w.bottom for w in members) - BOX_PADDING
        top = max(w.top for w in members) + BOX_PADDING
        draw.rectangle(
            (
                int(left * scale_x) - 1,
                int((height - top) * scale_y) - 1,
                int(right * scale_x) + 2,
                int((height - bottom) * scale_y) + 2,
            ),
            fill="black",
        )
        rects.append((left, bottom, right, top, code))
    canvas.setPageSize(size)
    if words:
        # The page's words are in the text layer below: the picture of the
        # page is furniture for a screen reader (tagged PDF, issue 16).
        with artifact(canvas):
            _draw_image(canvas, image, width, height)
    else:
        _draw_image(canvas, image, width, height)
    font = _font_name()
    # The ground, in white, on each box (part of the text layer on purpose).
    canvas.setFillColorRGB(1, 1, 1)
    for left, bottom, right, top, code in rects:
        room = right - left - 2
        font_size = min(7.0, max(3.0, (top - bottom) * 0.7))
        while font_size > 3 and pdfmetrics.stringWidth(code, font, font_size) > room:
            font_size -= 0.5
        if pdfmetrics.stringWidth(code, font, font_size) <= room + 1:
            canvas.setFont(font, font_size)
            canvas.drawString(
                left + 1, bottom + (top - bottom - font_size) / 2 + 1, code
            )
    canvas.setFillColorRGB(0, 0, 0)
    # The invisible text layer: only the words that remain, at their place.
    text_object = canvas.beginText()
    text_object.setTextRenderMode(3)
    for word in words:
        if word.redact:
            continue
        size_pt = max(1.0, min(word.size, 72.0))
        natural = pdfmetrics.stringWidth(word.text, font, size_pt)
        target = max(0.5, word.right - word.left)
        text_object.setFont(font, size_pt)
        text_object.setHorizScale(100.0 * target / natural if natural else 100.0)
        text_object.setTextOrigin(word.left, word.baseline)
        text_object.textOut(word.text + " ")
    canvas.drawText(text_object)


def redact_pdf_keep_layout(
    *,
    original_pdf: bytes,
    text: str,
    boxes: Sequence[RedactionBox],
    title: str = "",
    dpi: int = RENDER_DPI,
) -> bytes | None:
    """The redacted copy of a PDF original with its layout, or None if it cannot."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    merged = merge_boxes(boxes, len(text))
    try:
        document = pdfium.PdfDocument(original_pdf)
    except Exception:  # a broken or encrypted original: re-typeset instead
        return None
    try:
        count = len(document)
        if not count or count > MAX_PAGES:
            return None
        pages = []
        all_words: list[LayoutWord] = []
        for index in range(count):
            page = document[index]
            if page.get_rotation() % 360:
                return None
            left, bottom, right, top = page.get_cropbox()
            words, _from_ocr = page_words(document, index)
            pages.append((index, (right - left, top - bottom)))
            all_words.extend(words)
        if not all_words:
            return None
        _mark(all_words, text, merged)
        buffer = io.BytesIO()
        canvas = redacted_canvas(buffer, title, text, merged)
        for index, size in pages:
            image = document[index].render(scale=dpi / 72).to_pil().convert("RGB")
            words = [w for w in all_words if w.page == index]
            _write_page(canvas, image, size, words)
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()
    except Exception:
        logger.warning("redaction_layout_failed", exc_info=True)
        return None
    finally:
        document.close()


def redact_document_pdf(
    *,
    text: str,
    boxes: Sequence[RedactionBox],
    title: str,
    original: bytes | None,
    media_type: str,
    tagged: bool = True,
) -> bytes:
    """The redacted copy of any document: layout kept where possible.

    PDF originals keep their layout; office documents and HTML are converted
    by LibreOffice first when it is installed. Everything else (e-mail, plain
    text, or a conversion that failed) is re-typeset, and the copy says so on
    every page. ``tagged=False`` leaves the tagging to a caller that joins
    copies into one PDF and tags that once (the access copy).
    """
    source = None
    if original is not None:
        if media_type == "application/pdf":
            source = original
        elif media_type in OFFICE_MEDIA_TYPES:
            source = office_to_pdf(original, media_type)
    pdf = None
    if source is not None:
        pdf = redact_pdf_keep_layout(
            original_pdf=source, text=text, boxes=boxes, title=title
        )
    if pdf is None:
        pdf = redact_to_pdf(
            text=text,
            boxes=boxes,
            title=title,
            original_pdf=original if media_type == "application/pdf" else None,
            note="" if media_type in ("text/plain", "") else FALLBACK_NOTE,
        )
    if not tagged:
        return pdf
    # Tagged PDF (issue 16), with the title the engines scrub of redacted words.
    safe_title = _scrub_title(title, text, merge_boxes(boxes, len(text)))
    return tag_pdf(pdf, title=safe_title)
