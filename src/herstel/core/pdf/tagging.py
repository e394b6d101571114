# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Tagged PDF for every PDF Herstel issues (issue 16).

ReportLab (letters, certificates, reports) and pypdf (access copies made of
redacted originals) write untagged PDF: a screen reader then guesses the
reading order and reads page numbers and rules as text. :func:`tag_pdf` turns
any PDF into a tagged one, in one pass over each page's content stream:

- every text object (``BT`` … ``ET``) becomes a marked-content sequence with
  its own structure element: ``H1``/``H2`` when its font is heading-sized,
  ``P`` otherwise, in content order (the order ReportLab lays a story out);
- every image becomes a ``Figure`` with a text alternative: the one the
  generator gave (:func:`figure`, :class:`FigureImage`: "Logo of …"), else
  a generic "Image";
- rules, boxes, backgrounds and clipping paths become ``/Artifact``;
- what the generator marked as an artefact itself (``/Artifact`` marked
  content: page numbers, the letterhead line, see :func:`artifact`) is kept
  out of the structure, so a screen reader does not read "Page 2" between
  two sentences;
- the catalogue gets ``/MarkInfo << /Marked true >>``, the document language
  (``/Lang``), the title in the document information, and
  ``/DisplayDocTitle`` so a viewer shows the title rather than the file name;
  title and language go into an XMP metadata stream too (Dublin Core).

Other marked content the input already had (except optional-content groups,
which decide what is visible) is replaced, and a stale structure tree is
dropped, so merging tagged originals into an access copy gives one coherent
tree. A page whose content cannot be parsed is wrapped whole as one
paragraph, so the result is always tagged and its text never lost.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from django.utils import translation
from django.utils.translation import gettext as _

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.platypus import Image

__all__ = ["FigureImage", "artifact", "figure", "is_tagged", "tag_pdf"]

logger = logging.getLogger(__name__)

_PATH_START = {b"m", b"re"}
_PATH_END = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"n"}
_SHOW_TEXT = {b"Tj", b"TJ", b"'", b'"'}
_HEADING_1 = 17.0
"""Font size from which a text object is a first-level heading (ReportLab's
Title and Heading1 are 18 pt; body text 10 pt)."""
_HEADING_2 = 13.5
"""Font size from which it is a second-level heading (Heading2 is 14 pt)."""


@dataclass(frozen=True, slots=True)
class _Element:
    tag: str
    mcid: int
    alt: str = ""


