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
  title and language go into an XMP metadata stream too (Dublin Core);
- when every font is embedded (every PDF Herstel sets itself, :mod:`.fonts`;
  not an access copy of an original whose fonts were not), the XMP also
  identifies the file as PDF/UA-1.

Other marked content the input already had (except optional-content groups,
which decide what is visible) is replaced, and a stale structure tree is
dropped, so merging tagged originals into an access copy gives one coherent
tree. A page whose content cannot be parsed is wrapped whole as one
paragraph, so the result is always tagged and its text never lost.
"""

from __future__ import annotations

import io
import itertools
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from xml.sax.saxutils import escape

from django.utils import translation
from django.utils.translation import gettext as _

from pypdf import PdfReader
from pypdf import PdfWriter
from pypdf.generic import ArrayObject
from pypdf.generic import BooleanObject
from pypdf.generic import DecodedStreamObject
from pypdf.generic import DictionaryObject
from pypdf.generic import NameObject
from pypdf.generic import NumberObject
from pypdf.generic import TextStringObject
from reportlab.platypus import Image

from .content import Element
from .content import tag_content

__all__ = [
    "FigureImage",
    "artifact",
    "claims_pdfua",
    "figure",
    "fonts_embedded",
    "is_tagged",
    "tag_pdf",
    "tag_table_cells",
]

logger = logging.getLogger(__name__)

_TABLES = itertools.count(1)
"""Numbers the tables of a document for :func:`tag_table_cells`."""


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
        page_elements = _page_structure(writer, page, elements, document_ref, children)
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
    metadata.set_data(_xmp(title, language, pdfua=_fonts_embedded(writer.pages)))
    metadata[NameObject("/Type")] = NameObject("/Metadata")
    metadata[NameObject("/Subtype")] = NameObject("/XML")
    root[NameObject("/Metadata")] = writer._add_object(metadata)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _page_structure(
    writer: PdfWriter,
    page: Any,
    elements: list[Element],
    document_ref: Any,
    children: ArrayObject,
) -> ArrayObject:
    """Add the page's elements under the document (table cells grouped into
    ``Table``/``TR``); return them in MCID order, for the parent tree."""
    by_mcid = ArrayObject()
    table: tuple[int, Any, ArrayObject] | None = None
    row: tuple[int, Any, ArrayObject] | None = None

    def node(tag: str, parent: Any, kids: ArrayObject | None = None) -> Any:
        # No /Type: it is optional for structure elements, and a certificate
        # of 10,000 documents has some 40,000 of them.
        entries = {
            NameObject("/S"): NameObject("/" + tag),
            NameObject("/P"): parent,
        }
        if kids is not None:
            entries[NameObject("/K")] = kids
        return writer._add_object(DictionaryObject(entries))

    for element in elements:
        if element.cell is None:
            table = row = None
            parent = document_ref
            siblings = children
        else:
            table_id, row_number, _column = element.cell
            if table is None or table[0] != table_id:
                kids = ArrayObject()
                table = (table_id, node("Table", document_ref, kids), kids)
                children.append(table[1])
                row = None
            if row is None or row[0] != row_number:
                kids = ArrayObject()
                row = (row_number, node("TR", table[1], kids), kids)
                table[2].append(row[1])
            parent, siblings = row[1], row[2]
        reference = node(element.tag, parent)
        item = reference.get_object()
        item[NameObject("/Pg")] = page.indirect_reference
        item[NameObject("/K")] = NumberObject(element.mcid)
        if element.alt:
            item[NameObject("/Alt")] = TextStringObject(element.alt)
        if element.tag == "TH":
            item[NameObject("/A")] = DictionaryObject(
                {
                    NameObject("/O"): NameObject("/Table"),
                    NameObject("/Scope"): NameObject("/Column"),
                }
            )
        siblings.append(reference)
        by_mcid.append(reference)
    return by_mcid


def tag_table_cells(table: Any, event: str, *args: Any) -> None:
    """ReportLab's table render callback (``Table(..., renderCB=…)``): marks
    each cell so that :func:`tag_pdf` makes ``Table``/``TR``/``TH``/``TD``
    of it; the header rows (``repeatRows``) are ``TH``."""
    canvas = table.canv
    if event == "startCell":
        row, column = args[0], args[1]
        ident = getattr(table, "_herstel_tag", None)
        if ident is None:
            ident = table._herstel_tag = next(_TABLES)
        tag = "TH" if row < (table.repeatRows or 0) else "TD"
        canvas.addLiteral(f"/{tag} <</HerstelCell [{ident} {row} {column}]>> BDC")
    elif event == "endCell":
        canvas.addLiteral("EMC")


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


def _xmp(title: str, language: str, *, pdfua: bool = False) -> bytes:
    """The XMP metadata packet with the title and language (Dublin Core), and
    the PDF/UA-1 identification when ``pdfua``."""
    identification = (
        '<rdf:Description rdf:about="" '
        'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">'
        "<pdfuaid:part>1</pdfuaid:part></rdf:Description>"
        if pdfua
        else ""
    )
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
        f"</rdf:Description>{identification}</rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def _font_embedded(font: Any) -> bool:
    font = font.get_object()
    if font.get("/Subtype") == "/Type3":
        return True  # drawn by its own content streams
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _resources_fonts_embedded(resources: Any, seen: set[int]) -> bool:
    if resources is None:
        return True
    resources = resources.get_object()
    fonts = resources.get("/Font")
    for font in (fonts.get_object() if fonts else {}).values():
        if not _font_embedded(font):
            return False
    xobjects = resources.get("/XObject")
    for reference in (xobjects.get_object() if xobjects else {}).values():
        xobject = reference.get_object()
        if xobject.get("/Subtype") != "/Form" or id(xobject) in seen:
            continue
        seen.add(id(xobject))
        if not _resources_fonts_embedded(xobject.get("/Resources"), seen):
            return False
    return True


def _fonts_embedded(pages: Any) -> bool:
    """Whether every font the pages (and their forms) use is embedded."""
    seen: set[int] = set()
    return all(
        _resources_fonts_embedded(page.get("/Resources"), seen) for page in pages
    )


def fonts_embedded(data: bytes) -> bool:
    """Whether every font of a PDF is embedded (PDF/UA requires it)."""
    return _fonts_embedded(PdfReader(io.BytesIO(data)).pages)


def claims_pdfua(data: bytes) -> bool:
    """Whether a PDF identifies itself as PDF/UA-1 in its XMP metadata."""
    root: Any = PdfReader(io.BytesIO(data)).trailer["/Root"]
    metadata = root.get("/Metadata")
    return metadata is not None and b"<pdfuaid:part>1</pdfuaid:part>" in (
        metadata.get_object().get_data()
    )


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


def _tag_page(page: Any, writer: PdfWriter, figure_alt: str) -> list[Element]:
    contents = page.get_contents()
    if contents is None:
        return []
    try:
        data, elements = tag_content(
            contents.get_data(), _xobject_kinds(page), figure_alt
        )
    except ValueError:
        logger.warning("pdf_tagging_page_unparsed")
        return _wrap_whole_page(page, writer, contents)
    contents.set_data(data)
    page.replace_contents(contents)
    page.compress_content_streams()
    return elements


def _wrap_whole_page(page: Any, writer: PdfWriter, contents: Any) -> list[Element]:
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
    return [Element("P", 0)]


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
