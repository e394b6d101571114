# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A file's type in words ("Word document", "PDF", "E-mail") for the people who
read it; the media type itself ("application/vnd.openxmlformats-…") stays in
the database, the downloads and the audit trail (issue 16)."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .base import MediaType

FILE_TYPES: dict[str, str | Promise] = {
    MediaType.PDF: _("PDF"),
    MediaType.DOCX: _("Word document"),
    MediaType.DOC: _("Word document (old format)"),
    MediaType.XLSX: _("Excel workbook"),
    MediaType.XLS: _("Excel workbook (old format)"),
    MediaType.PPTX: _("PowerPoint presentation"),
    MediaType.PPT: _("PowerPoint presentation (old format)"),
    MediaType.ODT: _("OpenDocument text"),
    MediaType.ODS: _("OpenDocument spreadsheet"),
    MediaType.ODP: _("OpenDocument presentation"),
    MediaType.EPUB: _("E-book (EPUB)"),
    MediaType.RTF: _("RTF document"),
    MediaType.MBOX: _("Mailbox (mbox)"),
    MediaType.MSG: _("Outlook e-mail"),
    MediaType.PST: _("Outlook mailbox (PST)"),
    MediaType.OLE: _("Office file (old format)"),
    MediaType.OFFICE_ENCRYPTED: _("Encrypted Office file"),
    MediaType.ZIP: _("ZIP archive"),
    MediaType.EML: _("E-mail"),
    MediaType.HTML: _("Web page (HTML)"),
    MediaType.TEXT: _("Plain text"),
    MediaType.CSV: _("CSV table"),
    MediaType.MARKDOWN: _("Markdown text"),
    MediaType.PNG: _("Image (PNG)"),
    MediaType.JPEG: _("Image (JPEG)"),
    MediaType.TIFF: _("Image (TIFF)"),
    MediaType.GIF: _("Image (GIF)"),
    MediaType.BMP: _("Image (BMP)"),
    MediaType.WEBP: _("Image (WebP)"),
    MediaType.OCTET_STREAM: _("Unknown file type"),
}
# Media types outside the list, by their main type.
MAIN_TYPES: dict[str, str | Promise] = {
    "image": _("Image"),
    "text": _("Text"),
    "audio": _("Audio"),
    "video": _("Video"),
    "message": _("E-mail"),
}


def file_type_label(media_type: str) -> str:
    """``media_type`` in words; ``""`` when there is none."""
    media_type = (media_type or "").split(";", 1)[0].strip().lower()
    if not media_type:
        return ""
    label = FILE_TYPES.get(media_type) or MAIN_TYPES.get(media_type.split("/", 1)[0])
    return str(label or _("Other file type"))
