# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""EPUB e-books: the XHTML documents of the spine, in reading order.

The package document (OPF) named in ``META-INF/container.xml`` lists the
content files and their order; each is read as HTML. Author and title are
recorded as metadata. Content protected by DRM (``META-INF/encryption.xml``
naming content files) gives ``encrypted``.
"""

from __future__ import annotations

import posixpath
import zipfile
from urllib.parse import unquote

from .archive import is_markup
from .archive import open_zip
from .base import ErrorCode
from .base import ExtractionError
from .context import Context
from .htmltext import decode_html
from .htmltext import html_to_text
from .officemeta import read_member
from .xmlparse import DC
from .xmlparse import parse_xml

_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_ENC = "{http://www.w3.org/2001/04/xmlenc#}"
_HTML_TYPES = frozenset({"application/xhtml+xml", "text/html"})
_MAX_DOCUMENTS = 5000


def extract_epub(data: bytes, ctx: Context) -> str:
    """Return the text of the book's documents in spine order."""
    with open_zip(data, ctx, "EPUB file", read=is_markup) as archive:
        _refuse_drm(archive)
        documents = _spine(archive, ctx)
        sections: list[str] = []
        for name in documents[:_MAX_DOCUMENTS]:
            ctx.check_deadline()
            blob = read_member(archive, name)
            if blob is None:
                ctx.skip(name, ErrorCode.CORRUPT, "The chapter is missing.")
                continue
            text = html_to_text(decode_html(blob))
            ctx.charge_chars(len(text) + 2)
            if text:
                sections.append(text)
    return "\n\n".join(sections)


def _refuse_drm(archive: zipfile.ZipFile) -> None:
    blob = read_member(archive, "META-INF/encryption.xml")
    if blob is None:
        return
    root = parse_xml(blob)
    for reference in root.iter(f"{_ENC}CipherReference"):
        uri = reference.get("URI") or ""
        if not uri.lower().endswith((".otf", ".ttf", ".woff", ".woff2")):
            # Obfuscated fonts are common and harmless; content is not.
            raise ExtractionError(
                ErrorCode.ENCRYPTED, "The EPUB file is protected (DRM)."
            )


def _spine(archive: zipfile.ZipFile, ctx: Context) -> list[str]:
    """The content documents in reading order; every HTML member as fallback."""
    container = read_member(archive, "META-INF/container.xml")
    opf_name = ""
    if container is not None:
        rootfile = parse_xml(container).find(f".//{_CONTAINER}rootfile")
        if rootfile is not None:
            opf_name = unquote(rootfile.get("full-path") or "")
    opf = read_member(archive, opf_name) if opf_name else None
    if opf is None:
        ctx.note("The EPUB file has no package document; all pages were read.")
        return sorted(
            name
            for name in archive.namelist()
            if name.lower().endswith((".xhtml", ".html", ".htm"))
        )
    root = parse_xml(opf)
    for tag, field in ((DC + "creator", "Author"), (DC + "title", "Title")):
        for element in root.iter(tag):
            ctx.add_metadata(field, element.text)
    folder = posixpath.dirname(opf_name)
    items = {
        item.get("id"): (
            posixpath.normpath(posixpath.join(folder, unquote(item.get("href") or ""))),
            item.get("media-type") or "",
        )
        for item in root.iter(f"{_OPF}item")
    }
    order = [
        items[ref.get("idref")]
        for ref in root.iter(f"{_OPF}itemref")
        if ref.get("idref") in items
    ]
    return [name for name, kind in order if kind in _HTML_TYPES]
