# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""PowerPoint presentations (PPTX), read straight from their XML.

Slides come in presentation order, each under a ``--- Slide N ---`` line: the
text of its shapes, tables and text boxes, then its speaker notes and its
comments. Comment authors are recorded as metadata. Strict OOXML namespaces
are mapped to the transitional ones by :func:`.xmlparse.parse_xml`.
"""

from __future__ import annotations

import zipfile

from .archive import is_markup
from .archive import open_zip
from .base import ErrorCode
from .base import ExtractionError
from .context import Context
from .embedded import extract_embeddings
from .officemeta import core_properties
from .officemeta import drawing_paragraphs
from .officemeta import read_member
from .xmlparse import parse_xml
from .xmlparse import read_xml
from .xmlparse import relationship_map
from .xmlparse import relationships

_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MAX_SLIDES = 10_000


def extract_pptx(data: bytes, ctx: Context) -> str:
    """Return the text of each slide with its notes and comments."""
    with open_zip(data, ctx, "PPTX file", read=is_markup) as archive:
        main = next(
            (
                name
                for kind, name in relationships(archive, "")
                if kind.endswith("/officeDocument")
            ),
            "ppt/presentation.xml",
        )
        root = read_xml(archive, main)
        core_properties(archive, ctx)
        _comment_authors(archive, main, ctx)
        targets = relationship_map(archive, main)
        slide_list = root.find(_P + "sldIdLst")
        slides = [
            targets[item.get(_R_ID) or ""][1]
            for item in (slide_list if slide_list is not None else ())
            if (item.get(_R_ID) or "") in targets
        ]
        sections: list[str] = []
        for number, name in enumerate(slides[:_MAX_SLIDES], start=1):
            ctx.check_deadline()
            try:
                lines = _slide(archive, name, ctx)
            except ExtractionError as exc:
                if exc.code not in (ErrorCode.CORRUPT,):
                    raise
                ctx.skip(f"slide-{number}", exc.code, exc.message)
                lines = []
            heading = f"--- Slide {number} ---"
            text = "\n".join([heading, *lines])
            ctx.charge_chars(len(text) + 2)
            sections.append(text)
        sections.append(extract_embeddings(archive, ctx))
    return "\n\n".join(section for section in sections if section)


def _slide(archive: zipfile.ZipFile, name: str, ctx: Context) -> list[str]:
    """The text of one slide, then its notes and comments."""
    blob = read_member(archive, name)
    if blob is None:
        raise ExtractionError(ErrorCode.CORRUPT, "A slide is missing.")
    lines = drawing_paragraphs(parse_xml(blob))
    for kind, target in relationships(archive, name):
        part = read_member(archive, target)
        if part is None:
            continue
        if kind.endswith("/notesSlide"):
            notes = [
                line
                for line in drawing_paragraphs(parse_xml(part))
                if not line.isdigit()  # the slide number placeholder
            ]
            lines.extend(notes)
        elif kind.endswith("/comments"):
            root = parse_xml(part)
            for element in root.iter():
                tag = element.tag
                if isinstance(tag, str) and tag.endswith("}text") and element.text:
                    lines.append(" ".join(element.text.split()))
            lines.extend(drawing_paragraphs(root))  # modern comments: a:p
    return lines


def _comment_authors(archive: zipfile.ZipFile, main: str, ctx: Context) -> None:
    """Record the names in the comment authors parts (classic and modern)."""
    for kind, target in relationships(archive, main):
        if not kind.endswith(("/commentAuthors", "/authors")):
            continue
        part = read_member(archive, target)
        if part is None:
            continue
        try:
            root = parse_xml(part)
        except ExtractionError:
            continue
        for element in root:
            name = element.get("name")
            if name:
                ctx.add_metadata("Comment author", name)
