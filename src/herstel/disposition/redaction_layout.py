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
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from herstel.core.pdf.redaction import (
    RedactionBox,
    _font_name,
    _scrub_title,
    merge_boxes,
    redact_to_pdf,
)

__all__ = [
    "LAYOUT_MEDIA_TYPES",
    "LayoutWord",
    "office_to_pdf",
    "page_words",
    "redact_document_pdf",
    "redact_pdf_keep_layout",
]

logger = logging.getLogger(__name__)

RENDER_DPI = 150
"""Resolution of the burned page images."""
OCR_DPI = 300
"""Resolution at which scanned pages are read for word boxes."""
MAX_PAGES = 2000
BOX_PADDING = 1.0
"""Points added around a burned word, so no pixel of a glyph stays."""
MIN_TEXT_CHARS = 8
"""A page with fewer text-layer characters than this is read by OCR."""
OFFICE_TIMEOUT = 120
FALLBACK_NOTE = (
    "Opmaak niet behouden: tekst opnieuw gezet / layout not kept: text re-typeset"
)
"""Printed on every page of a copy that could not keep the original layout."""


@dataclass(slots=True)
class LayoutWord:
    """One word on a page, in PDF points with the origin at the bottom left."""

    page: int
    text: str
    left: float
    bottom: float
    right: float
    top: float
    baseline: float
    size: float
    redact: bool = False
    codes: list[str] = field(default_factory=list)


# --- words of a page ----------------------------------------------------------


def _text_words(
    textpage: object, page_index: int, origin: tuple[float, float]
) -> list[LayoutWord]:
    import pypdfium2.raw as pdfium_c

    words: list[LayoutWord] = []
    current: list[tuple[str, tuple[float, float, float, float], float, float]] = []

    def flush() -> None:
        if not current:
            return
        text = "".join(c[0] for c in current)
        left = min(c[1][0] for c in current)
        bottom = min(c[1][1] for c in current)
        right = max(c[1][2] for c in current)
        top = max(c[1][3] for c in current)
        words.append(
            LayoutWord(
                page=page_index,
                text=text,
                left=left - origin[0],
                bottom=bottom - origin[1],
                right=right - origin[0],
                top=top - origin[1],
                baseline=current[0][2] - origin[1],
                size=current[0][3] or (top - bottom),
            )
        )
        current.clear()

    count = textpage.count_chars()  # type: ignore[attr-defined]
    for index in range(count):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index) or 32)
        if char.isspace() or char in "\x00\ufffe\uffff":
            flush()
            continue
        box = textpage.get_charbox(index, loose=True)  # type: ignore[attr-defined]
        tight = textpage.get_charbox(index)  # type: ignore[attr-defined]
        if current and box[0] < current[-1][1][0] - 1:
            flush()  # the text went back: a new line or column
        size = float(pdfium_c.FPDFText_GetFontSize(textpage, index))
        # The baseline is the loose box's bottom plus the font's descent;
        # the tight box's bottom is close enough for letters without one.
        baseline = (
            tight[1] if char.isalnum() and char not in "gjpqy" else box[1] + 0.2 * size
        )
        current.append(
            (
                char,
                (box[0], min(box[1], tight[1]), box[2], max(box[3], tight[3])),
                baseline,
                size,
            )
        )
    flush()
    return words


def _ocr_words(image: object, page_index: int, scale: float) -> list[LayoutWord] | None:
    """Word boxes of a scanned page by Tesseract's TSV output; None without it."""
    from herstel.extraction.ocr import find_tesseract

    tesseract = find_tesseract()
    if tesseract is None:
        return None
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PPM")  # type: ignore[attr-defined]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    done = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [
            tesseract.path,
            "stdin",
            "stdout",
            "-l",
            tesseract.language,
            "--dpi",
            str(OCR_DPI),
            "--psm",
            "3",
            "tsv",
        ],
        input=buffer.getvalue(),
        capture_output=True,
        timeout=300,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        return None
    height_px = image.height  # type: ignore[attr-defined]
    words: list[LayoutWord] = []
    for line in done.stdout.decode("utf-8", "replace").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) < 12 or parts[0] != "5" or not parts[11].strip():
            continue
        left, top, width, height = (int(v) for v in parts[6:10])
        x0, x1 = left / scale, (left + width) / scale
        y1 = (height_px - top) / scale
        y0 = (height_px - top - height) / scale
        words.append(
            LayoutWord(
                page=page_index,
                text=parts[11].strip(),
                left=x0,
                bottom=y0,
                right=x1,
                top=y1,
                baseline=y0 + 0.2 * (y1 - y0),
                size=max(4.0, (y1 - y0) * 1.1),
            )
        )
    return words


