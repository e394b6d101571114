# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import event, registry

from .constants import ViewPurpose

DOCUMENT_STORED = event("document.stored", _("Stored a document"), tags=("avg",))
DOCUMENT_ANALYSED = event(
    "document.analysed", _("Extracted and scanned a document"), tags=("avg",)
)
DOCUMENT_VIEWED = event("document.viewed", _("Viewed a document's text"), tags=("avg",))
DOCUMENT_DOWNLOADED = event(
    "document.downloaded", _("Downloaded a document's original"), tags=("avg",)
)
DOCUMENT_SHREDDED = event(
    "document.shredded",
    _("Destroyed a document (keys shredded)"),
    tags=("avg", "destruction"),
)
MENTION_DECIDED = event(
    "mention.decided", _("Confirmed or rejected a mention"), tags=("avg",)
)
MENTION_ADDED = event("mention.added", _("Marked missed personal data"), tags=("avg",))
SUBJECTS_INDEXED = event("subjects.indexed", _("Grouped name mentions into subjects"))
SUBJECT_CONFIRMED = event(
    "subject.confirmed", _("Confirmed a subject's grouping"), tags=("avg",)
)
SUBJECT_MERGED = event("subject.merged", _("Merged subjects"), tags=("avg",))
SUBJECT_SPLIT = event("subject.split", _("Split a subject"), tags=("avg",))
SUBJECT_VIEWED = event(
    "subject.viewed", _("Viewed a subject and its passages"), tags=("avg",)
)
SUBJECT_SEARCHED = event(
    "subject.searched", _("Searched the inventory for a person"), tags=("avg",)
)
SUBJECT_CONTACT_READ = event(
    "subject.contact_read",
    _("Read a subject's name and address for a letter"),
    tags=("avg",),
)
DOSSIER_VIEWED = event("dossier.viewed", _("Viewed a dossier's document list"))

registry.register_reasons(ViewPurpose.choices)
MENTIONS_BULK_DECIDED = event(
    "mentions.bulk_decided",
    _("Confirmed or rejected every occurrence of one spelling"),
    tags=("avg",),
)
MENTIONS_BULK_UNDONE = event(
    "mentions.bulk_undone", _("Undid a bulk review decision"), tags=("avg",)
)
SURFACE_FORGOTTEN = event(
    "mentions.surface_forgotten",
    _("Stopped pre-rejecting a spelling in a dossier"),
)