def tag_pdf(data: bytes, *, title: str, language: str | None = None) -> bytes:
    """Return ``data`` as a tagged PDF with ``title`` and ``language``.

    ``language`` defaults to the active language (a BCP 47 tag such as
    ``nl`` or ``en``).
    """
    language = language or translation.get_language() or "nl"
    with translation.override(language):
        figure_alt = _("Image")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    root = writer.root_object
    for key in ("/StructTreeRoot", "/MarkInfo"):
        root.pop(NameObject(key), None)
    structure = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    structure_ref = writer._add_object(structure)
    document = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/StructElem"),
            NameObject("/S"): NameObject("/Document"),
            NameObject("/P"): structure_ref,
            NameObject("/Lang"): TextStringObject(language),
        }
    )
    document_ref = writer._add_object(document)
    children = ArrayObject()
    numbers = ArrayObject()
    for index, page in enumerate(writer.pages):
        elements = _tag_page(page, writer, figure_alt)
        page_elements = ArrayObject()
        for element in elements:
            node = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/StructElem"),
                    NameObject("/S"): NameObject("/" + element.tag),
                    NameObject("/P"): document_ref,
                    NameObject("/Pg"): page.indirect_reference,
                    NameObject("/K"): NumberObject(element.mcid),
                }
            )
            if element.alt:
                node[NameObject("/Alt")] = TextStringObject(element.alt)
            node_ref = writer._add_object(node)
            children.append(node_ref)
            page_elements.append(node_ref)
        page[NameObject("/StructParents")] = NumberObject(index)
        page[NameObject("/Tabs")] = NameObject("/S")
        for annotation in page.get("/Annots", None) or []:
            annotation.get_object().pop(NameObject("/StructParent"), None)
        numbers.extend([NumberObject(index), writer._add_object(page_elements)])
    document[NameObject("/K")] = children
    structure[NameObject("/K")] = document_ref
    structure[NameObject("/ParentTree")] = writer._add_object(
        DictionaryObject({NameObject("/Nums"): numbers})
    )
    structure[NameObject("/ParentTreeNextKey")] = NumberObject(len(writer.pages))
    root[NameObject("/StructTreeRoot")] = structure_ref
    root[NameObject("/MarkInfo")] = DictionaryObject(
        {NameObject("/Marked"): BooleanObject(True)}
    )
    root[NameObject("/Lang")] = TextStringObject(language)
    preferences = root.get("/ViewerPreferences")
    preferences = (
        preferences.get_object() if preferences is not None else DictionaryObject()
    )
    preferences[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    root[NameObject("/ViewerPreferences")] = preferences
    writer.add_metadata({"/Title": title})
    metadata = DecodedStreamObject()
    metadata.set_data(_xmp(title, language))
    metadata[NameObject("/Type")] = NameObject("/Metadata")
    metadata[NameObject("/Subtype")] = NameObject("/XML")
    root[NameObject("/Metadata")] = writer._add_object(metadata)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@contextmanager
def artifact(canvas: Any) -> Iterator[None]:
    """Mark what ReportLab draws inside this block as page furniture
    (an ``/Artifact``): page numbers, rules, the letterhead line."""
    canvas.addLiteral("/Artifact BMC")
    try:
        yield
    finally:
        canvas.addLiteral("EMC")


@contextmanager
def figure(canvas: Any, alt: str) -> Iterator[None]:
    """Mark what ReportLab draws inside this block as one figure with the text
    alternative ``alt`` (a logo: "Logo of …")."""
    encoded = "".join(f"{byte:02X}" for byte in ("\ufeff" + alt).encode("utf-16-be"))
    canvas.addLiteral(f"/Figure <</Alt <{encoded}>>> BDC")
    try:
        yield
    finally:
        canvas.addLiteral("EMC")


class FigureImage(Image):
    """A platypus image with a text alternative in the tagged PDF."""

    def __init__(self, *args: Any, alt: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.alt = alt

    def draw(self) -> None:
        with figure(self.canv, self.alt):
            super().draw()


def _xmp(title: str, language: str) -> bytes:
    """The XMP metadata packet with the title and language (Dublin Core)."""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title><rdf:Alt>"
        f'<rdf:li xml:lang="x-default">{escape(title)}</rdf:li>'
        "</rdf:Alt></dc:title>"
        f"<dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag>"
        "</dc:language>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def is_tagged(data: bytes) -> tuple[bool, str, str]:
    """(marked, language, title) of a PDF, as a reader sees them."""
    reader = PdfReader(io.BytesIO(data))
    root: Any = reader.trailer["/Root"]
    mark_info = root.get("/MarkInfo")
    marked = bool(mark_info and mark_info.get_object().get("/Marked")) and (
        "/StructTreeRoot" in root
    )
    metadata: Any = reader.metadata or {}
    title = metadata.get("/Title") or ""
    return marked, str(root.get("/Lang", "")), str(title)


def _tag_page(page: Any, writer: PdfWriter, figure_alt: str) -> list[_Element]:
    contents = page.get_contents()
    if contents is None:
        return []
    try:
        stream = (
            contents
            if isinstance(contents, ContentStream)
            else ContentStream(contents, writer)
        )
        operations, elements = _tagged_operations(
            stream.operations, _xobject_kinds(page), figure_alt
        )
    except Exception:
        logger.warning("pdf_tagging_page_unparsed")
        return _wrap_whole_page(page, writer, contents)
    stream.operations = operations
    page.replace_contents(stream)
    page.compress_content_streams()
    return elements


def _wrap_whole_page(page: Any, writer: PdfWriter, contents: Any) -> list[_Element]:
    start = DecodedStreamObject()
    start.set_data(b"/P <</MCID 0>> BDC\n")
    end = DecodedStreamObject()
    end.set_data(b"\nEMC\n")
    original = DecodedStreamObject()
    original.set_data(contents.get_data())
    page[NameObject("/Contents")] = ArrayObject(
        [writer._add_object(part) for part in (start, original, end)]
    )
    page.compress_content_streams()
    return [_Element("P", 0)]


def _xobject_kinds(page: Any) -> dict[str, str]:
    """Name → "Figure" (images, forms without text) or "P" (forms with text)."""
    kinds: dict[str, str] = {}
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources else None
    for name, reference in (xobjects.get_object() if xobjects else {}).items():
        xobject = reference.get_object()
        if xobject.get("/Subtype") == "/Image":
            kinds[name] = "Figure"
        else:
            try:
                text = b"BT" in xobject.get_data()
            except Exception:
                text = False
            kinds[name] = "P" if text else "Figure"
    return kinds


def _tagged_operations(
    operations: list[tuple[Any, bytes]], xobjects: dict[str, str], figure_alt: str
) -> tuple[list[tuple[Any, bytes]], list[_Element]]:
    """The page's operations with every graphics object in marked content."""
    result: list[tuple[Any, bytes]] = []
    elements: list[_Element] = []
    kept: list[bool] = []
    """Per open marked-content sequence of the input: kept (optional content)?"""
    in_text = False
    wrapped = False
    in_path = False

    def open_element(tag: str, alt: str = "") -> None:
        mcid = len(elements)
        elements.append(_Element(tag, mcid, alt))
        properties = DictionaryObject({NameObject("/MCID"): NumberObject(mcid)})
        result.append(([NameObject("/" + tag), properties], b"BDC"))

    artifact = 0
    """Depth inside an artefact the generator marked (page furniture)."""
    described = 0
    """Depth inside a figure the generator described (see :func:`figure`)."""
    for position, (operands, operator) in enumerate(operations):
        if artifact or described:
            if operator in (b"BDC", b"BMC"):
                artifact, described = (
                    (artifact + 1, 0) if artifact else (0, described + 1)
                )
            elif operator == b"EMC":
                artifact, described = (
                    (artifact - 1, 0) if artifact else (0, described - 1)
                )
            result.append((operands, operator))
            continue
        if (
            operator == b"BDC"
            and len(operands) == 2
            and operands[0] == "/Figure"
            and isinstance(operands[1], dict)
            and "/Alt" in operands[1]
            and not (in_text or in_path)
        ):
            described = 1
            open_element("Figure", str(operands[1]["/Alt"]))
            continue
        if (
            operator in (b"BDC", b"BMC")
            and operands
            and operands[0] == "/Artifact"
            and not (in_text or in_path)
        ):
            artifact = 1
            result.append((operands, operator))
            continue
        if operator in (b"BDC", b"BMC"):
            keep = bool(operands) and operands[0] == "/OC"
            kept.append(keep)
            if keep:
                result.append((operands, operator))
            continue
        if operator == b"EMC":
            if kept and kept.pop():
                result.append((operands, operator))
            continue
        if operator == b"BT" and not in_text:
            in_text = True
            tag = _text_tag(operations, position)
            wrapped = tag is not None
            if tag is not None:
                open_element(tag)
            result.append((operands, operator))
            continue
        if operator == b"ET" and in_text:
            in_text = False
            result.append((operands, operator))
            if wrapped:
                result.append(([], b"EMC"))
            continue
        if in_text:
            result.append((operands, operator))
            continue
        if operator in _PATH_START and not in_path:
            in_path = True
            result.append(([NameObject("/Artifact")], b"BMC"))
        if in_path:
            result.append((operands, operator))
            if operator in _PATH_END:
                in_path = False
                result.append(([], b"EMC"))
            continue
        if operator == b"Do" and operands:
            tag = xobjects.get(str(operands[0]), "Figure")
            open_element(tag, figure_alt if tag == "Figure" else "")
            result.append((operands, operator))
            result.append(([], b"EMC"))
            continue
        if operator == b"INLINE IMAGE":
            open_element("Figure", figure_alt)
            result.append((operands, operator))
            result.append(([], b"EMC"))
            continue
        if operator == b"sh":
            result.append(([NameObject("/Artifact")], b"BMC"))
            result.append((operands, operator))
            result.append(([], b"EMC"))
            continue
        result.append((operands, operator))
    if in_text or in_path or artifact or described:
        raise ValueError("unbalanced content stream")
    result.extend(([], b"EMC") for keep in kept if keep)
    return result, elements


def _text_tag(operations: list[tuple[Any, bytes]], start: int) -> str | None:
    """H1, H2 or P by the largest font size set in the text object at ``start``;
    None when it shows no text (ReportLab writes such empty objects)."""
    size = 0.0
    shows = False
    for operands, operator in operations[start + 1 :]:
        if operator == b"ET":
            break
        shows = shows or operator in _SHOW_TEXT
        if operator == b"Tf" and len(operands) == 2:
            try:
                size = max(size, float(operands[1]))
            except (TypeError, ValueError):
                continue
    if not shows:
        return None
    if size >= _HEADING_1:
        return "H1"
    if size >= _HEADING_2:
        return "H2"
    return "P"
