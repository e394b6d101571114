# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""PDF text: the text layer with pypdf, and OCR for scanned pages.

A page whose text layer is (nearly) empty but which shows a large image is
treated as a scan: its images are decoded with pypdf and Pillow and read by
Tesseract (:mod:`.ocr`). pypdf bounds every stream it decompresses (75 MB by
default), and image sizes are checked before decoding.
"""

from __future__ import annotations

import io
import logging

from pypdf import PageObject
from pypdf import PasswordType
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from pypdf.generic import ArrayObject
from pypdf.generic import DictionaryObject
from pypdf.generic import NameObject
from pypdf.generic import StreamObject

from . import ocr
from .base import ErrorCode
from .base import ExtractionError
from .context import Context
from .htmltext import html_to_text
from .mail import attachment_heading

PAGE_SEPARATOR = "\n\n"
"""Placed between the text of consecutive PDF pages."""

SCAN_TEXT_THRESHOLD = 16
"""Pages with fewer letters and digits than this in their text layer may be scans."""

_MIN_SCAN_SIDE = 200  # icons and logos are not worth an OCR run
_MAX_FORM_DEPTH = 3
_MAX_ANNOTATIONS = 5000
_MAX_FIELDS = 10_000

logger = logging.getLogger(__name__)


def extract_pdf(data: bytes, ctx: Context) -> str:
    """Return the text of a PDF, pages separated by a blank line.

    Each page is read on its own: a page that cannot be read is listed in
    ``skipped`` as ``page-N`` with the reason, and the others are kept. After
    each page's text come its comments and other annotations; after the last
    page the values of the form fields. Embedded files (attachments) are
    extracted like e-mail attachments. Author, title and the authors of
    comments are recorded as metadata.

    Scanned pages are read with OCR. Without Tesseract a PDF that consists only
    of scans gives ``ocr_unavailable``; in a PDF that has text as well, the
    scanned pages are listed in ``skipped`` as ``page-N``.
    """
    reader = PdfReader(io.BytesIO(data), strict=False)
    attachments_locked = False
    if reader.is_encrypted:
        # Many PDFs are encrypted only to restrict printing or copying and open
        # with an empty user password; those can be read.
        try:
            outcome = reader.decrypt("")
        except Exception as exc:
            raise _encrypted() from exc
        if outcome == PasswordType.NOT_DECRYPTED:
            if not _only_attachments_encrypted(reader):
                raise _encrypted()
            attachments_locked = True
    try:
        pages = reader.pages
        count = len(pages)
    except FileNotDecryptedError as exc:
        raise _encrypted() from exc
    if count == 0:
        raise ExtractionError(ErrorCode.CORRUPT, "The PDF file has no pages.")
    _metadata(reader, ctx)
    texts: list[str] = []
    unread: list[tuple[int, str, str]] = []
    for number in range(1, count + 1):
        if ctx.out_of_time():
            late = "The time limit ended before this page."
            unread.extend(
                (n, ErrorCode.TIMEOUT, late) for n in range(number, count + 1)
            )
            break
        ctx.check_deadline()
        try:
            page = pages[number - 1]
            _lend_resources(page)
            text = (page.extract_text() or "").strip()
        except (ExtractionError, MemoryError):
            raise
        except FileNotDecryptedError as exc:
            raise _encrypted() from exc
        except Exception as exc:
            logger.debug("Cannot read PDF page %s: %s", number, type(exc).__name__)
            unread.append(
                (
                    number,
                    ErrorCode.CORRUPT,
                    f"The page cannot be read: {type(exc).__name__}.",
                )
            )
            texts.append("")
            continue
        ctx.charge_chars(len(text))
        if _needs_ocr(text):
            text, code = _ocr_page(page, ctx, text)
            if code is not None:
                unread.append((number, code, "The scanned page cannot be read."))
        notes = _annotations(page, ctx)
        if notes:
            text = "\n".join(part for part in (text, notes) if part)
        texts.append(text)
    fields = _form_fields(reader, ctx)
    if fields:
        texts.append(fields)
    result = PAGE_SEPARATOR.join(text for text in texts if text).strip()
    if unread and not result:
        codes = {code for _, code, _ in unread}
        code = codes.pop() if len(codes) == 1 else ErrorCode.CORRUPT
        raise ExtractionError(code, "The pages of the PDF cannot be read.")
    for number, code, message in unread:
        ctx.skip(f"page-{number}", code, message)
    attached = _attachments(reader, ctx, locked=attachments_locked)
    return PAGE_SEPARATOR.join(part for part in (result, attached) if part)


def _only_attachments_encrypted(reader: PdfReader) -> bool:
    """Whether only the embedded files are encrypted (``/StmF`` is Identity).

    Such a PDF opens without a password; its pages are read and its
    attachments reported as ``encrypted``.
    """
    try:
        encrypt = _resolve(reader.trailer["/Encrypt"])
        if not isinstance(encrypt, DictionaryObject) or encrypt.get("/EFF") is None:
            return False
        if encrypt.get("/StmF", "/Identity") != "/Identity":
            return False
        if encrypt.get("/StrF", "/Identity") != "/Identity":
            return False
        reader._encryption = None  # strings and streams are stored in the clear
    except Exception:
        return False
    return True


def _metadata(reader: PdfReader, ctx: Context) -> None:
    """Record author, title and subject of the document information."""
    try:
        info = reader.metadata
        if info is None:
            return
        for key, name in (
            ("/Author", "Author"),
            ("/Title", "Title"),
            ("/Subject", "Subject"),
        ):
            value = info.get(key)
            if isinstance(value, str):
                ctx.add_metadata(name, value)
    except Exception as exc:
        logger.debug("Cannot read PDF metadata: %s", type(exc).__name__)


# Annotations that only point at or style content shown elsewhere.
_SILENT_ANNOTATIONS = frozenset({"/Popup", "/Link", "/Widget"})


def _annotations(page: PageObject, ctx: Context) -> str:
    """Return the comments and other annotation texts of one page."""
    lines: list[str] = []
    try:
        annots = _resolve(page.get("/Annots"))
        if not isinstance(annots, ArrayObject):
            return ""
        for item in annots[:_MAX_ANNOTATIONS]:
            annot = _resolve(item)
            if not isinstance(annot, DictionaryObject):
                continue
            if annot.get("/Subtype") in _SILENT_ANNOTATIONS:
                continue
            author = _resolve(annot.get("/T"))
            if isinstance(author, str) and author.strip():
                ctx.add_metadata("Comment author", author)
            value = _resolve(annot.get("/Contents"))
            if isinstance(value, str) and value.strip():
                lines.append(" ".join(value.split()))
                continue
            rich = _resolve(annot.get("/RC"))
            if isinstance(rich, str) and rich.strip():
                lines.append(" ".join(html_to_text(rich).split()))
    except Exception as exc:
        logger.debug("Cannot read PDF annotations: %s", type(exc).__name__)
    text = "\n".join(lines)
    ctx.charge_chars(len(text))
    return text


def _form_fields(reader: PdfReader, ctx: Context) -> str:
    """Return ``name: value`` lines of the filled-in form fields."""
    lines: list[str] = []
    try:
        fields = reader.get_fields() or {}
        for name, field in list(fields.items())[:_MAX_FIELDS]:
            value = field.get("/V")
            if isinstance(value, list | ArrayObject):
                value = ", ".join(str(item) for item in value)
            if not isinstance(value, str):
                continue
            value = " ".join(value.split())
            if not value or (value.startswith("/") and " " not in value):
                continue  # check boxes and radio buttons: /Yes, /Off
            label = field.get("/TU") or name
            lines.append(f"{' '.join(str(label).split())}: {value}")
    except Exception as exc:
        logger.debug("Cannot read PDF form fields: %s", type(exc).__name__)
    text = "\n".join(lines)
    ctx.charge_chars(len(text))
    return text


def _attachments(reader: PdfReader, ctx: Context, *, locked: bool) -> str:
    """Extract the embedded files, each under an attachment heading."""
    sections: list[str] = []
    try:
        found = list(reader.attachment_list)
    except Exception as exc:
        ctx.note(f"The list of embedded files cannot be read: {type(exc).__name__}.")
        return ""
    for index, embedded in enumerate(found, start=1):
        name = str(getattr(embedded, "name", "") or f"attachment-{index}")
        name = name.replace("/", "_").replace("\\", "_")
        heading = attachment_heading(name)
        ctx.charge_chars(len(heading) + 2)
        if locked:
            ctx.skip(name, ErrorCode.ENCRYPTED, "The embedded file is encrypted.")
            sections.append(heading)
            continue
        text = ctx.extract_part(name, _Content(embedded))
        sections.append(heading if not text else f"{heading}\n{text}".strip())
    return "\n\n".join(sections)


class _Content:
    """Return an embedded file's bytes when called."""

    __slots__ = ("embedded",)

    def __init__(self, embedded: object) -> None:
        self.embedded = embedded

    def __call__(self) -> bytes:
        content = getattr(self.embedded, "content", None)
        if not isinstance(content, bytes):
            raise ExtractionError(ErrorCode.CORRUPT, "The embedded file is empty.")
        return content


