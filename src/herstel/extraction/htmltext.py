# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Plain text from HTML with the standard library parser."""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

_SKIPPED = frozenset({"script", "style", "template"})
_PARAGRAPHS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "table",
        "ul",
        "ol",
        "dl",
        "pre",
        "figure",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
        "form",
        "fieldset",
        "address",
        "hr",
    }
)
_LINES = frozenset(
    {"br", "div", "li", "tr", "dt", "dd", "title", "caption", "figcaption", "option"}
)
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I
)


class _TextParser(HTMLParser):
    """Collect text, turning block elements into line breaks.

    Breaks are kept pending until the next text arrives, so that nested and
    adjacent blocks (``</li><li>``) give one break rather than several.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skip_depth = 0
        self._pre_depth = 0
        self._pending = 0
        self._cell = False
        self._line_start = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "pre":
            self._pre_depth += 1
        if tag == "br":
            self._pending = min(self._pending + 1, 2)
        elif tag in _CELLS:
            self._cell = not self._line_start and not self._pending
        else:
            self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        if tag != "br":
            self._break(tag)

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        text = data if self._pre_depth else _SPACES.sub(" ", data)
        if not text.strip() and not self._pre_depth:
            if not (self._line_start or self._pending or self._cell):
                self.chunks.append(" ")
            return
        if self._pending:
            if self.chunks:
                self.chunks.append("\n" * self._pending)
            self._pending = 0
            self._line_start = True
        if self._cell:
            self.chunks.append("\t")
            self._cell = False
            self._line_start = False
        if self._line_start and not self._pre_depth:
            text = text.lstrip(" ")
        self.chunks.append(text)
        self._line_start = text.endswith("\n")

    def _break(self, tag: str) -> None:
        if tag in _PARAGRAPHS:
            self._pending = 2
        elif tag in _LINES:
            self._pending = max(self._pending, 1)


def html_to_text(markup: str) -> str:
    """Return the readable text of an HTML document.

    Script, style and template content is dropped; block elements become line
    breaks and table cells are separated by tabs.
    """
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    lines = [line.rstrip(" ") for line in "".join(parser.chunks).split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def decode_html(data: bytes) -> str:
    """Decode HTML bytes using the BOM, a ``<meta charset>`` or a fallback."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    match = _META_CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
