# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The words of a PDF page with their positions, for the layout-kept redaction.

Text pages give pdfium's character boxes; scanned pages (too few characters in
the text layer) give Tesseract's word boxes. Split from :mod:`.redaction_layout`.
"""

from __future__ import annotations

import io
import os
import subprocess
from dataclasses import dataclass
from dataclasses import field

OCR_DPI = 300
"""Resolution at which scanned pages are read for word boxes."""
MIN_TEXT_CHARS = 8
"""A page with fewer text-layer characters than this is read by OCR."""


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
        tesseract.command("tsv"),
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
