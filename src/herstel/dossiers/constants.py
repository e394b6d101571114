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


# Translated explanations of herstel.extraction.ErrorCode values.
EXTRACTION_FAILURES = {
    "corrupt": _("The file is damaged or not what its name says."),
    "unsupported": _("This file type is not supported for text extraction."),
    "encrypted": _("The file is password-protected; its text cannot be read."),
    "too_large": _("The file is larger than the extraction limit."),
    "too_deep": _("Attachments are nested too deeply."),
}
