# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.db import models
from django.utils.translation import gettext_lazy as _


class LocationKind(models.TextChoices):
    FILE_SHARE = "file_share", _("File share")
    MAIL_SERVER = "mail_server", _("Mail server")
    BACKUP_SET = "backup_set", _("Backup set")
    DOCUMENT_SYSTEM = "document_system", _("Document management system")
    EXPORT = "export", _("Export or copy")
    OTHER = "other", _("Other")


class DocumentStatus(models.TextChoices):
    STORED = "stored", _("Stored, text not extracted")
    EXTRACTED = "extracted", _("Text extracted")
    FAILED = "failed", _("Extraction failed")
    SHREDDED = "shredded", _("Destroyed (keys shredded)")


class ViewPurpose(models.TextChoices):
    """Why personal data was looked at; recorded with every view."""

    INVENTORY = "inventory", _("Inventory review")
    ACCESS_REQUEST = "access_request", _("Answering an access request")
    DISPOSITION = "disposition", _("Disposition review")
    NOTICE = "notice", _("Informing the person (GDPR art. 13/14)")


# Translated explanations of herstel.extraction.ErrorCode values.
EXTRACTION_FAILURES = {
    "corrupt": _("The file is damaged or not what its name says."),
    "unsupported": _("This file type is not supported for text extraction."),
    "encrypted": _("The file is password-protected; its text cannot be read."),
    "too_large": _("The file is larger than the extraction limit."),
    "too_deep": _("Attachments are nested too deeply."),
    "timeout": _("Reading the text took longer than the time limit and was stopped."),
    "ocr_unavailable": _(
        "The file is a scan or an image; text recognition (Tesseract) is not installed."
    ),
    "decompression_bomb": _(
        "The file unpacks to far more than its own size and was refused as unsafe."
    ),
    "too_much_text": _("The file holds more text than the extraction limit."),
    "analysis_failed": _(
        "Reading or scanning the file failed unexpectedly; the original is kept."
    ),
    "detection_failed": _(
        "The text was read, but scanning it for personal data failed; "
        "review it by hand."
    ),
    "storage_failed": _(
        "Storing the text failed; the original is kept and is read again on the "
        "next load."
    ),
}


class MentionStatus(models.TextChoices):
    PROPOSED = "proposed", _("To review")
    CONFIRMED = "confirmed", _("Confirmed")
    REJECTED = "rejected", _("Rejected")


class MentionOrigin(models.TextChoices):
    ENGINE = "engine", _("Detection engine")
    ANALYST = "analyst", _("Added by an analyst")


class IngestionSource(models.TextChoices):
    UPLOAD = "upload", _("Upload in the browser")
    COMMAND = "command", _("Command line")
    DEMO = "demo", _("Demo data set")


class SubjectStatus(models.TextChoices):
    PROPOSED = "proposed", _("Grouped automatically")
    CONFIRMED = "confirmed", _("Confirmed by an analyst")
    MERGED = "merged", _("Merged into another subject")


def failure_text(code: str) -> str:
    """The translated explanation of an extraction or analysis failure code."""
    return str(EXTRACTION_FAILURES.get(code, code))
