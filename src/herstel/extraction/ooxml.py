# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Office Open XML: DOCX (WordprocessingML) and XLSX (with openpyxl).

DOCX is read straight from its XML so that text boxes, headers, footers,
footnotes, endnotes and comments come out too: body first, then notes and
comments, then headers and footers, each group separated by a blank line.
Tracked deletions are left out, as Word shows them struck through.
"""

from __future__ import annotations

import datetime
import io
import posixpath
import re
import warnings
import zipfile
from collections.abc import Iterable

from lxml import etree
from openpyxl import load_workbook

from .archive import is_markup
from .archive import open_zip
from .base import ErrorCode
from .base import ExtractionError
from .base import MediaType
from .context import Context
from .embedded import extract_embeddings
from .officemeta import core_properties
from .officemeta import drawing_paragraphs
from .officemeta import read_member
from .xmlparse import parse_xml
from .xmlparse import read_xml
from .xmlparse import relationship_map
from .xmlparse import relationships
from .xmlparse import transitional

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
_NOTE_PARTS = ("/footnotes", "/endnotes", "/comments")
_PAGE_PARTS = ("/header", "/footer")

# Elements whose subtree holds no visible text of their paragraph.
_SKIP = frozenset(
    {_W + "pPr", _W + "rPr", _W + "del", _W + "delText", _W + "instrText", _MC_FALLBACK}
)
# Block-level wrappers whose children are paragraphs and tables.
_WRAPPERS = frozenset(
    {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "smartTag"}
)
_NOTE_TYPES_WITHOUT_TEXT = frozenset({"separator", "continuationSeparator"})
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_CHUNK_TYPES = {
    ".htm": MediaType.HTML,
    ".html": MediaType.HTML,
    ".xhtml": MediaType.HTML,
    ".mht": MediaType.EML,
    ".mhtml": MediaType.EML,
    ".rtf": MediaType.RTF,
    ".txt": MediaType.TEXT,
}

EXCEL_MAX_ROWS = 1_048_576
"""Excel's row limit; a sheet claiming more rows is corrupt."""


class _Lines:
    """Collect lines of text and count them against the character budget."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.lines: list[str] = []

    def append(self, line: str) -> None:
        self.ctx.charge_chars(len(line) + 1)
        self.lines.append(line)

    def text(self) -> str:
        return "\n".join(self.lines).strip()


# ---------------------------------------------------------------------------
# DOCX


def extract_docx(data: bytes, ctx: Context) -> str:
    """Return the text of a Word document (DOCX, DOCM, DOTX)."""
    with open_zip(data, ctx, "DOCX file", read=is_markup) as archive:
        main = next(
            (
                name
                for rel_type, name in relationships(archive, "")
                if rel_type in _OFFICE_DOCUMENT
            ),
            "word/document.xml",
        )
        root = read_xml(archive, main)
        body = root.find(f"{_W}body")
        if body is None:
            raise ExtractionError(ErrorCode.CORRUPT, "The DOCX file has no body.")
        core_properties(archive, ctx)
        groups: list[str] = []
        lines = _Lines(ctx)
        _blocks(body, lines)
        groups.append(lines.text())
        groups.append(_alt_chunks(archive, main, body, ctx))
        related = relationships(archive, main)
        for suffixes in (_NOTE_PARTS, _PAGE_PARTS):
            lines = _Lines(ctx)
            for suffix in suffixes:
                names = {name for kind, name in related if kind.endswith(suffix)}
                for name in sorted(names):
                    ctx.check_deadline()
                    _part_blocks(read_xml(archive, name), lines)
            groups.append(lines.text())
        groups.append(extract_embeddings(archive, ctx))
    return "\n\n".join(group for group in groups if group)


def _alt_chunks(
    archive: zipfile.ZipFile, main: str, body: etree._Element, ctx: Context
) -> str:
    """Extract the parts a document imports whole (``w:altChunk``: HTML, RTF, ...).

    Word shows them in place; they are read like attachments and follow the
    body, each under its own heading.
    """
    chunks = list(body.iter(_W + "altChunk"))
    if not chunks:
        return ""
    targets = relationship_map(archive, main)
    sections: list[str] = []
    for chunk in chunks:
        kind, name = targets.get(chunk.get(_R_ID) or "", ("", ""))
        if not kind.endswith("/aFChunk") or not name:
            continue
        declared = _CHUNK_TYPES.get(posixpath.splitext(name)[1].lower())
        text = ctx.extract_part(name, _Member(archive, name), declared)
        if text:
            ctx.charge_chars(len(text))
            sections.append(text)
    return "\n\n".join(sections)


class _Member:
    """Read one archive member when called."""

    __slots__ = ("archive", "name")

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name

    def __call__(self) -> bytes:
        data = read_member(self.archive, self.name)
        if data is None:
            raise ExtractionError(ErrorCode.CORRUPT, "The part is missing.")
        return data


def _part_blocks(root: etree._Element, lines: _Lines) -> None:
    """Add the blocks of a header, footer, notes or comments part."""
    if root.tag in (_W + "footnotes", _W + "endnotes", _W + "comments"):
        for note in root:
            author = note.get(f"{_W}author")
            if author:
                lines.ctx.add_metadata("Comment author", author)
            if note.get(f"{_W}type") not in _NOTE_TYPES_WITHOUT_TEXT:
                _blocks(note, lines)
    else:
        _blocks(root, lines)


def _blocks(container: etree._Element, lines: _Lines) -> None:
    """Add the paragraphs and tables inside ``container`` in document order."""
    for child in container:
        if child.tag == _W + "p":
            _paragraph(child, lines)
        elif child.tag == _W + "tbl":
            _table(child, lines)
        elif child.tag in _WRAPPERS:
            _blocks(child, lines)


def _table(table: etree._Element, lines: _Lines) -> None:
    """Add one line per row, cells separated by tabs.

    Walking ``<w:tc>`` elements visits a merged cell once, where a grid-based
    view would repeat it for each column it spans.
    """
    for row in _children(table, _W + "tr"):
        cells: list[str] = []
        for cell in _children(row, _W + "tc"):
            inner = _Lines(lines.ctx)
            _blocks(cell, inner)
            cells.append(inner.text())
        if any(cells):
            lines.append("\t".join(cells))


def _children(element: etree._Element, tag: str) -> Iterable[etree._Element]:
    """Yield the ``tag`` children of ``element``, looking through wrappers."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _paragraph(paragraph: etree._Element, lines: _Lines) -> None:
    """Add a paragraph's text, then the text boxes anchored in it."""
    chunks: list[str] = []
    boxes: list[etree._Element] = []
    _runs(paragraph, chunks, boxes)
    lines.append("".join(chunks))
    for box in boxes:
        _blocks(box, lines)


