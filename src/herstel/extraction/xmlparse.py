# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""One hardened XML parser for the zip-based office formats."""

from __future__ import annotations

import posixpath
import zipfile
from urllib.parse import unquote

from lxml import etree

from .base import ErrorCode
from .base import ExtractionError

# No entity expansion, no DTD loading, no network and libxml2's default limits
# on depth and text node size (huge_tree=False), against XXE and entity bombs.
_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)

DC = "{http://purl.org/dc/elements/1.1/}"
"""Dublin Core: the metadata of ODF (``meta.xml``), OOXML (``core.xml``), EPUB."""
DC_TITLE_FIELDS = ((DC + "title", "Title"), (DC + "subject", "Subject"))
"""Title and subject, recorded alike from ODF and OOXML document properties."""

_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


# Strict Office Open XML (ISO/IEC 29500 Strict) uses other namespace names
# for the same vocabulary; they are mapped to the transitional ones, which is
# what the extractors (and openpyxl) know.
STRICT_NAMESPACES: tuple[tuple[bytes, bytes], ...] = (
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
    (
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    ),
    (
        b"http://purl.oclc.org/ooxml/spreadsheetml/main",
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    ),
    (
        b"http://purl.oclc.org/ooxml/presentationml/main",
        b"http://schemas.openxmlformats.org/presentationml/2006/main",
    ),
    (
        b"http://purl.oclc.org/ooxml/drawingml/main",
        b"http://schemas.openxmlformats.org/drawingml/2006/main",
    ),
    (
        b"http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
        b"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    ),
    (
        b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/sharedTypes",
        b"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
        b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    ),
)


def transitional(blob: bytes) -> bytes:
    """Return an XML part with Strict OOXML namespaces made transitional."""
    if b"purl.oclc.org/ooxml" not in blob:
        return blob
    for strict, usual in STRICT_NAMESPACES:
        blob = blob.replace(strict, usual)
    return blob


def parse_xml(blob: bytes) -> etree._Element:
    """Parse untrusted XML; any parser error becomes ``corrupt``."""
    try:
        return etree.fromstring(transitional(blob), _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ExtractionError(
            ErrorCode.CORRUPT, "An XML part of the document cannot be parsed."
        ) from exc


def read_xml(archive: zipfile.ZipFile, name: str) -> etree._Element:
    """Read and parse one member; a missing member is ``corrupt``."""
    try:
        blob = archive.read(name)
    except KeyError as exc:
        raise ExtractionError(
            ErrorCode.CORRUPT, f"The document has no {name} part."
        ) from exc
    return parse_xml(blob)


def relationships(archive: zipfile.ZipFile, source: str) -> list[tuple[str, str]]:
    """Return ``(type, member name)`` of the internal relationships of ``source``.

    ``source`` is a member name, or ``""`` for the package itself. Targets are
    resolved the way Office does: relative to the source's folder, or from the
    package root when they start with ``/``.
    """
    return [(kind, name) for kind, name in relationship_map(archive, source).values()]


def relationship_map(
    archive: zipfile.ZipFile, source: str
) -> dict[str, tuple[str, str]]:
    """Return ``{id: (type, member name)}`` of the internal relationships."""
    folder, base = posixpath.split(source)
    rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
    try:
        blob = archive.read(rels_name)
    except KeyError:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for index, rel in enumerate(parse_xml(blob).iter(f"{_RELATIONSHIPS}Relationship")):
        if rel.get("TargetMode") == "External":
            continue
        target = unquote(rel.get("Target") or "")
        if not target:
            continue
        if target.startswith("/"):
            name = posixpath.normpath(target.lstrip("/"))
        else:
            name = posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id") or f"#{index}"] = (rel.get("Type") or "", name)
    return found