def page_words(document: object, index: int) -> tuple[list[LayoutWord], bool]:
    """The words of one page, and whether they came from OCR."""
    page = document[index]  # type: ignore[index]
    left, bottom, _right, _top = page.get_cropbox()
    textpage = page.get_textpage()
    words = _text_words(textpage, index, (left, bottom))
    if sum(len(w.text) for w in words) >= MIN_TEXT_CHARS:
        return words, False
    scale = OCR_DPI / 72
    image = page.render(scale=scale).to_pil()
    ocr = _ocr_words(image, index, scale)
    if ocr is None:
        return words, False
    return ocr, True


# --- alignment ------------------------------------------------------------------


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
        canvas = Canvas(buffer, pageCompression=1)
        canvas.setTitle(_scrub_title(title, text, merged))
        canvas.setAuthor("")
        canvas.setSubject("")
        canvas.setKeywords("")
        canvas.setCreator("Herstel")
        canvas.setProducer("Herstel")
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


# --- other formats --------------------------------------------------------------

OFFICE_MEDIA_TYPES = frozenset(
    {
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
        "application/rtf",
        "text/rtf",
        "text/html",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet",
    }
)
"""Originals LibreOffice converts to PDF before the layout-kept redaction."""

LAYOUT_MEDIA_TYPES = OFFICE_MEDIA_TYPES | {"application/pdf"}
"""Originals whose layout the redacted copy can keep."""

_SUFFIX = {
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "text/html": ".html",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
}


def office_to_pdf(data: bytes, media_type: str) -> bytes | None:
    """Convert an office document or HTML page to PDF with LibreOffice headless.

    ``None`` when LibreOffice is not installed or the conversion fails. Runs
    with a throwaway profile and no network; the file never leaves the machine.
    """
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    suffix = _SUFFIX.get(media_type)
    if binary is None or suffix is None:
        return None
    with tempfile.TemporaryDirectory(prefix="herstel-lo-") as work:
        source = Path(work) / f"original{suffix}"
        source.write_bytes(data)
        profile = Path(work) / "profile"
        try:
            done = subprocess.run(  # noqa: S603 - fixed arguments, no shell
                [
                    binary,
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    work,
                    str(source),
                ],
                capture_output=True,
                timeout=OFFICE_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        target = Path(work) / "original.pdf"
        if done.returncode != 0 or not target.is_file():
            return None
        return target.read_bytes()


def redact_document_pdf(
    *,
    text: str,
    boxes: Sequence[RedactionBox],
    title: str,
    original: bytes | None,
    media_type: str,
) -> bytes:
    """The redacted copy of any document: layout kept where possible.

    PDF originals keep their layout; office documents and HTML are converted
    by LibreOffice first when it is installed. Everything else (e-mail, plain
    text, or a conversion that failed) is re-typeset, and the copy says so on
    every page.
    """
    source = None
    if original is not None:
        if media_type == "application/pdf":
            source = original
        elif media_type in OFFICE_MEDIA_TYPES:
            source = office_to_pdf(original, media_type)
    if source is not None:
        kept = redact_pdf_keep_layout(
            original_pdf=source, text=text, boxes=boxes, title=title
        )
        if kept is not None:
            return kept
    return redact_to_pdf(
        text=text,
        boxes=boxes,
        title=title,
        original_pdf=original if media_type == "application/pdf" else None,
        note="" if media_type in ("text/plain", "") else FALLBACK_NOTE,
    )