def _runs(
    element: etree._Element, chunks: list[str], boxes: list[etree._Element]
) -> None:
    """Collect the visible characters below ``element`` in document order."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _W + "t":
            chunks.append(child.text or "")
        elif tag == _W + "tab":
            chunks.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            chunks.append("\n")
        elif tag == _W + "noBreakHyphen":
            chunks.append("-")
        elif tag == _W + "txbxContent":
            boxes.append(child)
        else:
            _runs(child, chunks, boxes)


# ---------------------------------------------------------------------------
# XLSX


def extract_xlsx(data: bytes, ctx: Context) -> str:
    """Return each sheet as a ``--- Sheet: name ---`` line and tab-separated rows.

    Cached formula results are used, not the formulas. Empty rows and trailing
    empty cells are left out. After the rows come the sheet's cell comments,
    its headers and footers and the text of its text boxes and shapes. A Strict
    OOXML workbook is read after mapping its namespaces to the transitional ones.
    """
    # The guard checks the archive; openpyxl then reads it itself.
    with open_zip(data, ctx, "XLSX file", read=is_markup) as archive:
        core_properties(archive, ctx)
        extras = _sheet_extras(archive, ctx)
        embedded = extract_embeddings(archive, ctx)
        if _is_strict(archive):
            data = _transitional_package(archive)
    with warnings.catch_warnings():
        # openpyxl warns about styles and extensions it does not read.
        warnings.simplefilter("ignore")
        workbook = load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
        try:
            sheets: list[str] = []
            for index, sheet in enumerate(workbook.worksheets):
                lines = _Lines(ctx)
                lines.append(f"--- Sheet: {sheet.title} ---")
                _sheet_rows(sheet, lines)
                for line in extras.get(index, ()):
                    lines.append(line)
                sheets.append(lines.text())
        finally:
            workbook.close()
    return "\n\n".join(section for section in [*sheets, embedded] if section)


_SML = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_WORKBOOK_REL = "/officeDocument"
_HEADER_FOOTER = frozenset(
    _SML + tag
    for tag in (
        "oddHeader",
        "oddFooter",
        "evenHeader",
        "evenFooter",
        "firstHeader",
        "firstFooter",
    )
)
# &L &C &R (sections), &P &N &D &T &F &A &G (fields), &"font,style", &12 (size),
# &B &I &U &E &S &X &Y &K rrggbb (formatting).
_HEADER_CODES = re.compile(r'&(?:"[^"]*"|\d+|K[0-9A-Fa-f]{6}|[LCRPNDTFAGBIUESXYKZ&])')


def _is_strict(archive: zipfile.ZipFile) -> bool:
    blob = read_member(archive, "xl/workbook.xml") or b""
    return b"purl.oclc.org/ooxml/spreadsheetml" in blob


def _transitional_package(archive: zipfile.ZipFile) -> bytes:
    """Return a copy of a Strict workbook with transitional namespaces."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in archive.infolist():
            if not is_markup(info.filename):
                continue  # pictures and embeddings: unchecked, and not needed
            copy.writestr(info.filename, transitional(archive.read(info)))
    return out.getvalue()


