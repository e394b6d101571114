# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""PDF originals for the layout-kept redaction tests (disposition and the
access copy of inquiries), and the check that a redacted copy kept their
layout: the same pages, the same page sizes, each word where it was."""

from __future__ import annotations

import ctypes
import io
from collections.abc import Iterable
from collections.abc import Sequence

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def lines_pdf(
    pages: Sequence[Sequence[str]],
    *,
    size: tuple[float, float] = A4,
    leading: float = 24,
    indent: float = 0,
    author: str = "",
    title: str = "",
) -> bytes:
    """A PDF with a page for each of ``pages``: its first line a 14 pt bold
    heading 72 pt from the top left, the others in 11 pt below it, ``leading``
    points apart, from 72 pt plus ``indent`` times the page's index."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size)
    if author:
        canvas.setAuthor(author)
    if title:
        canvas.setTitle(title)
    top = size[1] - 72
    for index, lines in enumerate(pages):
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(72, top, lines[0])
        canvas.setFont("Helvetica", 11)
        for number, line in enumerate(lines[1:], start=1):
            canvas.drawString(72 + indent * index, top - leading * number, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def word_origins(pdf: bytes) -> dict[str, list[tuple[float, float]]]:
    """Each word's first character origin (x, baseline) in points, by word in
    reading order: the place a word is set, independent of the glyph's shape
    in another font. Words end at white space, "." and ","."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    found: dict[str, list[tuple[float, float]]] = {}
    document = pdfium.PdfDocument(pdf)
    for index in range(len(document)):
        textpage = document[index].get_textpage()
        word, origin = "", (0.0, 0.0)
        for char_index in range(textpage.count_chars()):
            char = chr(pdfium_c.FPDFText_GetUnicode(textpage, char_index))
            if char.isspace() or char in ".,":
                if word:
                    found.setdefault(word, []).append(origin)
                word = ""
                continue
            if not word:
                x, y = ctypes.c_double(), ctypes.c_double()
                pdfium_c.FPDFText_GetCharOrigin(
                    textpage, char_index, ctypes.byref(x), ctypes.byref(y)
                )
                origin = (x.value, y.value)
            word += char
        if word:
            found.setdefault(word, []).append(origin)
    return found


def assert_layout_kept(original: bytes, copy: bytes, words: Iterable[str]) -> None:
    """``copy`` has as many pages as ``original``, each of the same size
    (±0.5 pt), and each of ``words`` stands in it where it stood (±2 pt)."""
    before, after = PdfReader(io.BytesIO(original)), PdfReader(io.BytesIO(copy))
    assert len(after.pages) == len(before.pages)
    for old, new in zip(before.pages, after.pages, strict=True):
        assert abs(float(old.mediabox.width) - float(new.mediabox.width)) < 0.5
        assert abs(float(old.mediabox.height) - float(new.mediabox.height)) < 0.5
    original_words, copy_words = word_origins(original), word_origins(copy)
    for word in words:
        assert word in copy_words, word
        for (x0, y0), (x1, y1) in zip(
            original_words[word], copy_words[word], strict=True
        ):
            assert abs(x0 - x1) <= 2 and abs(y0 - y1) <= 2, (word, x0, x1, y0, y1)