def _encrypted() -> ExtractionError:
    return ExtractionError(ErrorCode.ENCRYPTED, "The PDF file is password protected.")


def _needs_ocr(text: str) -> bool:
    """Whether a page's text layer is too thin to be the real content."""
    return sum(1 for char in text if char.isalnum()) < SCAN_TEXT_THRESHOLD


def _ocr_page(page: PageObject, ctx: Context, text: str) -> tuple[str, str | None]:
    """Return the page text after OCR and the code of a failure, if any.

    A page without large images is simply short: its text layer is kept.
    """
    images = _scan_images(page)
    if not images:
        return text, None
    texts = [text] if text else []
    for image in images:
        try:
            width = int(image.get("/Width", 0))
            height = int(image.get("/Height", 0))
            ocr.check_pixels(width, height, ctx)
            ocr.require_tesseract()
            decoded = image.decode_as_image()
            if decoded is None:
                raise ExtractionError(ErrorCode.CORRUPT, "The image cannot be decoded.")
            texts.append(ocr.ocr_image(decoded, ctx))
        except ExtractionError as exc:
            if exc.code == ErrorCode.TIMEOUT:
                raise
            return text, exc.code
        except Exception as exc:
            logger.debug("Cannot decode a PDF image: %s", type(exc).__name__)
            return text, ErrorCode.CORRUPT
    return "\n".join(part for part in texts if part), None