def _sheet_extras(archive: zipfile.ZipFile, ctx: Context) -> dict[int, list[str]]:
    """Comments, headers, footers and drawing text per sheet (by position).

    Read from the package directly: openpyxl's read-only mode skips them.
    A part that cannot be read is listed in ``skipped``; the rows still count.
    """
    extras: dict[int, list[str]] = {}
    workbook = next(
        (
            name
            for kind, name in relationships(archive, "")
            if kind.endswith(_WORKBOOK_REL)
        ),
        "xl/workbook.xml",
    )
    try:
        root = read_xml(archive, workbook)
        targets = relationship_map(archive, workbook)
    except ExtractionError:
        return extras
    sheets = root.find(_SML + "sheets")
    for index, sheet in enumerate(sheets if sheets is not None else ()):
        _kind, name = targets.get(sheet.get(_R_ID) or "", ("", ""))
        if not name:
            continue
        ctx.check_deadline()
        try:
            lines = _one_sheet_extras(archive, name, ctx)
        except ExtractionError as exc:
            ctx.skip(f"{name} (comments, headers, drawings)", exc.code, exc.message)
            continue
        if lines:
            extras[index] = lines
    return extras


def _one_sheet_extras(archive: zipfile.ZipFile, name: str, ctx: Context) -> list[str]:
    lines: list[str] = []
    blob = read_member(archive, name)
    if blob is not None and b"headerFooter" in blob:
        for _event, element in etree.iterparse(
            io.BytesIO(transitional(blob)),
            tag=list(_HEADER_FOOTER),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
        ):
            text = " ".join(_HEADER_CODES.sub(" ", element.text or "").split())
            if text and text not in lines:
                lines.append(text)
    for kind, target in relationships(archive, name):
        part = read_member(archive, target)
        if part is None:
            continue
        if kind.endswith("/comments"):
            root = parse_xml(part)
            authors = [a.text or "" for a in root.iter(_SML + "author")]
            for author in authors:
                ctx.add_metadata("Comment author", author)
            for comment in root.iter(_SML + "comment"):
                text = "".join(t.text or "" for t in comment.iter(_SML + "t"))
                text = " ".join(text.split())
                if text:
                    lines.append(text)
        elif kind.endswith("/threadedComment"):
            root = parse_xml(part)
            for element in root.iter():
                if isinstance(element.tag, str) and element.tag.endswith("}text"):
                    text = " ".join((element.text or "").split())
                    if text:
                        lines.append(text)
        elif kind.endswith("/drawing"):
            lines.extend(drawing_paragraphs(parse_xml(part)))
    ctx.charge_chars(sum(len(line) + 1 for line in lines))
    return lines


def _sheet_rows(sheet: object, lines: _Lines) -> None:
    """Add the non-empty rows of a read-only worksheet."""
    reset = getattr(sheet, "reset_dimensions", None)
    if callable(reset):
        # A hostile <dimension> would otherwise pad every row to 16,384 cells.
        reset()
    iter_rows = getattr(sheet, "iter_rows", None)
    if not callable(iter_rows):
        return
    for index, row in enumerate(iter_rows(values_only=True)):
        if index % 1000 == 0:
            lines.ctx.check_deadline()
        if index >= EXCEL_MAX_ROWS:
            raise ExtractionError(
                ErrorCode.CORRUPT, "A sheet has more rows than Excel allows."
            )
        cells = [_cell_text(value) for value in row]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            lines.append("\t".join(cells))


def _cell_text(value: object) -> str:
    """Render one cell value; tabs and line breaks become spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return " ".join(str(value).split())
