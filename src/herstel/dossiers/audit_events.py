# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.utils.translation import gettext_lazy as _

from herstel.audit.registry import AVG
from herstel.audit.registry import EventFamily
from herstel.audit.registry import registry

from .constants import ViewPurpose

_document = EventFamily("document", tags=AVG)
_mention = EventFamily("mention", tags=AVG)
_subjects = EventFamily("subjects")
_subject = EventFamily("subject", tags=AVG)
_dossier = EventFamily("dossier")
_mentions = EventFamily("mentions", tags=AVG)

DOCUMENT_STORED = _document("stored", _("Stored a document"))
DOCUMENT_ANALYSED = _document("analysed", _("Extracted and scanned a document"))
DOCUMENT_VIEWED = _document("viewed", _("Viewed a document's text"))
DOCUMENT_DOWNLOADED = _document("downloaded", _("Downloaded a document's original"))
DOCUMENT_SHREDDED = _document(
    "shredded", _("Destroyed a document (keys shredded)"), tags=("avg", "destruction")
)
MENTION_DECIDED = _mention("decided", _("Confirmed or rejected a mention"))
MENTION_ADDED = _mention("added", _("Marked missed personal data"))
SUBJECTS_INDEXED = _subjects("indexed", _("Grouped name mentions into subjects"))
SUBJECT_CONFIRMED = _subject("confirmed", _("Confirmed a subject's grouping"))
SUBJECT_MERGED = _subject("merged", _("Merged subjects"))
SUBJECT_SPLIT = _subject("split", _("Split a subject"))
SUBJECT_VIEWED = _subject("viewed", _("Viewed a subject and its passages"))
SUBJECT_SEARCHED = _subject("searched", _("Searched the inventory for a person"))
SUBJECT_CONTACT_READ = _subject(
    "contact_read", _("Read a subject's name and address for a letter")
)
DOSSIER_VIEWED = _dossier("viewed", _("Viewed a dossier's document list"))

registry.register_reasons(ViewPurpose.choices)
MENTIONS_BULK_DECIDED = _mentions(
    "bulk_decided", _("Confirmed or rejected every occurrence of one spelling")
)
MENTIONS_BULK_UNDONE = _mentions("bulk_undone", _("Undid a bulk review decision"))
SURFACE_FORGOTTEN = _mentions(
    "surface_forgotten", _("Stopped pre-rejecting a spelling in a dossier"), tags=()
)
