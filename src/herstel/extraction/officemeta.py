# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Pieces shared by the Office Open XML extractors (DOCX, XLSX, PPTX).

Document properties (author, last modified by, title) are personal data an
inventory must list; DrawingML text (text boxes, shapes, slides) is read the
same way in all three formats.
"""

from __future__ import annotations

import zipfile

from lxml import etree

from .context import Context
from .xmlparse import DC
from .xmlparse import DC_TITLE_FIELDS
from .xmlparse import parse_xml

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
"""The DrawingML namespace (text boxes, shapes, slides)."""

_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_CORE_FIELDS = (
    (DC + "creator", "Author"),
    (_CP + "lastModifiedBy", "Last modified by"),
    *DC_TITLE_FIELDS,
)
_MAX_PART_BYTES = 64 * 1024 * 1024


def core_properties(archive: zipfile.ZipFile, ctx: Context) -> None:
    """Record author, last modified by, title and subject of the package."""
    try:
        info = archive.getinfo("docProps/core.xml")
    except KeyError:
        return
    if info.file_size > 1024 * 1024:
        return
    try:
        root = parse_xml(archive.read(info))
    except Exception:  # damaged properties must not cost the document's text
        ctx.note("The document properties cannot be read.")
        return
    for tag, name in _CORE_FIELDS:
        element = root.find(tag)
        if element is not None and element.text:
            ctx.add_metadata(name, element.text)


def read_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """Read one member, or ``None`` when it is missing or implausibly large."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_PART_BYTES:
        return None
    return archive.read(info)


def drawing_paragraphs(root: etree._Element) -> list[str]:
    """Return the text of each DrawingML paragraph (``a:p``) in document order."""
    lines: list[str] = []
    for paragraph in root.iter(A + "p"):
        chunks: list[str] = []
        for element in paragraph.iter(A + "t", A + "br", A + "tab"):
            if element.tag == A + "t":
                chunks.append(element.text or "")
            elif element.tag == A + "br":
                chunks.append("\n")
            else:
                chunks.append("\t")
        line = "".join(chunks).strip()
        if line:
            lines.append(line)
    return lines
