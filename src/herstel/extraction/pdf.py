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

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import FileNotDecryptedError
from pypdf.generic import DictionaryObject, StreamObject

from . import ocr
from .base import ErrorCode, ExtractionError
from .context import Context

PAGE_SEPARATOR = "\n\n"
"""Placed between the text of consecutive PDF pages."""

SCAN_TEXT_THRESHOLD = 16
"""Pages with fewer letters and digits than this in their text layer may be scans."""

_MIN_SCAN_SIDE = 200  # icons and logos are not worth an OCR run
_MAX_FORM_DEPTH = 3

logger = logging.getLogger(__name__)


def extract_pdf(data: bytes, ctx: Context) -> str:
    """Return the text of a PDF, pages separated by a blank line.

    Scanned pages are read with OCR. Without Tesseract a PDF that consists only
    of scans gives ``ocr_unavailable``; in a PDF that has text as well, the
    scanned pages are listed in ``skipped`` as ``page-N``.
    """
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # Many PDFs are encrypted only to restrict printing or copying and open
        # with an empty user password; those can be read.
        try:
            outcome = reader.decrypt("")
        except Exception as exc:
            raise _encrypted() from exc
        if outcome == PasswordType.NOT_DECRYPTED:
            raise _encrypted()
    try:
        pages = reader.pages
        if len(pages) == 0:
            raise ExtractionError(ErrorCode.CORRUPT, "The PDF file has no pages.")
        texts: list[str] = []
        unread: list[tuple[int, str]] = []
        for number, page in enumerate(pages, start=1):
            ctx.check_deadline()
            text = (page.extract_text() or "").strip()
            ctx.charge_chars(len(text))
            if _needs_ocr(text):
                text, code = _ocr_page(page, ctx, text)
                if code is not None:
                    unread.append((number, code))
            texts.append(text)
    except FileNotDecryptedError as exc:
        raise _encrypted() from exc
    result = PAGE_SEPARATOR.join(texts).strip()
    if unread and not result:
        codes = {code for _, code in unread}
        code = codes.pop() if len(codes) == 1 else ErrorCode.CORRUPT
        raise ExtractionError(code, "The scanned pages of the PDF cannot be read.")
    for number, code in unread:
        ctx.skip(f"page-{number}", code)
    return result


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


def _resolve(value: object) -> object:
    """Follow an indirect reference; ``None`` stays ``None``."""
    get_object = getattr(value, "get_object", None)
    return get_object() if callable(get_object) else value


def _number(value: object) -> int:
    try:
        return int(_resolve(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