def _scan_images(page: PageObject) -> list[StreamObject]:
    """Return the large image XObjects of a page, including those inside forms."""
    found: list[StreamObject] = []
    seen: set[int] = set()
    stack: list[tuple[object, int]] = [(page.get("/Resources"), 0)]
    while stack:
        resources, level = stack.pop()
        resources = _resolve(resources)
        if not isinstance(resources, DictionaryObject):
            continue
        xobjects = _resolve(resources.get("/XObject"))
        if not isinstance(xobjects, DictionaryObject):
            continue
        for key in list(xobjects):
            xobject = _resolve(xobjects[key])
            if not isinstance(xobject, StreamObject) or id(xobject) in seen:
                continue
            seen.add(id(xobject))
            subtype = xobject.get("/Subtype")
            if subtype == "/Image":
                width = _number(xobject.get("/Width"))
                height = _number(xobject.get("/Height"))
                if min(width, height) >= _MIN_SCAN_SIDE:
                    found.append(xobject)
            elif subtype == "/Form" and level < _MAX_FORM_DEPTH:
                stack.append((xobject.get("/Resources"), level + 1))
    return found


def _lend_resources(page: PageObject) -> None:
    """Give form XObjects the fonts they use from the page's resources.

    A form XObject without ``/Resources`` (or whose resources have no
    ``/Font``, or lack a font its content selects) uses those of the page that
    draws it: PDF 1.0/1.1 allowed this and many producers still rely on it.
    pypdf looks only at the form's own resources, so such text came out as
    U+FFFD (a font it does not know, decoded as UTF-16) or not at all.
    Fonts are added to the form in memory, never over its own.
    """
    resources = _resolve(page.get_inherited("/Resources", None))
    if not isinstance(resources, DictionaryObject):
        return
    stack = [resources]
    seen: set[int] = set()
    while stack and len(seen) < _MAX_FIELDS:
        parent = stack.pop()
        xobjects = _resolve(parent.get("/XObject"))
        if not isinstance(xobjects, DictionaryObject):
            continue
        fonts = _resolve(parent.get("/Font"))
        for value in xobjects.values():
            form = _resolve(value)
            if (
                not isinstance(form, StreamObject)
                or form.get("/Subtype") != "/Form"
                or id(form) in seen
            ):
                continue
            seen.add(id(form))
            own = _resolve(form.get("/Resources"))
            if not isinstance(own, DictionaryObject):
                form[NameObject("/Resources")] = parent
                continue
            if isinstance(fonts, DictionaryObject):
                own_fonts = _resolve(own.get("/Font"))
                merged = DictionaryObject(fonts)
                if isinstance(own_fonts, DictionaryObject):
                    merged.update(own_fonts)
                own[NameObject("/Font")] = merged
            stack.append(own)


def _resolve(value: object) -> object:
    """Follow an indirect reference; ``None`` stays ``None``."""
    get_object = getattr(value, "get_object", None)
    return get_object() if callable(get_object) else value


def _number(value: object) -> int:
    try:
        return int(_resolve(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
