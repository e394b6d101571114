# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""OpenDocument text, spreadsheets and presentations (ODT, ODS, ODP).

``content.xml`` and the headers in ``styles.xml``: paragraphs and headings
become lines, table cells are separated by tabs, and footnotes, text frames and
comments follow the paragraph they are anchored in. Tracked deletions are left
out. Each sheet of a spreadsheet starts with a ``--- Sheet: name ---`` line,
each slide (with its speaker notes) with ``--- Slide N: name ---``. Author,
title and the authors of comments (``meta.xml``, ``dc:creator``) are recorded
as metadata.
"""

from __future__ import annotations

import zipfile

from lxml import etree

from .archive import is_markup
from .archive import open_zip
from .base import ErrorCode
from .base import ExtractionError
from .context import Context
from .xmlparse import DC
from .xmlparse import DC_TITLE_FIELDS
from .xmlparse import read_xml

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_META_FIELDS = (
    (_META + "initial-creator", "Author"),
    (DC + "creator", "Last modified by"),
    *DC_TITLE_FIELDS,
)

_PARAGRAPHS = frozenset({_TEXT + "p", _TEXT + "h"})
# Elements whose text is not part of the visible document.
_SKIPPED = frozenset(
    {
        _TEXT + "tracked-changes",
        _TEXT + "note-citation",
        _TEXT + "sequence-decls",
        _TEXT + "variable-decls",
        _TEXT + "user-field-decls",
        _OFFICE + "forms",
        _TABLE + "covered-table-cell",
    }
)
# Inside a paragraph: content that goes on its own lines after the paragraph.
_ANCHORED = frozenset({_TEXT + "note-body", _OFFICE + "annotation"})
# Page headers and footers: the default, first-page and left-page ones.
_HEADERS = frozenset(
    _STYLE + part + variant
    for part in ("header", "footer")
    for variant in ("", "-first", "-left")
)
_MAX_SPACES = 1000


def extract_odt(data: bytes, ctx: Context) -> str:
    """Return the text of an ODF document, then its headers and footers.

    Serves ODT, ODS and ODP alike: the body element says which it is.
    """
    with open_zip(data, ctx, "OpenDocument file", read=is_markup) as archive:
        names = set(archive.namelist())
        if "META-INF/manifest.xml" in names and _is_encrypted(
            read_xml(archive, "META-INF/manifest.xml")
        ):
            raise ExtractionError(
                ErrorCode.ENCRYPTED, "The OpenDocument file is password protected."
            )
        content = read_xml(archive, "content.xml")
        styles = read_xml(archive, "styles.xml") if "styles.xml" in names else None
        if "meta.xml" in names:
            _metadata(archive, ctx)
    lines: list[str] = []
    body = content.find(f"{_OFFICE}body")
    if body is None:
        raise ExtractionError(ErrorCode.CORRUPT, "The OpenDocument file has no body.")
    for annotation in body.iter(_OFFICE + "annotation"):
        for creator in annotation.iter(DC + "creator"):
            ctx.add_metadata("Comment author", creator.text)
    for kind in body:
        if kind.tag == _OFFICE + "spreadsheet":
            _sheets(kind, lines, ctx)
        elif kind.tag in (_OFFICE + "presentation", _OFFICE + "drawing"):
            _slides(kind, lines, ctx)
        else:
            _blocks(kind, lines, ctx)
    groups = ["\n".join(lines).strip()]
    if styles is not None:
        page_lines: list[str] = []
        for element in styles.iter(*_HEADERS):
            _blocks(element, page_lines, ctx)
        groups.append("\n".join(page_lines).strip())
    return "\n\n".join(group for group in groups if group)


def _metadata(archive: zipfile.ZipFile, ctx: Context) -> None:
    try:
        meta = read_xml(archive, "meta.xml")
    except ExtractionError:
        ctx.note("The document properties cannot be read.")
        return
    for tag, name in _META_FIELDS:
        for element in meta.iter(tag):
            ctx.add_metadata(name, element.text)


def _sheets(spreadsheet: etree._Element, lines: list[str], ctx: Context) -> None:
    """Add each table (sheet) under a heading with its name."""
    for child in spreadsheet:
        if child.tag == _TABLE + "table":
            ctx.check_deadline()
            _add(lines, f"--- Sheet: {child.get(_TABLE + 'name') or ''} ---", ctx)
            _blocks(child, lines, ctx)
            _add(lines, "", ctx)


def _slides(presentation: etree._Element, lines: list[str], ctx: Context) -> None:
    """Add each page (slide) under a heading, with its shapes and notes."""
    number = 0
    for child in presentation:
        if child.tag == _DRAW + "page":
            number += 1
            ctx.check_deadline()
            name = child.get(_DRAW + "name") or ""
            _add(
                lines, f"--- Slide {number}: {name} ---".replace(":  ---", " ---"), ctx
            )
            _blocks(child, lines, ctx)
            _add(lines, "", ctx)


def _is_encrypted(manifest: etree._Element) -> bool:
    """Whether the manifest declares encrypted members (password protection)."""
    return next(manifest.iter(f"{_MANIFEST}encryption-data"), None) is not None


def _blocks(container: etree._Element, lines: list[str], ctx: Context) -> None:
    """Add paragraphs, tables and lists inside ``container`` in document order."""
    for child in container:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag in _PARAGRAPHS:
            _paragraph(child, lines, ctx)
        elif tag == _TABLE + "table-row":
            cells: list[str] = []
            for cell in child.iterchildren(_TABLE + "table-cell"):
                inner: list[str] = []
                _blocks(cell, inner, ctx)
                cells.append("\n".join(inner).strip())
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                _add(lines, "\t".join(cells), ctx)
        else:
            # Tables, row groups, lists, sections, frames, text boxes, ...
            _blocks(child, lines, ctx)


def _paragraph(paragraph: etree._Element, lines: list[str], ctx: Context) -> None:
    """Add a paragraph's text, then notes, comments and frames anchored in it."""
    chunks: list[str] = []
    anchored: list[etree._Element] = []
    _inline(paragraph, chunks, anchored)
    _add(lines, "".join(chunks), ctx)
    for element in anchored:
        _blocks(element, lines, ctx)


def _inline(
    element: etree._Element, chunks: list[str], anchored: list[etree._Element]
) -> None:
    """Collect the characters of a paragraph, honouring ODF whitespace elements."""
    if element.text:
        chunks.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in _SKIPPED:
            if tag == _TEXT + "s":
                chunks.append(" " * min(_count(child.get(f"{_TEXT}c")), _MAX_SPACES))
            elif tag == _TEXT + "tab":
                chunks.append("\t")
            elif tag == _TEXT + "line-break":
                chunks.append("\n")
            elif tag in _ANCHORED or _holds_blocks(child):
                anchored.append(child)
            else:
                _inline(child, chunks, anchored)
        if child.tail:
            chunks.append(child.tail)


def _holds_blocks(element: etree._Element) -> bool:
    """Whether an inline element (a frame, a text box) contains paragraphs."""
    return any(child.tag in _PARAGRAPHS for child in element.iter()) and (
        element.tag not in _PARAGRAPHS
    )


def _count(value: str | None) -> int:
    try:
        return max(1, int(value)) if value else 1
    except ValueError:
        return 1


def _add(lines: list[str], line: str, ctx: Context) -> None:
    ctx.charge_chars(len(line) + 1)
    lines.append(line)
